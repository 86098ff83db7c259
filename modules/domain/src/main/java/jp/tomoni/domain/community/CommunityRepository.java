package jp.tomoni.domain.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The community of the current tenant: members, groups, sessions, posts, reports, blocks and feedback. */
public interface CommunityRepository {
    void add(CommunityMember member);

    void add(CommunityGroup group);

    void add(CommunitySession session);

    void add(CommunityPost post);

    void add(CommunityReport report);

    Optional<CommunityMember> member(String account);

    /** Records whether the member's account holds a staff role now, without touching their version. */
    void staffNow(CommunityMember member, boolean staff);

    Optional<CommunityMember> member(UUID id);

    Optional<CommunityGroup> group(UUID id);

    Optional<CommunitySession> session(UUID id);

    Optional<CommunityPost> post(UUID id);

    Optional<CommunityReport> report(UUID id);

    /** Writes what is pending, so versions are current. */
    void flush();

    /** Groups in these states, the newest first, with their member count and next session after {@code now}. */
    List<GroupRow> groups(Set<GroupStatus> statuses, Instant now);

    /** Groups whose proposer is this member, in any state, the newest first. */
    List<GroupRow> proposedBy(UUID memberId, Instant now);

    /** A group as a list shows it. */
    record GroupRow(UUID id, GroupKind kind, String title, GroupStatus status, String decisionReason, int members,
                    Instant nextSession, long version) {
    }

    // ---- membership
    boolean isMember(UUID groupId, UUID memberId);

    /** Joins (again): a member who left comes back. */
    void join(UUID groupId, UUID memberId, Instant now);

    void leave(UUID groupId, UUID memberId, Instant now);

    /** The current members by the name they chose, except those {@code viewer} blocked. */
    List<MemberRow> members(UUID groupId, UUID viewer);

    /** The ids of the groups the member belongs to now. */
    Set<UUID> groupsOf(UUID memberId);

    record MemberRow(UUID memberId, String shownName, boolean facilitator) {
    }

    // ---- sessions and bookings
    /** The group's sessions from {@code from}, the earliest first, with seats taken and whether {@code viewer} booked. */
    List<SessionRow> sessions(UUID groupId, Instant from, UUID viewer);

    /** Upcoming sessions of open groups the member belongs to or booked, the earliest first. */
    List<SessionRow> upcomingFor(UUID memberId, Instant from, int limit);

    /** Upcoming sessions of all open groups, the earliest first. */
    List<SessionRow> upcoming(Instant from, int limit);

    record SessionRow(UUID id, UUID groupId, String groupTitle, GroupKind kind, Instant startsAt, int minutes, String place,
                      String onlineUrl, Integer capacity, int booked, boolean cancelled, boolean bookedByViewer) {
    }

    int booked(UUID sessionId);

    /** Holds the session's row until the transaction ends, so seats are counted one booking at a time. */
    void lockSession(UUID sessionId);

    boolean hasBooking(UUID sessionId, UUID memberId);

    void book(UUID sessionId, UUID memberId, Instant now);

    void cancelBooking(UUID sessionId, UUID memberId, Instant now);

    /** Who booked the session, with attendance as recorded (null: not yet). */
    List<BookingRow> bookings(UUID sessionId);

    record BookingRow(UUID memberId, String shownName, Boolean attended) {
    }

    /** Records attendance; false when the member had no booking. */
    boolean attended(UUID sessionId, UUID memberId, boolean attended);

    /** Sessions of the kind that took place (not cancelled) between the two dates, by their local date in Japan. */
    List<LocalDate> sessionDates(GroupKind kind, Instant from, Instant to);

    // ---- posts
    /**
     * The group's posts the viewer may see, the newest first: visible ones except those by members the
     * viewer blocked, and the viewer's own waiting ones; staff ({@code viewer} null) see every state.
     */
    List<PostRow> posts(UUID groupId, UUID viewer, int limit);

    /** Announcements shown in the groups the member belongs to, the newest first, except by members they blocked. */
    List<PostRow> announcements(UUID memberId, int limit);

    /** Posts waiting for approval or hidden by reports, the oldest first. */
    List<PostRow> postsForReview();

    record PostRow(UUID id, UUID groupId, String groupTitle, UUID authorId, String authorName, boolean announcement,
                   String body, PostStatus status, Instant createdAt) {
    }

    /** When the member wrote their posts since {@code since}. */
    List<Instant> postTimes(UUID authorId, Instant since);

    // ---- reports
    /** How many different members have a pending report on the target. */
    int pendingReporters(ReportTarget target, UUID targetId);

    boolean reported(ReportTarget target, UUID targetId, UUID reporterId);

    /** When the member filed reports since {@code since}. */
    List<Instant> reportTimes(UUID reporterId, Instant since);

    /** Pending reports, the urgent (crisis) first, then the oldest. */
    List<ReportRow> pendingReports();

    /** How many pending reports are urgent (crisis), for the staff home page. */
    int urgentPending();

    /** The other pending reports on the same target, decided together with one of them. */
    List<CommunityReport> pendingOn(ReportTarget target, UUID targetId);

    /** A pending report; {@code text} is the reported post's safe HTML (null for a profile). */
    record ReportRow(UUID id, ReportTarget target, UUID targetId, ReportReason reason, String note, String reporterName,
                     String targetAuthorName, String text, Instant createdAt) {
    }

    // ---- blocks
    void block(UUID blocker, UUID blocked, Instant now);

    void unblock(UUID blocker, UUID blocked);

    /** Whom the member blocked. */
    Set<UUID> blockedBy(UUID blocker);

    boolean blockedEitherWay(UUID a, UUID b);

    // ---- anonymous feedback
    /** Marks that the member answered about the topic; false when they already had. Unlinked to the answer. */
    boolean markFeedbackGiven(String topic, UUID memberId);

    /** An answer with no account and no time of day. */
    void addFeedback(String topic, Integer rating, String comment, LocalDate receivedOn);

    /** Every topic with answers, with how many. */
    List<TopicCount> feedbackTopics();

    record TopicCount(String topic, int responses, Double averageRating) {
    }

    /** The answers about the topic, in random order (never in the order they came). */
    List<FeedbackRow> feedback(String topic);

    record FeedbackRow(Integer rating, String comment) {
    }

    void addFeedbackResponse(String topic, String body, String by, Instant now);

    /** The agency's published answers, the newest first. */
    List<ResponseRow> feedbackResponses(int limit);

    record ResponseRow(String topic, String body, Instant publishedAt) {
    }
}
