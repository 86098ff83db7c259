package jp.tomoni.domain.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one bridge between the community and casework, in the current tenant: a member's sharing code,
 * the link from a member to the case they handed the code for, and what of their participation a
 * caseworker may see while the member allows it. Never message contents, never posts. The member's
 * side reads nothing of the case.
 */
public interface ParticipationRepository {
    /** The audited action of a caseworker's attempt to link a member to a case (the rate limit counts them). */
    String LINK_ACTION = "community.link";

    // ---- sharing codes (only their SHA-256 is kept)

    /** The member's code from now on; a code they had before no longer works. */
    void putCode(UUID memberId, String codeHash, Instant expiresAt);

    /**
     * Takes the code: the member it belongs to when it has not expired at {@code now}, and it is gone
     * from then on (a code is used once). Empty for an unknown, used or expired code.
     */
    Optional<UUID> takeCode(String codeHash, Instant now);

    /** Removes the member's code, if any. */
    void removeCode(UUID memberId);

    /** Forgets codes that expired before {@code now}. */
    void removeExpiredCodes(Instant now);

    // ---- links

    /** Links the member to the case; a link the member had to another case is replaced. */
    void link(UUID memberId, UUID caseId, String linkedBy, Instant now);

    /** The case the member is linked to. For casework only: the member's side never shows it. */
    Optional<UUID> linkedCase(UUID memberId);

    /** Removes the member's link; false when there was none. */
    boolean unlink(UUID memberId);

    /** The members linked to the case, the earliest link first, with whether each allows sharing now. */
    List<LinkRow> linksOf(UUID caseId);

    record LinkRow(UUID memberId, String shownName, boolean shareWithCaseworker, Instant linkedAt, String linkedBy) {
    }

    // ---- what a caseworker sees while the member allows it

    /** The approved groups the member belongs to now, by title. */
    List<JoinedGroup> groupsOf(UUID memberId);

    record JoinedGroup(String title, GroupKind kind) {
    }

    /**
     * The sessions the member booked (and did not cancel) starting from {@code from}, including those
     * ahead, the latest first; {@code attended} as recorded, null when not recorded.
     */
    List<BookedSession> sessionsOf(UUID memberId, Instant from);

    record BookedSession(String groupTitle, GroupKind kind, Instant startsAt, int minutes, boolean cancelled,
                         Boolean attended) {
    }

    /** The member's active mentoring or tutoring matches: the kind, which side they are on and since when. */
    List<ActiveMatch> activeMatchesOf(UUID memberId);

    /** {@code helper}: the member is the mentor or tutor; otherwise the mentee or learner. */
    record ActiveMatch(HelperKind kind, boolean helper, Instant since) {
    }

    // ---- rate limit

    /**
     * When {@code actor} tried to link a member to a case since {@code since}: every attempt that
     * reached a case, whether it linked or was refused (a refused attempt is kept in the audit trail
     * even though its transaction is rolled back).
     */
    List<Instant> linkAttempts(String actor, Instant since);
}
