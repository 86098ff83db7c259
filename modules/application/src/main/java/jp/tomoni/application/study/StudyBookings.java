package jp.tomoni.application.study;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.BookingStatus;
import jp.tomoni.domain.study.CancellationCutoff;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.Seats;
import jp.tomoni.domain.study.StudyRepository;
import jp.tomoni.domain.study.StudyRepository.Booking;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.StudyRepository.Group;
import jp.tomoni.domain.study.StudyRepository.Session;

/**
 * Bookings: a guardian books a child into one session or the whole coming series; a full session puts
 * the child on its waitlist, and a freed seat goes to whoever asked first, with a notice. Every seat
 * decision is made under the session's row lock, and the database itself refuses a second holder of a
 * seat, a seat beyond the capacity and a child booked twice. A cancellation after the group's cut-off is
 * taken but marked late. The group's runners see the roster (name and grade only), take attendance and
 * write learning notes for the guardians.
 */
@ApplicationScoped
public class StudyBookings {
    public static final String ENTITY = "study-booking";
    /** How many coming sessions "the whole series" books at most. */
    public static final int SERIES_MAX = 53;

    @Inject
    StudyRepository study;
    @Inject
    StudyFamilies families;
    @Inject
    CommunityMembers members;
    @Inject
    AuditTrail audit;
    @Inject
    Event<StudyNotice> notices;

    Clock clock = Clock.systemUTC();

    /** Where a child stands in a session after booking: a seat, or a place on the waitlist (1 = next). */
    public record Result(UUID sessionId, UUID bookingId, BookingStatus status, int waitPosition) {
    }

    /** One line of a session's roster, as its runners see it: the child's name and grade only. */
    public record RosterLine(UUID bookingId, String childName, String grade, BookingStatus status, int waitPosition,
                             Boolean attended, String note, long version) {
    }

