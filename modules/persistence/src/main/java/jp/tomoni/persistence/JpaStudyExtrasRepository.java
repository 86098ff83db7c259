package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.study.ConsultKind;
import jp.tomoni.domain.study.ConsultRepository;
import jp.tomoni.domain.study.MaterialRepository;
import jp.tomoni.domain.study.SchoolKind;
import jp.tomoni.domain.study.SchoolRepository;
import jp.tomoni.domain.study.Subject;

/** Study support's materials, consultation slots and partner schools in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaStudyExtrasRepository implements MaterialRepository, ConsultRepository, SchoolRepository {
    private static final String MATERIAL_ROW = """
            select m.id, m.agency, a.name, m.title, m.subject, m.grade_from, m.grade_to, m.file_name, m.content_type, m.size,
                   m.downloads, m.uploaded_at
              from study_material m join agency a on a.tenant_id = m.tenant_id and a.alias = m.agency""";
    private static final String SLOT_ROW = """
            select s.id, s.kind, s.expert, s.expert_name, s.starts_at, s.minutes, s.place, s.family_id, s.child_id, c.name,
                   c.grade, s.booked_at, s.outcome, s.cancelled, s.version
              from study_consult_slot s left join study_child c on c.id = s.child_id""";
    private static final String SCHOOL_ROW = """
            select s.id, s.name, s.kind, s.contact, (select max(v.visited_on) from study_school_visit v where v.school_id = s.id),
                   (select count(*) from study_school_visit v where v.school_id = s.id), s.version
              from study_school s""";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;
    private NativeSql sql;

    @PostConstruct
    void init() {
        sql = new NativeSql(em);
    }

    // ---- materials

    @Override
    public UUID add(String agency, String title, Subject subject, int gradeFrom, int gradeTo, String fileName,
                    String contentType, byte[] bytes, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        sql.update("insert into study_material (id, tenant_id, agency, title, subject, grade_from, grade_to, file_name, "
                        + "content_type, bytes, size, uploaded_by, uploaded_at) values (?, current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, agency, title, subject, gradeFrom, gradeTo, fileName, contentType, bytes, bytes.length, actor, now);
        return id;
    }

    @Override
    public List<Material> forGrades(Collection<Integer> grades) {
        if (grades.isEmpty()) {
            return List.of();
        }
        return sql.rows(MATERIAL_ROW + " where m.removed_at is null and exists (select 1 from unnest(cast(? as int[])) x(grade) "
                        + "where x.grade between m.grade_from and m.grade_to) order by m.subject, m.title, m.id",
                "{" + String.join(",", grades.stream().map(String::valueOf).toList()) + "}")
                .stream().map(JpaStudyExtrasRepository::material).toList();
    }

    @Override
    public List<Material> ofAgencies(Set<String> agencies) {
        if (agencies != null && agencies.isEmpty()) {
            return List.of();
        }
        String where = agencies == null ? "" : " and m.agency = any (cast(? as varchar[]))";
        Object[] params = agencies == null ? new Object[0] : new Object[] {"{" + String.join(",", agencies) + "}"};
        return sql.rows(MATERIAL_ROW + " where m.removed_at is null" + where + " order by m.uploaded_at desc, m.id", params)
                .stream().map(JpaStudyExtrasRepository::material).toList();
    }

    @Override
    public Optional<Material> material(UUID id) {
        return sql.row(MATERIAL_ROW + " where m.id = ? and m.removed_at is null", id).map(JpaStudyExtrasRepository::material);
    }

    private static Material material(Object[] r) {
        return new Material(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], Subject.valueOf((String) r[4]), num(r[5]),
                num(r[6]), (String) r[7], (String) r[8], num(r[9]), num(r[10]), instant(r[11]));
    }

    @Override
    public Optional<File> file(UUID id, boolean counted) {
        String q = counted
                ? "update study_material set downloads = downloads + 1 where id = ? and removed_at is null returning file_name, content_type, bytes"
                : "select file_name, content_type, bytes from study_material where id = ? and removed_at is null";
        return sql.row(q, id).map(r -> new File((String) r[0], (String) r[1], (byte[]) r[2]));
    }

    @Override
    public void remove(UUID id, Instant now) {
        sql.update("update study_material set removed_at = ? where id = ? and removed_at is null", now, id);
    }

    // ---- consultation slots

    @Override
    public UUID add(ConsultKind kind, String expert, String expertName, Instant startsAt, int minutes, String place, Instant now) {
        UUID id = UUID.randomUUID();
        sql.update("insert into study_consult_slot (id, tenant_id, kind, expert, expert_name, starts_at, minutes, place, created_at) "
                + "values (?, current_tenant(), ?, ?, ?, ?, ?, ?, ?)", id, kind, expert, expertName, startsAt, minutes, place, now);
        return id;
    }

    @Override
    public Optional<Slot> slot(UUID id) {
        return sql.row(SLOT_ROW + " where s.id = ?", id).map(JpaStudyExtrasRepository::slot);
    }

    @Override
    public List<Slot> open(ConsultKind kind, Instant from) {
        return sql.rows(SLOT_ROW + " where s.kind = ? and s.family_id is null and not s.cancelled and s.starts_at > ? "
                + "order by s.starts_at, s.id", kind, from).stream().map(JpaStudyExtrasRepository::slot).toList();
    }

    @Override
    public List<Slot> ofFamily(UUID familyId, Instant from) {
        return sql.rows(SLOT_ROW + " where s.family_id = ? and s.starts_at >= ? order by s.starts_at, s.id", familyId, from)
                .stream().map(JpaStudyExtrasRepository::slot).toList();
    }

    @Override
    public List<Slot> all(Instant from) {
        return sql.rows(SLOT_ROW + " where s.starts_at >= ? order by s.starts_at, s.id", from)
                .stream().map(JpaStudyExtrasRepository::slot).toList();
    }

    private static Slot slot(Object[] r) {
        return new Slot(uuid(r[0]), ConsultKind.valueOf((String) r[1]), (String) r[2], (String) r[3], instant(r[4]), num(r[5]),
                (String) r[6], uuid(r[7]), uuid(r[8]), (String) r[9], r[10] == null ? null : num(r[10]), instant(r[11]),
                (String) r[12], (Boolean) r[13], ((Number) r[14]).longValue());
    }

    @Override
    public boolean book(UUID slotId, UUID familyId, UUID childId, Instant now) {
        return sql.update("update study_consult_slot set family_id = ?, child_id = cast(? as uuid), booked_at = ?, version = version + 1 "
                + "where id = ? and family_id is null and not cancelled and starts_at > ?", familyId,
                childId == null ? null : childId.toString(), now, slotId, now) == 1;
    }

    @Override
    public boolean release(UUID slotId, UUID familyId) {
        return sql.update("update study_consult_slot set family_id = null, child_id = null, booked_at = null, version = version + 1 "
                + "where id = ? and family_id = ?", slotId, familyId) == 1;
    }

    @Override
    public boolean outcome(UUID slotId, String outcome, long expectedVersion) {
        return sql.update("update study_consult_slot set outcome = ?, version = version + 1 where id = ? and version = ?",
                outcome, slotId, expectedVersion) == 1;
    }

    @Override
    public boolean cancel(UUID slotId, long expectedVersion) {
        return sql.update("update study_consult_slot set cancelled = true, version = version + 1 where id = ? and version = ?",
                slotId, expectedVersion) == 1;
    }

    // ---- schools

    @Override
    public UUID add(String name, SchoolKind kind, String contact, Instant now) {
        UUID id = UUID.randomUUID();
        int n = sql.update("insert into study_school (id, tenant_id, name, kind, contact, created_at) values (?, current_tenant(), ?, ?, ?, ?) "
                + "on conflict (tenant_id, name) do nothing", id, name, kind, contact, now);
        return n == 1 ? id : null;
    }

    @Override
    public List<School> schools() {
        return sql.rows(SCHOOL_ROW + " order by s.kind, s.name").stream().map(JpaStudyExtrasRepository::school).toList();
    }

    @Override
    public Optional<School> school(UUID id) {
        return sql.row(SCHOOL_ROW + " where s.id = ?", id).map(JpaStudyExtrasRepository::school);
    }

    private static School school(Object[] r) {
        return new School(uuid(r[0]), (String) r[1], SchoolKind.valueOf((String) r[2]), (String) r[3], date(r[4]), num(r[5]),
                ((Number) r[6]).longValue());
    }

    @Override
    public UUID addVisit(UUID schoolId, LocalDate visitedOn, String visitedBy, String note, Instant now) {
        UUID id = UUID.randomUUID();
        sql.update("insert into study_school_visit (id, tenant_id, school_id, visited_on, visited_by, note, created_at) "
                + "values (?, current_tenant(), ?, ?, ?, ?, ?)", id, schoolId, visitedOn, visitedBy, note, now);
        return id;
    }

    @Override
    public List<Visit> visits(UUID schoolId) {
        return sql.rows("select v.id, v.school_id, v.visited_on, v.visited_by, v.note from study_school_visit v "
                        + "where v.school_id = ? order by v.visited_on desc, v.created_at desc", schoolId)
                .stream().map(r -> new Visit(uuid(r[0]), uuid(r[1]), date(r[2]), (String) r[3], (String) r[4])).toList();
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }
}
