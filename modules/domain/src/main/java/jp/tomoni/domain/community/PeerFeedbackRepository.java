package jp.tomoni.domain.community;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The structured peer feedback of mock interviews ({@link PeerFeedback}, {@link PeerReviewRules}) in the
 * current tenant. What a recipient reads never names, nor leads to, who wrote it: no giver, no time of
 * writing, and an order that does not follow the writing.
 */
public interface PeerFeedbackRepository {
    /**
     * Stores one member's feedback to another about a session; false (and nothing stored) when the giver
     * had already written to the recipient about it.
     */
    boolean add(UUID id, UUID sessionId, UUID fromMember, UUID toMember, PeerFeedback feedback, Instant now);

    /** Whom the member has written to about the session. */
    Set<UUID> reviewedBy(UUID sessionId, UUID fromMember);

    /** What the member received about the session, except from anyone blocked either way. */
    List<ReceivedRow> received(UUID sessionId, UUID toMember);

    /** What the member received about the group's sessions, the latest session first, except from anyone blocked either way. */
    List<ReceivedRow> receivedInGroup(UUID groupId, UUID toMember);

    /** Feedback as its recipient reads it: which session, the strengths first, then one thing to try (may be null). */
    record ReceivedRow(UUID id, UUID sessionId, Instant sessionStartsAt, String strengths, String oneThingToTry) {
    }

    /** Every feedback about the session with the names of both, the oldest first: for staff and the group's runners. */
    List<FeedbackRow> ofSession(UUID sessionId);

    record FeedbackRow(UUID id, UUID sessionId, UUID fromMemberId, String fromName, UUID toMemberId, String toName,
                       String strengths, String oneThingToTry, Instant createdAt) {
    }

    /**
     * The group's sessions, not cancelled, that started at or before {@code now} and that the member
     * booked (a booking not cancelled), the latest first.
     */
    List<StartedSession> startedSessionsBookedBy(UUID groupId, UUID memberId, Instant now, int limit);

    record StartedSession(UUID id, Instant startsAt, int minutes) {
    }
}
