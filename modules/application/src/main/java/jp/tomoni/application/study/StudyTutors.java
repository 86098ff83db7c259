package jp.tomoni.application.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.StudyRepository;
import jp.tomoni.domain.study.StudyRepository.Tutor;
import jp.tomoni.domain.study.TutorClearance;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Safeguarding of volunteer tutors: a tutor registers for study support; the tenant's staff record the
 * training and the check and approve (or withdraw the approval, which also takes the tutor off every
 * group); only approved tutors can be assigned to a group, by its runners.
 */
@ApplicationScoped
public class StudyTutors {
    public static final String ENTITY = "study-tutor";

    @Inject
    StudyRepository study;
    @Inject
    CommunityMembers members;
    @Inject
    StudyGroups groups;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The caller's own record as a tutor, registering them on first call. */
    @Transactional
    public Tutor register() {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TUTOR);
        UUID me = members.current(t).id();
        study.registerTutor(me, clock.instant());
        return study.tutor(me).orElseThrow();
    }

    /** The caller's record as a tutor, if they registered. */
    @Transactional
    public Optional<Tutor> mine() {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TUTOR);
        return study.tutor(members.current(t).id());
    }

    /** Every registered tutor, for staff: waiting, approved and withdrawn. */
    @Transactional
    public List<Tutor> all() {
        StudyAccess.requireStaff();
        return study.tutors();
    }

    @Transactional
    public void approve(UUID memberId, LocalDate trainedOn, LocalDate checkedOn, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireTenantStaff();
        Tutor tutor = study.tutor(memberId).orElseThrow(() -> new NotFoundException(ENTITY));
        InvalidInputException.throwIfAny(TutorClearance.violations(trainedOn, checkedOn, CaseDates.today(clock)));
        if (!study.approveTutor(tutor.memberId(), trainedOn, checkedOn, t.actor(), clock.instant(), expectedVersion)) {
            throw new OptimisticLockException(ENTITY + " " + memberId + " is not at version " + expectedVersion);
        }
        audit.record("approve", ENTITY, memberId.toString());
    }

    @Transactional
    public void revoke(UUID memberId) {
        StudyAccess.requireTenantStaff();
        Tutor tutor = study.tutor(memberId).orElseThrow(() -> new NotFoundException(ENTITY));
        study.revokeTutor(tutor.memberId(), clock.instant());
        audit.record("revoke", ENTITY, memberId.toString());
    }

    /** A group's runners assign an approved tutor; anyone else is refused with the field at fault. */
    @Transactional
    public void assign(UUID groupId, UUID memberId) {
        CurrentTenant t = StudyAccess.requireStaff();
        var g = groups.runnable(t, groupId);
        Tutor tutor = study.tutor(memberId).filter(Tutor::assignable).orElseThrow(() ->
                new InvalidInputException(List.of(FieldViolation.of("memberId", "study.tutorNotCleared"))));
        study.assignTutor(g.id(), tutor.memberId());
        audit.record("assign", ENTITY, memberId + " to " + g.id());
    }

    @Transactional
    public void unassign(UUID groupId, UUID memberId) {
        CurrentTenant t = StudyAccess.requireStaff();
        var g = groups.runnable(t, groupId);
        study.unassignTutor(g.id(), memberId);
        audit.record("unassign", ENTITY, memberId + " from " + g.id());
    }
}
