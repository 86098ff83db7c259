package jp.tomoni.application.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.PersonRules;
import jp.tomoni.domain.study.SchoolKind;
import jp.tomoni.domain.study.SchoolRepository;
import jp.tomoni.domain.study.SchoolRepository.School;
import jp.tomoni.domain.study.SchoolRepository.Visit;

/** Schools as partners (D-6 「学校への訪問」): staff record schools and what each visit was about. */
@ApplicationScoped
public class StudySchools {
    public static final String ENTITY = "study-school";
    public static final int NOTE_MAX = 2000;

    @Inject
    SchoolRepository schools;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<School> all() {
        StudyAccess.requireStaff();
        return schools.schools();
    }

    @Transactional
    public UUID add(String name, SchoolKind kind, String contact) {
        StudyAccess.requireStaff();
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "name", PersonRules.optional(name), 80);
        if (kind == null) {
            v.add(FieldViolation.of("kind", "required"));
        }
        PersonRules.checkOptionalText(v, "contact", PersonRules.optional(contact), 200);
        InvalidInputException.throwIfAny(v);
        UUID id = schools.add(PersonRules.optional(name), kind, PersonRules.optional(contact), clock.instant());
        if (id == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("name", "study.schoolExists")));
        }
        audit.record("create", ENTITY, id.toString());
        return id;
    }

    @Transactional
    public List<Visit> visits(UUID schoolId) {
        StudyAccess.requireStaff();
        School s = schools.school(schoolId).orElseThrow(() -> new NotFoundException(ENTITY));
        return schools.visits(s.id());
    }

    @Transactional
    public UUID visit(UUID schoolId, LocalDate visitedOn, String note) {
        CurrentTenant t = StudyAccess.requireStaff();
        School s = schools.school(schoolId).orElseThrow(() -> new NotFoundException(ENTITY));
        List<FieldViolation> v = new ArrayList<>();
        if (visitedOn == null) {
            v.add(FieldViolation.of("visitedOn", "required"));
        } else if (visitedOn.isAfter(CaseDates.today(clock))) {
            v.add(FieldViolation.of("visitedOn", "notInFuture"));
        }
        PersonRules.checkText(v, "note", PersonRules.optional(note), NOTE_MAX);
        InvalidInputException.throwIfAny(v);
        UUID id = schools.addVisit(s.id(), visitedOn, t.actor(), PersonRules.optional(note), clock.instant());
        audit.record("visit", ENTITY, s.id().toString());
        return id;
    }
}
