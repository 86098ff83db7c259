package jp.tomoni.application.study;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.SharingCode;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.ChildDraft;
import jp.tomoni.domain.study.FeedToken;
import jp.tomoni.domain.study.StudyRepository;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.StudyRepository.Family;
import jp.tomoni.domain.study.StudyRepository.FamilyBooking;

/**
 * A guardian's family: its children (who have no accounts), a second guardian joining with a one-time
 * code, whether repeated absence may be told to the family's worker, and the family's calendar feed.
 * A guardian reaches only their own family; another family's child is "not found".
 */
@ApplicationScoped
public class StudyFamilies {
    public static final String ENTITY = "study-family";
    /** How many past sessions (with learning notes) the family page shows. */
    public static final int HISTORY = 20;

    private final SecureRandom random = new SecureRandom();

    @Inject
    StudyRepository study;
    @Inject
    CommunityMembers members;
    @Inject
    StudyBookings bookings;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** What the family page shows. */
    public record FamilyPage(Family family, List<String> guardians, List<Child> children, List<FamilyBooking> upcoming,
                             List<FamilyBooking> history, boolean calendarFeed) {
    }

    /** The caller's family page; before they enter a child (or join a family) it is empty. */
    @Transactional
    public FamilyPage mine() {
        CurrentTenant t = StudyAccess.requireGuardian();
        CommunityMember me = members.current(t);
        Family f = study.familyOf(me.id()).orElse(null);
        if (f == null) {
            return new FamilyPage(null, List.of(), List.of(), List.of(), List.of(), false);
        }
        Instant now = clock.instant();
        return new FamilyPage(f, study.guardianNames(f.id()), study.children(f.id()), study.familyBookings(f.id(), now),
                study.familyHistory(f.id(), now, HISTORY), study.hasFeed(f.id()));
    }

    /** Within a running transaction: the guardian's family, made when first needed. */
    Family family(CurrentTenant t) {
        CommunityMember me = members.current(t);
        return study.familyOf(me.id()).orElseGet(() -> study.newFamily(me.id(), clock.instant()));
    }

    /** A child of the caller's family; any other child is not found. */
    Child ownChild(CurrentTenant t, UUID childId) {
        // read only: asking about a child makes no family
        UUID family = existing(t).map(Family::id).orElse(null);
        return study.child(childId).filter(c -> c.familyId().equals(family))
                .orElseThrow(() -> new NotFoundException("study-child"));
    }

    /** Within a running transaction: the guardian's family, if they have one (none is made). */
    Optional<Family> existing(CurrentTenant t) {
        return study.familyOf(members.current(t).id());
    }

    /** Within a running transaction: the children of the guardian's family; none without a family. */
    List<Child> children(CurrentTenant t) {
        return existing(t).map(f -> study.children(f.id())).orElse(List.of());
    }

    /** Within a running transaction: the grades of the caller's children (for what the directory shows them). */
    public java.util.Set<String> childGrades(CurrentTenant t) {
        // read only: a search must not make a member or a family
        return members.known(t).flatMap(m -> study.familyOf(m.id())).map(f -> study.children(f.id())).orElse(List.of())
                .stream().map(c -> Integer.toString(c.grade())).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Transactional
    public UUID addChild(ChildDraft draft) {
        CurrentTenant t = StudyAccess.requireGuardian();
        InvalidInputException.throwIfAny(draft.violations());
        Family f = family(t);
        UUID id = study.addChild(f.id(), draft, clock.instant());
        audit.record("create", "study-child", id.toString());
        return id;
    }

    @Transactional
    public void updateChild(UUID childId, ChildDraft draft, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Child c = ownChild(t, childId);
        InvalidInputException.throwIfAny(draft.violations());
        if (!study.updateChild(c.id(), draft, expectedVersion)) {
            throw new OptimisticLockException("study-child " + c.id() + " is not at version " + expectedVersion);
        }
        audit.record("update", "study-child", c.id().toString());
    }

    /** Removes a child from the family; their coming bookings are given up (and the seats go to whoever waits). */
    @Transactional
    public void removeChild(UUID childId) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Child c = ownChild(t, childId);
        bookings.giveUpComing(c.id(), t.actor());
        study.removeChild(c.id(), clock.instant());
        audit.record("delete", "study-child", c.id().toString());
    }

    /** A one-time code for a second guardian, valid for a week; a new code replaces the old one. */
    @Transactional
    public SharingCode invite() {
        CurrentTenant t = StudyAccess.requireGuardian();
        Family f = family(t);
        SharingCode code = SharingCode.issue(random, clock.instant());
        study.invite(f.id(), code.hash(), code.expiresAt());
        audit.record("invite", ENTITY, f.id().toString());
        return code;
    }

    /**
     * A second guardian enters the code and joins the family. A guardian alone in a family of their own
     * without children (say, they made a calendar link first) moves over; one with children, or with
     * another guardian, cannot join another family.
     */
    @Transactional
    public void join(String code) {
        CurrentTenant t = StudyAccess.requireGuardian();
        CommunityMember me = members.current(t);
        if (!SharingCode.wellFormed(SharingCode.normalise(code))) {
            throw new InvalidInputException(List.of(FieldViolation.of("code", "study.inviteUnknown")));
        }
        var own = study.familyOf(me.id());
        if (own.isPresent() && (!study.children(own.get().id()).isEmpty() || study.guardianNames(own.get().id()).size() > 1)) {
            throw new ConflictException("already a guardian of a family");
        }
        UUID familyId = study.takeInvite(SharingCode.hashOf(code), clock.instant())
                .orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("code", "study.inviteUnknown"))));
        if (own.isPresent()) {
            if (own.get().id().equals(familyId)) {
                return;
            }
            // the empty family left behind keeps nothing of anyone; its calendar links stop
            study.revokeFeeds(own.get().id(), clock.instant());
            study.moveGuardian(me.id(), familyId, clock.instant());
        } else {
            study.addGuardian(familyId, me.id(), clock.instant());
        }
        audit.record("join", ENTITY, familyId.toString());
    }

    /** Whether repeated absence may be told to the family's worker (through the guardian's case link). */
    @Transactional
    public void absenceToWorker(boolean allowed, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Family f = family(t);
        if (!study.absenceToWorker(f.id(), allowed, expectedVersion)) {
            throw new OptimisticLockException("study-family " + f.id() + " is not at version " + expectedVersion);
        }
        audit.record("update", ENTITY, f.id().toString());
    }

    /** A new secret calendar link (the old one stops working); the token is shown once. */
    @Transactional
    public String newCalendarFeed() {
        CurrentTenant t = StudyAccess.requireGuardian();
        Family f = family(t);
        study.revokeFeeds(f.id(), clock.instant());
        String token = FeedToken.issue(random);
        study.addFeed(f.id(), FeedToken.hashOf(token), clock.instant());
        audit.record("calendar-feed", ENTITY, f.id().toString());
        return token;
    }

    @Transactional
    public void revokeCalendarFeed() {
        CurrentTenant t = StudyAccess.requireGuardian();
        Family f = family(t);
        study.revokeFeeds(f.id(), clock.instant());
        audit.record("calendar-feed-revoke", ENTITY, f.id().toString());
    }
}
