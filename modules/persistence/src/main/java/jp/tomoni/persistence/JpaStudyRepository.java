package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.study.BookingStatus;
import jp.tomoni.domain.study.ChildDraft;
import jp.tomoni.domain.study.GroupDraft;
import jp.tomoni.domain.study.StudyRepository;

/** Study support in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaStudyRepository implements StudyRepository {
    private static final String CHILD_ROW = "select c.id, c.family_id, c.name, c.furigana, c.school, c.grade, c.version from study_child c";
    private static final String GROUP_ROW = """
            select g.id, g.agency, a.name, g.title, g.grade_from, g.grade_to, g.place, g.capacity, g.cutoff_hours,
                   g.reminder_hours, g.weekday, g.start_time, g.minutes, g.closed, g.version
              from study_group g join agency a on a.tenant_id = g.tenant_id and a.alias = g.agency""";
    private static final String SESSION_COLUMNS = """
            s.id, s.group_id, g.title, s.series_date, s.starts_at, s.minutes, s.place, s.capacity, s.cancelled,
            s.sequence, s.version,
            (select count(*) from study_booking x where x.session_id = s.id and x.status = 'CONFIRMED'),
            (select count(*) from study_booking x where x.session_id = s.id and x.status = 'WAITLISTED')""";
    private static final String SESSION_ROW = "select " + SESSION_COLUMNS
            + " from study_session s join study_group g on g.id = s.group_id";
    private static final String BOOKING_COLUMNS = """
            b.id, b.session_id, b.child_id, c.name, c.grade, b.status, b.seat, b.arrival, b.requested_at, b.attended,
            b.note, b.version""";
    private static final String BOOKING_ROW = "select " + BOOKING_COLUMNS
            + " from study_booking b join study_child c on c.id = b.child_id";
    private static final String FAMILY_BOOKING_ROW = "select " + BOOKING_COLUMNS + ", " + SESSION_COLUMNS + """
            , a.name,
              case when b.status = 'WAITLISTED' then (select count(*) from study_booking w where w.session_id = b.session_id
                                                        and w.status = 'WAITLISTED' and w.arrival <= b.arrival) else 0 end
              from study_booking b join study_child c on c.id = b.child_id
              join study_session s on s.id = b.session_id join study_group g on g.id = s.group_id
              join agency a on a.tenant_id = g.tenant_id and a.alias = g.agency""";
    private static final String TUTOR_ROW = """
            select t.member_id, m.shown_name, t.trained_on, t.checked_on, t.approved_by, t.approved_at, t.revoked_at, t.version
              from study_tutor t join community_member m on m.id = t.member_id""";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;
    private NativeSql sql;

    @PostConstruct
    void init() {
        sql = new NativeSql(em);
    }

    // ---- families and children

    @Override
    public Optional<Family> familyOf(UUID memberId) {
        return sql.row("select f.id, f.absence_to_worker, f.version from study_family f "
                        + "join study_guardian g on g.family_id = f.id where g.member_id = ?", memberId)
                .map(r -> new Family(uuid(r[0]), (Boolean) r[1], ((Number) r[2]).longValue()));
    }

    @Override
    public Family newFamily(UUID memberId, Instant now) {
        UUID id = UUID.randomUUID();
        sql.update("insert into study_family (id, tenant_id, created_at) values (?, current_tenant(), ?)", id, now);
        addGuardian(id, memberId, now);
        return new Family(id, false, 0);
    }

    @Override
    public void addGuardian(UUID familyId, UUID memberId, Instant now) {
        sql.update("insert into study_guardian (member_id, family_id, tenant_id, joined_at) values (?, ?, current_tenant(), ?)",
                memberId, familyId, now);
    }

    @Override
    public void moveGuardian(UUID memberId, UUID familyId, Instant now) {
        sql.update("update study_guardian set family_id = ?, joined_at = ? where member_id = ?", familyId, now, memberId);
    }

    @Override
    public List<String> guardianAccounts(UUID familyId) {
        return sql.column("select m.account from study_guardian g join community_member m on m.id = g.member_id "
                + "where g.family_id = ? order by g.joined_at", familyId);
    }

    @Override
    public List<String> guardianNames(UUID familyId) {
        return sql.column("select m.shown_name from study_guardian g join community_member m on m.id = g.member_id "
                + "where g.family_id = ? order by g.joined_at", familyId);
    }

    @Override
    public void invite(UUID familyId, String codeHash, Instant expiresAt) {
        sql.update("update study_family set invite_hash = ?, invite_expires_at = ? where id = ?", codeHash, expiresAt, familyId);
    }

    @Override
    public Optional<UUID> takeInvite(String codeHash, Instant now) {
        List<Object> ids = sql.column("update study_family set invite_hash = null, invite_expires_at = null "
                + "where invite_hash = ? and invite_expires_at > ? returning id", codeHash, now);
        return ids.isEmpty() ? Optional.empty() : Optional.of(uuid(ids.get(0)));
    }

    @Override
    public boolean absenceToWorker(UUID familyId, boolean allowed, long expectedVersion) {
        return sql.update("update study_family set absence_to_worker = ?, version = version + 1 where id = ? and version = ?",
                allowed, familyId, expectedVersion) == 1;
    }

    @Override
    public List<Child> children(UUID familyId) {
        return sql.rows(CHILD_ROW + " where c.family_id = ? and c.removed_at is null order by c.grade, c.furigana, c.id", familyId)
                .stream().map(JpaStudyRepository::child).toList();
    }

    @Override
    public Optional<Child> child(UUID childId) {
        return sql.row(CHILD_ROW + " where c.id = ? and c.removed_at is null", childId).map(JpaStudyRepository::child);
    }

    private static Child child(Object[] r) {
        return new Child(uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                ((Number) r[6]).longValue());
    }

    @Override
    public UUID addChild(UUID familyId, ChildDraft d, Instant now) {
        UUID id = UUID.randomUUID();
        sql.update("insert into study_child (id, tenant_id, family_id, name, furigana, school, grade, created_at) "
                + "values (?, current_tenant(), ?, ?, ?, ?, ?, ?)", id, familyId, d.name(), d.furigana(), d.school(), d.grade(), now);
        return id;
    }

    @Override
    public boolean updateChild(UUID childId, ChildDraft d, long expectedVersion) {
        return sql.update("update study_child set name = ?, furigana = ?, school = ?, grade = ?, version = version + 1 "
                + "where id = ? and version = ? and removed_at is null", d.name(), d.furigana(), d.school(), d.grade(),
                childId, expectedVersion) == 1;
    }

    @Override
    public void removeChild(UUID childId, Instant now) {
        sql.update("update study_child set removed_at = ?, version = version + 1 where id = ? and removed_at is null", now, childId);
    }

    // ---- groups and sessions

    @Override
    public UUID addGroup(GroupDraft d, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        sql.update("insert into study_group (id, tenant_id, agency, title, grade_from, grade_to, place, capacity, cutoff_hours, "
                        + "reminder_hours, weekday, start_time, minutes, created_at, created_by) "
                        + "values (?, current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, d.agency(), d.title(), d.gradeFrom(), d.gradeTo(), d.place(), d.capacity(), d.cutoffHours(),
                d.reminderHours(), d.weekday().getValue(), d.startTime(), d.minutes(), now, actor);
        return id;
    }

    @Override
    public boolean updateGroup(UUID groupId, GroupDraft d, long expectedVersion) {
        return sql.update("update study_group set title = ?, grade_from = ?, grade_to = ?, place = ?, capacity = ?, "
                        + "cutoff_hours = ?, reminder_hours = ?, weekday = ?, start_time = ?, minutes = ?, version = version + 1 "
                        + "where id = ? and version = ?",
                d.title(), d.gradeFrom(), d.gradeTo(), d.place(), d.capacity(), d.cutoffHours(), d.reminderHours(),
                d.weekday().getValue(), d.startTime(), d.minutes(), groupId, expectedVersion) == 1;
    }

    @Override
    public Optional<Group> group(UUID groupId) {
        return sql.row(GROUP_ROW + " where g.id = ?", groupId).map(JpaStudyRepository::group);
    }

    @Override
    public List<Group> groups(Set<String> agencies) {
        if (agencies != null && agencies.isEmpty()) {
            return List.of();
        }
        String where = agencies == null ? "" : " and g.agency = any (cast(? as varchar[]))";
        Object[] params = agencies == null ? new Object[0] : new Object[] {"{" + String.join(",", agencies) + "}"};
        return sql.rows(GROUP_ROW + " where not g.closed" + where + " order by g.grade_from, g.title, g.id", params)
                .stream().map(JpaStudyRepository::group).toList();
    }

    @Override
    public List<Group> groupsForGrades(Collection<Integer> grades) {
        if (grades.isEmpty()) {
            return List.of();
        }
        return sql.rows(GROUP_ROW + " where not g.closed and exists (select 1 from unnest(cast(? as int[])) x(grade) "
                        + "where x.grade between g.grade_from and g.grade_to) order by g.grade_from, g.title, g.id",
                "{" + String.join(",", grades.stream().map(String::valueOf).toList()) + "}").stream().map(JpaStudyRepository::group).toList();
    }

    private static Group group(Object[] r) {
        return new Group(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], num(r[4]), num(r[5]), (String) r[6],
                num(r[7]), num(r[8]), num(r[9]), DayOfWeek.of(num(r[10])), time(r[11]), num(r[12]), (Boolean) r[13],
                ((Number) r[14]).longValue());
    }

    @Override
    public Set<LocalDate> seriesDates(UUID groupId) {
        Set<LocalDate> out = new HashSet<>();
        for (Object d : sql.column("select series_date from study_session where group_id = ?", groupId)) {
            out.add(date(d));
        }
        return out;
    }

    @Override
    public void addSession(UUID groupId, LocalDate seriesDate, Instant startsAt, int minutes, String place, int capacity) {
        sql.update("insert into study_session (id, tenant_id, group_id, series_date, starts_at, minutes, place, capacity) "
                + "values (?, current_tenant(), ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), groupId, seriesDate, startsAt, minutes,
                place, capacity);
    }

    @Override
    public Optional<Session> session(UUID sessionId) {
        return sql.row(SESSION_ROW + " where s.id = ?", sessionId).map(r -> session(r, 0));
    }

    @Override
    public List<Session> sessions(UUID groupId, Instant from, int limit) {
        return sql.query(SESSION_ROW + " where s.group_id = ? and s.starts_at >= ? order by s.starts_at, s.id", groupId, from)
                .setMaxResults(limit).getResultList().stream().map(r -> session((Object[]) r, 0)).toList();
    }

    private static Session session(Object[] r, int o) {
        return new Session(uuid(r[o]), uuid(r[o + 1]), (String) r[o + 2], date(r[o + 3]), instant(r[o + 4]), num(r[o + 5]),
                (String) r[o + 6], num(r[o + 7]), (Boolean) r[o + 8], num(r[o + 9]), ((Number) r[o + 10]).longValue(),
                num(r[o + 11]), num(r[o + 12]));
    }

    @Override
    public boolean moveSession(UUID sessionId, Instant startsAt, String place, long expectedVersion) {
        return sql.update("update study_session set starts_at = ?, place = ?, sequence = sequence + 1, version = version + 1 "
                + "where id = ? and version = ?", startsAt, place, sessionId, expectedVersion) == 1;
    }

    @Override
    public boolean cancelSession(UUID sessionId, long expectedVersion) {
        return sql.update("update study_session set cancelled = true, sequence = sequence + 1, version = version + 1 "
                + "where id = ? and version = ?", sessionId, expectedVersion) == 1;
    }

    // ---- tutors

    @Override
    public Optional<Tutor> tutor(UUID memberId) {
        return sql.row(TUTOR_ROW + " where t.member_id = ?", memberId).map(JpaStudyRepository::tutor);
    }

    @Override
    public List<Tutor> tutors() {
        return sql.rows(TUTOR_ROW + " order by m.shown_name, t.member_id").stream().map(JpaStudyRepository::tutor).toList();
    }

    private static Tutor tutor(Object[] r) {
        return new Tutor(uuid(r[0]), (String) r[1], date(r[2]), date(r[3]), (String) r[4], instant(r[5]), instant(r[6]),
                ((Number) r[7]).longValue());
    }

    @Override
    public void registerTutor(UUID memberId, Instant now) {
        sql.update("insert into study_tutor (member_id, tenant_id, registered_at) values (?, current_tenant(), ?) "
                + "on conflict (member_id) do nothing", memberId, now);
    }

    @Override
    public boolean approveTutor(UUID memberId, LocalDate trainedOn, LocalDate checkedOn, String actor, Instant now,
                                long expectedVersion) {
        return sql.update("update study_tutor set trained_on = ?, checked_on = ?, approved_by = ?, approved_at = ?, "
                + "revoked_at = null, version = version + 1 where member_id = ? and version = ?", trainedOn, checkedOn, actor,
                now, memberId, expectedVersion) == 1;
    }

    @Override
    public void revokeTutor(UUID memberId, Instant now) {
        sql.update("update study_tutor set revoked_at = ?, version = version + 1 where member_id = ? and revoked_at is null",
                now, memberId);
        sql.update("delete from study_group_tutor where member_id = ?", memberId);
    }

    @Override
    public void assignTutor(UUID groupId, UUID memberId) {
        sql.update("insert into study_group_tutor (group_id, member_id, tenant_id) values (?, ?, current_tenant()) "
                + "on conflict do nothing", groupId, memberId);
    }

    @Override
    public void unassignTutor(UUID groupId, UUID memberId) {
        sql.update("delete from study_group_tutor where group_id = ? and member_id = ?", groupId, memberId);
    }

    @Override
    public List<Tutor> groupTutors(UUID groupId) {
        return sql.rows(TUTOR_ROW + " join study_group_tutor gt on gt.member_id = t.member_id where gt.group_id = ? "
                + "and t.revoked_at is null and t.approved_at is not null order by m.shown_name, t.member_id", groupId).stream().map(JpaStudyRepository::tutor).toList();
    }

    @Override
    public boolean isGroupTutor(UUID groupId, UUID memberId) {
        return sql.exists("select 1 from study_group_tutor gt join study_tutor t on t.member_id = gt.member_id "
                + "where gt.group_id = ? and gt.member_id = ? and t.revoked_at is null and t.approved_at is not null", groupId, memberId);
    }

    @Override
    public List<Group> groupsOfTutor(UUID memberId) {
        return sql.rows(GROUP_ROW + " join study_group_tutor gt on gt.group_id = g.id join study_tutor t on t.member_id = gt.member_id "
                + "where gt.member_id = ? and t.revoked_at is null and t.approved_at is not null and not g.closed order by g.grade_from, g.title, g.id", memberId)
                .stream().map(JpaStudyRepository::group).toList();
    }

    // ---- bookings

    @Override
    public void lockSession(UUID sessionId) {
        sql.column("select id from study_session where id = ? for update", sessionId);
    }

    @Override
    public Optional<Booking> activeBooking(UUID sessionId, UUID childId) {
        return sql.row(BOOKING_ROW + " where b.session_id = ? and b.child_id = ? and b.status in ('CONFIRMED', 'WAITLISTED')",
                sessionId, childId).map(r -> booking(r, 0));
    }

    @Override
    public Optional<Booking> booking(UUID bookingId) {
        return sql.row(BOOKING_ROW + " where b.id = ?", bookingId).map(r -> booking(r, 0));
    }

    private static Booking booking(Object[] r, int o) {
        return new Booking(uuid(r[o]), uuid(r[o + 1]), uuid(r[o + 2]), (String) r[o + 3], num(r[o + 4]),
                BookingStatus.valueOf((String) r[o + 5]), r[o + 6] == null ? null : num(r[o + 6]),
                ((Number) r[o + 7]).longValue(), instant(r[o + 8]), (Boolean) r[o + 9], (String) r[o + 10],
                ((Number) r[o + 11]).longValue());
    }

    @Override
    public Set<Integer> takenSeats(UUID sessionId) {
        Set<Integer> out = new HashSet<>();
        for (Object s : sql.column("select seat from study_booking where session_id = ? and status = 'CONFIRMED'", sessionId)) {
            out.add(((Number) s).intValue());
        }
        return out;
    }

    @Override
    public UUID addBooking(UUID sessionId, UUID childId, BookingStatus status, Integer seat, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        sql.update("insert into study_booking (id, tenant_id, session_id, child_id, status, seat, booked_by, requested_at, "
                        + "confirmed_at) values (?, current_tenant(), ?, ?, ?, ?, ?, ?, ?)", id, sessionId, childId, status,
                seat, actor, now, status == BookingStatus.CONFIRMED ? now : null);
        return id;
    }

    @Override
    public void cancelBooking(UUID bookingId, BookingStatus status, Instant now) {
        sql.update("update study_booking set status = ?, seat = null, cancelled_at = ?, version = version + 1 where id = ? "
                + "and status in ('CONFIRMED', 'WAITLISTED')", status, now, bookingId);
    }

    @Override
    public boolean anyWaiting(UUID sessionId) {
        return sql.exists("select 1 from study_booking where session_id = ? and status = 'WAITLISTED'", sessionId);
    }

    @Override
    public int waitPosition(UUID bookingId) {
        List<Object> n = sql.column("select (select count(*) from study_booking w where w.session_id = b.session_id "
                + "and w.status = 'WAITLISTED' and w.arrival <= b.arrival) from study_booking b where b.id = ? and b.status = 'WAITLISTED'",
                bookingId);
        return n.isEmpty() ? 0 : ((Number) n.get(0)).intValue();
    }

    @Override
    public List<Booking> waiting(UUID sessionId) {
        return sql.rows(BOOKING_ROW + " where b.session_id = ? and b.status = 'WAITLISTED' order by b.arrival", sessionId)
                .stream().map(r -> booking(r, 0)).toList();
    }

    @Override
    public void confirm(UUID bookingId, int seat, Instant now) {
        sql.update("update study_booking set status = 'CONFIRMED', seat = ?, confirmed_at = ?, version = version + 1 "
                + "where id = ? and status = 'WAITLISTED'", seat, now, bookingId);
    }

    @Override
    public Set<UUID> bookedFamilies(UUID sessionId) {
        Set<UUID> out = new HashSet<>();
        for (Object f : sql.column("select distinct c.family_id from study_booking b join study_child c on c.id = b.child_id "
                + "where b.session_id = ? and b.status in ('CONFIRMED', 'WAITLISTED')", sessionId)) {
            out.add(uuid(f));
        }
        return out;
    }

    @Override
    public List<Booking> roster(UUID sessionId) {
        return sql.rows(BOOKING_ROW + " where b.session_id = ? order by case b.status when 'CONFIRMED' then 0 "
                        + "when 'WAITLISTED' then 1 else 2 end, b.arrival", sessionId)
                .stream().map(r -> booking(r, 0)).toList();
    }

    @Override
    public List<FamilyBooking> familyBookings(UUID familyId, Instant from) {
        return sql.rows(FAMILY_BOOKING_ROW + " where c.family_id = ? and c.removed_at is null and s.starts_at >= ? "
                        + "and b.status in ('CONFIRMED', 'WAITLISTED') order by s.starts_at, c.grade, b.id", familyId, from)
                .stream().map(JpaStudyRepository::familyBooking).toList();
    }

    @Override
    public List<FamilyBooking> familyHistory(UUID familyId, Instant before, int limit) {
        return sql.query(FAMILY_BOOKING_ROW + " where c.family_id = ? and c.removed_at is null and s.starts_at < ? "
                        + "and b.status in ('CONFIRMED', 'LATE_CANCELLED') order by s.starts_at desc, b.id", familyId, before)
                .setMaxResults(limit).getResultList().stream().map(r -> familyBooking((Object[]) r)).toList();
    }

    private static FamilyBooking familyBooking(Object[] r) {
        return new FamilyBooking(booking(r, 0), session(r, 12), (String) r[25], num(r[26]));
    }

    @Override
    public boolean attended(UUID bookingId, boolean attended) {
        return sql.update("update study_booking set attended = ?, version = version + 1 where id = ? and status = 'CONFIRMED'",
                attended, bookingId) == 1;
    }

    @Override
    public boolean note(UUID bookingId, String note, long expectedVersion) {
        return sql.update("update study_booking set note = ?, version = version + 1 where id = ? and version = ?",
                note, bookingId, expectedVersion) == 1;
    }

    @Override
    public List<Attendance> attendanceNewestFirst(UUID childId, Instant before, int limit) {
        return sql.query("select s.starts_at, g.title, b.status = 'LATE_CANCELLED' or b.attended = false from study_booking b "
                        + "join study_session s on s.id = b.session_id join study_group g on g.id = s.group_id "
                        + "where b.child_id = ? and s.starts_at < ? and not s.cancelled "
                        + "and (b.status = 'LATE_CANCELLED' or (b.status = 'CONFIRMED' and b.attended is not null)) "
                        + "order by s.starts_at desc", childId, before)
                .setMaxResults(limit).getResultList().stream()
                .map(o -> {
                    Object[] r = (Object[]) o;
                    return new Attendance(instant(r[0]), (String) r[1], (Boolean) r[2]);
                }).toList();
    }

    @Override
    public boolean bookedInGroupOf(UUID childId, UUID groupId) {
        return sql.exists("select 1 from study_booking b join study_session s on s.id = b.session_id "
                + "where b.child_id = ? and s.group_id = ? and b.status in ('CONFIRMED', 'WAITLISTED')", childId, groupId);
    }

    // ---- reminders

    @Override
    public List<DueReminder> claimReminders(Instant now, int limit) {
        return sql.rows("""
                        with due as (
                            insert into study_reminder_sent (booking_id, tenant_id, sent_at)
                            select b.id, current_tenant(), cast(? as timestamptz) from study_booking b
                              join study_session s on s.id = b.session_id join study_group g on g.id = s.group_id
                             where b.status = 'CONFIRMED' and not s.cancelled and s.starts_at > cast(? as timestamptz)
                               and s.starts_at <= cast(? as timestamptz) + make_interval(hours => g.reminder_hours)
                               and not exists (select 1 from study_reminder_sent r where r.booking_id = b.id)
                             order by s.starts_at limit ?
                            on conflict do nothing
                            returning booking_id)
                        select m.account, m.notify_reminders, s.starts_at from due
                          join study_booking b on b.id = due.booking_id join study_session s on s.id = b.session_id
                          join study_child c on c.id = b.child_id join study_guardian gu on gu.family_id = c.family_id
                          join community_member m on m.id = gu.member_id""", now, now, now, limit)
                .stream().map(r -> new DueReminder((String) r[0], (Boolean) r[1], instant(r[2]))).toList();
    }

    // ---- calendar feeds

    @Override
    public void addFeed(UUID familyId, String tokenHash, Instant now) {
        sql.update("insert into study_calendar_feed (token_hash, tenant_id, family_id, created_at) values (?, current_tenant(), ?, ?)",
                tokenHash, familyId, now);
    }

    @Override
    public void revokeFeeds(UUID familyId, Instant now) {
        sql.update("update study_calendar_feed set revoked_at = ? where family_id = ? and revoked_at is null", now, familyId);
    }

    @Override
    public Optional<UUID> feedFamily(String tokenHash) {
        List<Object> ids = sql.column("select family_id from study_calendar_feed where token_hash = ? and revoked_at is null",
                tokenHash);
        return ids.isEmpty() ? Optional.empty() : Optional.of(uuid(ids.get(0)));
    }

    @Override
    public boolean hasFeed(UUID familyId) {
        return sql.exists("select 1 from study_calendar_feed where family_id = ? and revoked_at is null", familyId);
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static LocalTime time(Object o) {
        return o instanceof Time t ? t.toLocalTime() : (LocalTime) o;
    }

}
