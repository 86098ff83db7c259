package jp.tomoni.domain.study;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Study support of the current tenant. Writes that must not interleave (seats, the waitlist) are made
 * under the session's row lock, taken by {@link #lockSession(UUID)}.
 */
public interface StudyRepository {
    // ---- families and children
    record Family(UUID id, boolean absenceToWorker, long version) {
    }

    record Child(UUID id, UUID familyId, String name, String furigana, String school, int grade, long version) {
    }

    /** The family of a guardian (community member), if they have one. */
    Optional<Family> familyOf(UUID memberId);

    Family newFamily(UUID memberId, Instant now);

    /** Adds a second guardian to a family. */
    void addGuardian(UUID familyId, UUID memberId, Instant now);

    /** Moves a guardian to another family. */
    void moveGuardian(UUID memberId, UUID familyId, Instant now);

    /** The accounts of a family's guardians, for notices. */
    List<String> guardianAccounts(UUID familyId);

    /** The shown names of a family's guardians. */
    List<String> guardianNames(UUID familyId);

    /** Sets a one-time invitation for a second guardian (its SHA-256), replacing any earlier one. */
    void invite(UUID familyId, String codeHash, Instant expiresAt);

    /** Takes (clears) a valid invitation: the family it was for, if any. */
    Optional<UUID> takeInvite(String codeHash, Instant now);

    /** Whether the family's worker may hear of repeated absence; false if the version is stale. */
    boolean absenceToWorker(UUID familyId, boolean allowed, long expectedVersion);

    /** Children not removed, by grade then name. */
    List<Child> children(UUID familyId);

    Optional<Child> child(UUID childId);

    UUID addChild(UUID familyId, ChildDraft draft, Instant now);

    /** False if the version is stale. */
    boolean updateChild(UUID childId, ChildDraft draft, long expectedVersion);

    void removeChild(UUID childId, Instant now);

    // ---- groups and sessions
    record Group(UUID id, String agency, String agencyName, String title, int gradeFrom, int gradeTo, String place,
                 int capacity, int cutoffHours, int reminderHours, DayOfWeek weekday, LocalTime startTime, int minutes,
                 boolean closed, long version) {
    }

    record Session(UUID id, UUID groupId, String groupTitle, LocalDate seriesDate, Instant startsAt, int minutes,
                   String place, int capacity, boolean cancelled, int sequence, long version, int confirmed, int waiting) {
        /** Whether the session was moved away from the date its series gave it (dates in Japan). */
        public boolean moved() {
            return StudySeries.moved(seriesDate, startsAt.atZone(StudySeries.JAPAN).toLocalDate());
        }
    }

    UUID addGroup(GroupDraft draft, String actor, Instant now);

    /** False if the version is stale. */
    boolean updateGroup(UUID groupId, GroupDraft draft, long expectedVersion);

    Optional<Group> group(UUID groupId);

    /** Open groups (all agencies, or those of {@code agencies} when not null), by title. */
    List<Group> groups(Set<String> agencies);

    /** Open groups for any of these grades. */
    List<Group> groupsForGrades(Collection<Integer> grades);

    /** The series dates the group has sessions for (moved and cancelled ones too). */
    Set<LocalDate> seriesDates(UUID groupId);

    void addSession(UUID groupId, LocalDate seriesDate, Instant startsAt, int minutes, String place, int capacity);

    Optional<Session> session(UUID sessionId);

    /** A group's sessions from {@code from}, oldest first, at most {@code limit}. */
    List<Session> sessions(UUID groupId, Instant from, int limit);

    /** Moves a session (raising its calendar sequence); false if the version is stale. */
    boolean moveSession(UUID sessionId, Instant startsAt, String place, long expectedVersion);

    /** Cancels a session (raising its calendar sequence); false if the version is stale. */
    boolean cancelSession(UUID sessionId, long expectedVersion);

    // ---- tutors
    record Tutor(UUID memberId, String shownName, LocalDate trainedOn, LocalDate checkedOn, String approvedBy,
                 Instant approvedAt, Instant revokedAt, long version) {
        public boolean assignable() {
            return TutorClearance.assignable(trainedOn, checkedOn, approvedAt, revokedAt);
        }
    }

    Optional<Tutor> tutor(UUID memberId);

    /** Every registered tutor, waiting, approved or withdrawn, by name. */
    List<Tutor> tutors();

    /** A tutor registers (once); staff approve later. */
    void registerTutor(UUID memberId, Instant now);

