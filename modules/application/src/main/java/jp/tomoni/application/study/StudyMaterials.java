package jp.tomoni.application.study;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.PersonRules;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.MaterialRepository;
import jp.tomoni.domain.study.MaterialRepository.File;
import jp.tomoni.domain.study.MaterialRepository.Material;
import jp.tomoni.domain.study.MaterialRules;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.Subject;

/**
 * Materials (教材・問題集): the NPO's staff upload problem sets by grade and subject; guardians see and
 * download those for their children's grades, and each family download is counted. A file is kept only
 * when its first bytes show an accepted type.
 */
@ApplicationScoped
public class StudyMaterials {
    public static final String ENTITY = "study-material";

    @Inject
    MaterialRepository materials;
    @Inject
    StudyFamilies families;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public UUID upload(String agency, String title, Subject subject, Integer gradeFrom, Integer gradeTo, String fileName,
                       byte[] bytes) {
        CurrentTenant t = StudyAccess.requireStaff();
        List<FieldViolation> v = new java.util.ArrayList<>(MaterialRules.violations(title, subject, gradeFrom, gradeTo,
                fileName, bytes));
        if (agency == null || !StudyAccess.runs(t, agency)) {
            v.add(0, FieldViolation.of("agency", agency == null ? "required" : "unknown"));
        }
        InvalidInputException.throwIfAny(v);
        UUID id = materials.add(agency, PersonRules.optional(title), subject, gradeFrom, gradeTo, fileName.strip(),
                MaterialRules.contentType(bytes, fileName), bytes, t.actor(), clock.instant());
        audit.record("upload", ENTITY, id.toString());
        return id;
    }

    /** The materials for the guardian's children's grades. */
    @Transactional
    public List<Material> forMyChildren() {
        CurrentTenant t = StudyAccess.requireGuardian();
        return materials.forGrades(grades(t));
    }

    /** The NPO's materials with their download counts, for its staff. */
    @Transactional
    public List<Material> managed() {
        CurrentTenant t = StudyAccess.requireStaff();
        return materials.ofAgencies(StudyAccess.agencies(t));
    }

    /**
     * The file: for a guardian only if it is for one of their children's grades (and then counted), for
     * staff of its NPO; anyone else is told it does not exist.
     */
    @Transactional
    public File download(UUID id) {
        CurrentTenant t = StudyAccess.requireAnyone();
        Material m = materials.material(id).orElseThrow(() -> new NotFoundException(ENTITY));
        boolean family = StudyAccess.isGuardian(t)
                && grades(t).stream().anyMatch(g -> Grade.within(g, m.gradeFrom(), m.gradeTo()));
        if (!family && !StudyAccess.runs(t, m.agency())) {
            throw new NotFoundException(ENTITY);
        }
        File f = materials.file(m.id(), family).orElseThrow(() -> new NotFoundException(ENTITY));
        audit.record("download", ENTITY, m.id().toString());
        return f;
    }

    @Transactional
    public void remove(UUID id) {
        CurrentTenant t = StudyAccess.requireStaff();
        Material m = materials.material(id).filter(x -> StudyAccess.runs(t, x.agency()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        materials.remove(m.id(), clock.instant());
        audit.record("delete", ENTITY, m.id().toString());
    }

    private Set<Integer> grades(CurrentTenant t) {
        return families.children(t).stream().map(Child::grade).collect(Collectors.toSet());
    }
}
