package jp.tomoni.domain.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mentors, tutors, their matches and sessions, and 1:1 messages, in the current tenant. */
public interface MentoringRepository {
    void add(CommunityHelper helper);

    void add(CommunityMatch match);

    Optional<CommunityHelper> helper(UUID id);

    Optional<CommunityHelper> helperOf(UUID memberId, HelperKind kind);

    Optional<CommunityMatch> match(UUID id);

    void flush();

    /**
     * Helpers of a kind in these states whose topics, area, experience or words about themselves
     * contain every word of {@code words} (none: all), with their open matches; the fewest matches first.
     */
    List<HelperRow> helpers(HelperKind kind, List<HelperStatus> statuses, List<String> words);

    record HelperRow(UUID id, UUID memberId, String shownName, HelperKind kind, String topics, String area,
                     String experience, String about, HelperStatus status, LocalDate trainingCompletedOn,
                     LocalDate lastSupervisionOn, int openMatches, long version) {
    }

    /** The member's matches, as helper or as seeker, the newest first. */
    List<MatchRow> matchesOf(UUID memberId);

    /** Matches the helper accepted, waiting for staff, the oldest first. */
    List<MatchRow> matchesWaitingForStaff();

    record MatchRow(UUID id, HelperKind kind, UUID helperId, UUID helperMemberId, String helperName, UUID seekerId,
                    String seekerName, String request, MatchStatus status, String reason, Instant createdAt, long version) {
    }

    /** Whether the seeker already has an open match with the helper. */
    boolean openMatch(UUID helperId, UUID seekerId);

    /** The tie between two members: an active mentoring or tutoring match either way round, or none. */
    Messaging.Tie tie(UUID a, UUID b);

    void addSession(UUID matchId, LocalDate heldOn, int minutes, String note, UUID recordedBy, Instant now);

    List<SessionRow> sessions(UUID matchId);

    record SessionRow(LocalDate heldOn, int minutes, String note, String recordedByName) {
    }

    // ---- messages
    void addMessage(UUID id, UUID sender, UUID recipient, String safeHtml, Instant now);

    /** The two members' messages the viewer may see, the oldest first (the last {@code limit}). */
    List<MessageRow> conversation(UUID viewer, UUID other, int limit);

    record MessageRow(UUID id, UUID senderId, String senderName, UUID recipientId, String body, String status,
                      Instant createdAt, Instant readAt) {
    }

    Optional<MessageRow> message(UUID id);

    /** Whether {@code sender} has a message to {@code recipient} not yet read (then no new mail is sent). */
    boolean hasUnread(UUID recipient, UUID sender);

    /** Marks what {@code other} sent to {@code viewer} as read. */
    void markRead(UUID viewer, UUID other, Instant now);

    /** The viewer's conversations, the latest first, except with members the viewer blocked. */
    List<ConversationRow> conversations(UUID viewer);

    record ConversationRow(UUID otherId, String otherName, boolean otherStaff, Instant lastAt, int unread) {
    }

    /** When the member sent messages since {@code since}. */
    List<Instant> messageTimes(UUID sender, Instant since);

    /** Staff removed a message (a report upheld). */
    void removeMessage(UUID id);
}