    @Transactional
    public Result book(UUID sessionId, UUID childId) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Child child = families.ownChild(t, childId);
        Session s = study.session(sessionId).orElseThrow(() -> new NotFoundException("study-session"));
        Group g = study.group(s.groupId()).orElseThrow(() -> new NotFoundException("study-group"));
        checkBookable(g, child);
        if (s.cancelled() || !s.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("session not open for booking");
        }
        Result r = place(s, child, t.actor());
        audit.record("book", ENTITY, r.bookingId().toString());
        return r;
    }

    /** Books every coming session of the group that is not cancelled: each gets a seat or a waitlist place. */
    @Transactional
    public List<Result> bookSeries(UUID groupId, UUID childId) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Child child = families.ownChild(t, childId);
        Group g = study.group(groupId).orElseThrow(() -> new NotFoundException("study-group"));
        checkBookable(g, child);
        List<Result> out = new ArrayList<>();
        // sessions are locked oldest first, the same order for everyone, so two series bookings cannot deadlock
        for (Session s : study.sessions(g.id(), clock.instant(), SERIES_MAX)) {
            if (!s.cancelled()) {
                Result r = place(s, child, t.actor());
                audit.record("book", ENTITY, r.bookingId().toString());
                out.add(r);
            }
        }
        return out;
    }

    private static void checkBookable(Group g, Child child) {
        if (g.closed()) {
            throw new ConflictException("group closed");
        }
        if (!Grade.within(child.grade(), g.gradeFrom(), g.gradeTo())) {
            throw new InvalidInputException(List.of(FieldViolation.of("childId", "study.gradeNotInGroup",
                    Grade.span(g.gradeFrom(), g.gradeTo()))));
        }
    }

    /** Under the session's lock: a seat if one is free and nobody waits, else the end of the waitlist. */
    private Result place(Session s, Child child, String actor) {
        study.lockSession(s.id());
        var existing = study.activeBooking(s.id(), child.id());
        if (existing.isPresent()) {
            return result(existing.get());
        }
        Instant now = clock.instant();
        OptionalInt seat = Seats.firstFree(s.capacity(), study.takenSeats(s.id()));
        if (seat.isPresent() && !study.anyWaiting(s.id())) {
            return new Result(s.id(), study.addBooking(s.id(), child.id(), BookingStatus.CONFIRMED, seat.getAsInt(), actor, now),
                    BookingStatus.CONFIRMED, 0);
        }
        UUID id = study.addBooking(s.id(), child.id(), BookingStatus.WAITLISTED, null, actor, now);
        return new Result(s.id(), id, BookingStatus.WAITLISTED, study.waitPosition(id));
    }

    private Result result(Booking b) {
        return new Result(b.sessionId(), b.id(), b.status(), study.waitPosition(b.id()));
    }

    /**
     * A guardian cancels a child's booking (a seat or a waitlist place) until the session begins; after the
     * group's cut-off the cancellation is marked late. A freed seat goes to the first on the waitlist.
     */
    @Transactional
    public BookingStatus cancel(UUID bookingId) {
        CurrentTenant t = StudyAccess.requireGuardian();
        Booking b = study.booking(bookingId).orElseThrow(() -> new NotFoundException(ENTITY));
        families.ownChild(t, b.childId());
        Session s = study.session(b.sessionId()).orElseThrow(() -> new NotFoundException("study-session"));
        Group g = study.group(s.groupId()).orElseThrow(() -> new NotFoundException("study-group"));
        BookingStatus status = cancelLocked(b, s, g.cutoffHours());
        audit.record("cancel", ENTITY, b.id().toString());
        return status;
    }

    private BookingStatus cancelLocked(Booking b, Session s, int cutoffHours) {
        Instant now = clock.instant();
        if (CancellationCutoff.classify(s.startsAt(), cutoffHours, now) == CancellationCutoff.Kind.STARTED) {
            throw new ConflictException("the session has begun");
        }
        study.lockSession(s.id());
        Booking current = study.booking(b.id()).orElseThrow();
        if (!current.status().active()) {
            return current.status();
        }
        // giving up a waitlist place is never late: no seat was held
        BookingStatus status = current.status() == BookingStatus.WAITLISTED ? BookingStatus.CANCELLED
                : CancellationCutoff.cancelledStatus(s.startsAt(), cutoffHours, now);
        study.cancelBooking(current.id(), status, now);
        if (current.status() == BookingStatus.CONFIRMED) {
            promote(s, now);
        }
        return status;
    }

    /** Under the session's lock: free seats go to the waiting children in arrival order, each family told. */
    private void promote(Session s, Instant now) {
        if (s.cancelled() || !s.startsAt().isAfter(now)) {
            return;
        }
        var taken = new java.util.HashSet<>(study.takenSeats(s.id()));
        for (Booking w : Seats.promotionOrder(study.waiting(s.id()), Booking::arrival)) {
            OptionalInt seat = Seats.firstFree(s.capacity(), taken);
            if (seat.isEmpty()) {
                return;
            }
            study.confirm(w.id(), seat.getAsInt(), now);
            taken.add(seat.getAsInt());
            audit.record("promote", ENTITY, w.id().toString());
            study.child(w.childId()).ifPresent(c -> tell(c.familyId(), StudyNotice.Kind.PROMOTED, s.startsAt()));
        }
    }

    /** Gives up a child's coming bookings (the child leaves the family's list). */
    void giveUpComing(UUID childId, String actor) {
        Instant now = clock.instant();
        for (var fb : study.familyBookings(study.child(childId).orElseThrow().familyId(), now)) {
            if (fb.booking().childId().equals(childId)) {
                Group g = study.group(fb.session().groupId()).orElseThrow();
                cancelLocked(fb.booking(), fb.session(), g.cutoffHours());
            }
        }
    }

    void tell(UUID familyId, StudyNotice.Kind kind, Instant startsAt) {
        String tenant = jp.tomoni.application.tenant.TenantContext.require().tenantId();
        for (String account : study.guardianAccounts(familyId)) {
            notices.fire(new StudyNotice(tenant, account, kind, startsAt));
        }
    }

    // ---- the runners' side

    /** A session's roster for its runners and assigned tutors: each child's name and grade, status and notes. */
    @Transactional
    public List<RosterLine> roster(UUID sessionId) {
        CurrentTenant t = StudyAccess.requireAnyone();
        Session s = study.session(sessionId).orElseThrow(() -> new NotFoundException("study-session"));
        StudyGroups.requireRunnerOrTutor(t, study, members, s.groupId());
        List<RosterLine> out = new ArrayList<>();
        int waiting = 0;
        for (Booking b : study.roster(s.id())) {
            int position = b.status() == BookingStatus.WAITLISTED ? ++waiting : 0;
            out.add(new RosterLine(b.id(), b.childName(), Grade.label(b.grade()), b.status(), position, b.attended(), b.note(),
                    b.version()));
        }
        audit.record("read", "study-roster", s.id().toString());
        return out;
    }

    /** Runners and tutors record whether a child came (only for a seat held). */
    @Transactional
    public void attendance(UUID bookingId, boolean attended) {
        CurrentTenant t = StudyAccess.requireAnyone();
        Booking b = runnersBooking(t, bookingId);
        if (!study.attended(b.id(), attended)) {
            throw new InvalidInputException(List.of(FieldViolation.of("bookingId", "study.notConfirmed")));
        }
        audit.record("attendance", ENTITY, b.id().toString());
    }

    /** A short learning note for the child's guardians. */
    @Transactional
    public void note(UUID bookingId, String note, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireAnyone();
        Booking b = runnersBooking(t, bookingId);
        String text = jp.tomoni.domain.shared.PersonRules.optional(note);
        List<FieldViolation> v = new ArrayList<>();
        jp.tomoni.domain.shared.PersonRules.checkOptionalText(v, "note", text, NOTE_MAX);
        InvalidInputException.throwIfAny(v);
        if (!study.note(b.id(), text, expectedVersion)) {
            throw new OptimisticLockException(ENTITY + " " + b.id() + " is not at version " + expectedVersion);
        }
        audit.record("note", ENTITY, b.id().toString());
    }

    public static final int NOTE_MAX = 500;

    private Booking runnersBooking(CurrentTenant t, UUID bookingId) {
        Booking b = study.booking(bookingId).orElseThrow(() -> new NotFoundException(ENTITY));
        Session s = study.session(b.sessionId()).orElseThrow(() -> new NotFoundException(ENTITY));
        StudyGroups.requireRunnerOrTutor(t, study, members, s.groupId());
        return b;
    }
}