    /** Records (or renews) a registered tutor's approval; false if the version is stale. */
    boolean approveTutor(UUID memberId, LocalDate trainedOn, LocalDate checkedOn, String actor, Instant now,
                         long expectedVersion);

    /** Withdraws the approval and every assignment. */
    void revokeTutor(UUID memberId, Instant now);

    void assignTutor(UUID groupId, UUID memberId);

    void unassignTutor(UUID groupId, UUID memberId);

    /** The group's tutors who are cleared now, by name. */
    List<Tutor> groupTutors(UUID groupId);

    boolean isGroupTutor(UUID groupId, UUID memberId);

    /** Groups a tutor is assigned to. */
    List<Group> groupsOfTutor(UUID memberId);

    // ---- bookings
    record Booking(UUID id, UUID sessionId, UUID childId, String childName, int grade, BookingStatus status,
                   Integer seat, long arrival, Instant requestedAt, Boolean attended, String note, long version) {
    }

    /** A booking with its session, as the child's guardians see it; {@code waitPosition} 0 unless waiting. */
    record FamilyBooking(Booking booking, Session session, String agencyName, int waitPosition) {
    }

    /** Takes the session's row lock for the rest of the transaction. */
    void lockSession(UUID sessionId);

    /** The child's confirmed or waiting booking of the session. */
    Optional<Booking> activeBooking(UUID sessionId, UUID childId);

    Optional<Booking> booking(UUID bookingId);

    /** Seat numbers taken in the session. */
    Set<Integer> takenSeats(UUID sessionId);

    UUID addBooking(UUID sessionId, UUID childId, BookingStatus status, Integer seat, String actor, Instant now);

    /** Ends a booking (cancelled or late): it gives up its seat. */
    void cancelBooking(UUID bookingId, BookingStatus status, Instant now);

    /** Whether anyone waits for a seat in the session. */
    boolean anyWaiting(UUID sessionId);

    /** A waiting booking's place on its session's waitlist (1 = next); 0 when it is not waiting. */
    int waitPosition(UUID bookingId);

    /** Waiting bookings of a session, in arrival order. */
    List<Booking> waiting(UUID sessionId);

    /** Gives a waiting booking a seat. */
    void confirm(UUID bookingId, int seat, Instant now);

    /** The families with a child booked (confirmed or waiting) in the session. */
    Set<UUID> bookedFamilies(UUID sessionId);

    /** The session's bookings (confirmed, waiting and cancelled), seat holders first, then by arrival. */
    List<Booking> roster(UUID sessionId);

    /** Bookings of a family's children in sessions from {@code from}, soonest first. */
    List<FamilyBooking> familyBookings(UUID familyId, Instant from);

    /** Recent past bookings (learning notes included) of a family's children, newest first. */
    List<FamilyBooking> familyHistory(UUID familyId, Instant before, int limit);

    /** Records attendance; false if the booking is not confirmed. */
    boolean attended(UUID bookingId, boolean attended);

    /** Writes the learning note; false if the version is stale. */
    boolean note(UUID bookingId, String note, long expectedVersion);

    /** One past booked session of a child: when, which group, and whether the child missed it. */
    record Attendance(Instant startsAt, String groupTitle, boolean missed) {
    }

    /**
     * The child's past confirmed or late-cancelled bookings with a record, newest first: missed when
     * recorded absent or cancelled late; bookings whose attendance was not recorded are left out.
     */
    List<Attendance> attendanceNewestFirst(UUID childId, Instant before, int limit);

    /** Whether the child is booked (confirmed or waiting) in a session of a group the runner may see. */
    boolean bookedInGroupOf(UUID childId, UUID groupId);

    // ---- reminders
    /** A reminder to send: to one guardian (if they want reminders) of a confirmed booking. */
    record DueReminder(String account, boolean wanted, Instant startsAt) {
    }

    /**
     * Marks as reminded at most {@code limit} confirmed bookings of sessions that start after {@code now}
     * and within their group's lead time, and returns a reminder per guardian of each.
     */
    List<DueReminder> claimReminders(Instant now, int limit);

    // ---- calendar feeds
    void addFeed(UUID familyId, String tokenHash, Instant now);

    /** Revokes every live feed of the family. */
    void revokeFeeds(UUID familyId, Instant now);

    /** The family of a live feed. */
    Optional<UUID> feedFamily(String tokenHash);

    /** Whether the family has a live feed. */
    boolean hasFeed(UUID familyId);
}
