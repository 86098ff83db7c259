package jp.tomoni.application.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.PersonRules;
import jp.tomoni.domain.study.ConsultKind;
import jp.tomoni.domain.study.ConsultRepository;
import jp.tomoni.domain.study.ConsultRepository.Slot;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.StudyRepository.Family;

/**
 * One-to-one consultations: 進路相談 for a 中3 pupil with a guardian, and a consultation for guardians
 * of children who refuse school. Staff (the expert) open slots; a guardian books a free one (one family
 * per slot, decided by the database) and may give it back before it begins. The outcome is private: only
 * the expert who held it and the tenant's own staff read it; the family never sees it here.
 */
@ApplicationScoped
public class StudyConsultations {
    public static final String ENTITY = "study-consultation";
    public static final int OUTCOME_MAX = 2000;
    public static final int EXPERT_NAME_MAX = 40;

    @Inject
    ConsultRepository slots;
    @Inject
    StudyFamilies families;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A slot as a family sees it: never the outcome. */
    public record FamilySlot(UUID id, ConsultKind kind, String expertName, Instant startsAt, int minutes, String place,
                             UUID childId, String childName) {
        static FamilySlot of(Slot s) {
            return new FamilySlot(s.id(), s.kind(), s.expertName(), s.startsAt(), s.minutes(), s.place(), s.childId(),
                    s.childName());
        }
    }

    @Transactional
    public UUID open(ConsultKind kind, LocalDateTime startsAt, Integer minutes, String place, String expertName) {
        CurrentTenant t = StudyAccess.requireStaff();
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(FieldViolation.of("kind", "required"));
        }
        Instant at = startsAt == null ? null : startsAt.atZone(CaseDates.ZONE).toInstant();
        if (at == null) {
            v.add(FieldViolation.of("startsAt", "required"));
        } else if (!at.isAfter(clock.instant())) {
            v.add(FieldViolation.of("startsAt", "study.notInPast"));
        }
        if (minutes == null) {
            v.add(FieldViolation.of("minutes", "required"));
        } else if (minutes < 15 || minutes > 240) {
            v.add(FieldViolation.of("minutes", "outOfRange", 15, 240));
        }
        PersonRules.checkText(v, "place", PersonRules.optional(place), 200);
        PersonRules.checkText(v, "expertName", PersonRules.optional(expertName), EXPERT_NAME_MAX);
        InvalidInputException.throwIfAny(v);
        UUID id = slots.add(kind, t.actor(), PersonRules.optional(expertName), at, minutes, PersonRules.optional(place),
                clock.instant());
        audit.record("create", ENTITY, id.toString());
        return id;
    }

    /** Free slots of a kind; 進路相談 only for a family with a 中3 child. */
    @Transactional
    public List<FamilySlot> openSlots(ConsultKind kind) {
        CurrentTenant t = StudyAccess.requireGuardian();
        if (kind == ConsultKind.CAREER && families.children(t).stream().noneMatch(c -> c.grade() == Grade.CHU3)) {
            return List.of();
        }
        return slots.open(kind, clock.instant()).stream().map(FamilySlot::of).toList();
    }

    /** The family's coming consultations. */
    @Transactional
    public List<FamilySlot> mine() {
        CurrentTenant t = StudyAccess.requireGuardian();
        return family(t).map(f -> slots.ofFamily(f.id(), clock.instant()).stream().map(FamilySlot::of).toList())
                .orElse(List.of());
    }

    /** Books a free slot: 進路相談 for the family's 中3 child; the school-refusal one optionally names a child. */
    @Transactional
    public void book(UUID slotId, UUID childId) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Slot s = slots.slot(slotId).orElseThrow(() -> new NotFoundException(ENTITY));
        Family f = family(t).orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("childId", "required"))));
        Child child = childId == null ? null : families.ownChild(t, childId);
        if (s.kind().needsChild() && (child == null || child.grade() != Grade.CHU3)) {
            throw new InvalidInputException(List.of(FieldViolation.of("childId", "study.careerForChu3")));
        }
        if (!slots.book(s.id(), f.id(), child == null ? null : child.id(), clock.instant())) {
            throw new ConflictException("slot taken");
        }
        audit.record("book", ENTITY, s.id().toString());
    }

    @Transactional
    public void release(UUID slotId) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Slot s = slots.slot(slotId).orElseThrow(() -> new NotFoundException(ENTITY));
        Family f = family(t).orElseThrow(() -> new NotFoundException(ENTITY));
        if (!f.id().equals(s.familyId())) {
            throw new NotFoundException(ENTITY);
        }
        if (!s.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("consultation has begun");
        }
        slots.release(s.id(), f.id());
        audit.record("cancel", ENTITY, s.id().toString());
    }

    /** Every coming slot for staff; the outcome only to its expert and the tenant's own staff. */
    @Transactional
    public List<Slot> all() {
        CurrentTenant t = StudyAccess.requireStaff();
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots.all(clock.instant().minus(java.time.Duration.ofDays(90)))) {
            out.add(readsOutcome(t, s) ? s : withoutOutcome(s));
        }
        audit.record("read", ENTITY, "list");
        return out;
    }

    @Transactional
    public void recordOutcome(UUID slotId, String outcome, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireStaff();
        Slot s = slots.slot(slotId).filter(x -> readsOutcome(t, x)).orElseThrow(() -> new NotFoundException(ENTITY));
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "outcome", PersonRules.optional(outcome), OUTCOME_MAX);
        InvalidInputException.throwIfAny(v);
        if (!s.booked()) {
            throw new InvalidInputException(List.of(FieldViolation.of("outcome", "study.notBooked")));
        }
        if (!slots.outcome(s.id(), PersonRules.optional(outcome), expectedVersion)) {
            throw new OptimisticLockException(ENTITY + " " + s.id() + " is not at version " + expectedVersion);
        }
        audit.record("outcome", ENTITY, s.id().toString());
    }

    @Transactional
    public void cancel(UUID slotId, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireStaff();
        Slot s = slots.slot(slotId).filter(x -> readsOutcome(t, x)).orElseThrow(() -> new NotFoundException(ENTITY));
        if (!slots.cancel(s.id(), expectedVersion)) {
            throw new OptimisticLockException(ENTITY + " " + s.id() + " is not at version " + expectedVersion);
        }
        audit.record("cancel", ENTITY, s.id().toString());
    }

    static boolean readsOutcome(CurrentTenant t, Slot s) {
        return s.expert().equals(t.actor()) || CommunityAccess.isStaff(t);
    }

    private static Slot withoutOutcome(Slot s) {
        return new Slot(s.id(), s.kind(), s.expert(), s.expertName(), s.startsAt(), s.minutes(), s.place(), s.familyId(),
                s.childId(), s.childName(), s.childGrade(), s.bookedAt(), null, s.cancelled(), s.version());
    }

    private java.util.Optional<Family> family(CurrentTenant t) {
        return families.existing(t);
    }
}
