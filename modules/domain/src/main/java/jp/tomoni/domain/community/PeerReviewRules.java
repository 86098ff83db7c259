package jp.tomoni.domain.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Who may review whom in a mock interview ({@link GroupKind#peerFeedback()}): once the session has
 * started (and unless it was cancelled), a member who booked it may write {@link PeerFeedback} to each
 * other member who booked it, once per session and recipient; never to themselves and never across a
 * block, whichever of the two blocked the other. A recipient who cannot be reviewed for a block looks
 * exactly like one who did not book ({@code community.notAPeer}), so a silent block stays silent.
 */
public final class PeerReviewRules {

    private PeerReviewRules() {
    }

    /**
     * What is known of one session: its group's kind, when it starts, whether it was cancelled, and the
     * members whose booking of it stands (not cancelled).
     */
    public record Session(GroupKind kind, Instant startsAt, boolean cancelled, Set<UUID> booked) {
        public Session {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(startsAt, "startsAt");
            booked = Set.copyOf(booked);
        }
    }

    /** Whether the session has started at {@code now} (its start counts as started). */
    public static boolean started(Session s, Instant now) {
        return !now.isBefore(s.startsAt());
    }

    /**
     * Whether {@code reviewer} may write about this session at all: {@code community.noPeerFeedback}
     * (not a mock interview), {@code community.cancelledSession}, {@code community.notStarted} or
     * {@code community.reviewerNotBooked}, each at {@code sessionId}.
     */
    public static List<FieldViolation> sessionViolations(Session s, UUID reviewer, Instant now) {
        Objects.requireNonNull(now, "now");
        List<FieldViolation> v = new ArrayList<>();
        if (!s.kind().peerFeedback()) {
            v.add(FieldViolation.of("sessionId", "community.noPeerFeedback"));
        } else if (s.cancelled()) {
            v.add(FieldViolation.of("sessionId", "community.cancelledSession"));
        } else if (!started(s, now)) {
            v.add(FieldViolation.of("sessionId", "community.notStarted"));
        } else if (reviewer == null || !s.booked().contains(reviewer)) {
            v.add(FieldViolation.of("sessionId", "community.reviewerNotBooked"));
        }
        return v;
    }

    /**
     * Whether {@code reviewer} may review {@code reviewee} in the session: the session's faults
     * ({@link #sessionViolations}) first; then, at {@code toMemberId}, {@code required},
     * {@code community.reviewSelf}, {@code community.notAPeer} (did not book, or a block either way)
     * or {@code community.alreadyReviewed}.
     */
    public static List<FieldViolation> violations(Session s, UUID reviewer, UUID reviewee, boolean blockedEitherWay,
                                                  boolean alreadyReviewed, Instant now) {
        List<FieldViolation> v = sessionViolations(s, reviewer, now);
        if (!v.isEmpty()) {
            return v;
        }
        if (reviewee == null) {
            v.add(FieldViolation.of("toMemberId", "required"));
        } else if (reviewee.equals(reviewer)) {
            v.add(FieldViolation.of("toMemberId", "community.reviewSelf"));
        } else if (!s.booked().contains(reviewee) || blockedEitherWay) {
            v.add(FieldViolation.of("toMemberId", "community.notAPeer"));
        } else if (alreadyReviewed) {
            v.add(FieldViolation.of("toMemberId", "community.alreadyReviewed"));
        }
        return v;
    }

    /**
     * Of {@code candidates}, in their order, those {@code reviewer} may still review: who booked, but not
     * the reviewer, nobody blocked either way and nobody already reviewed; none while the session does
     * not let the reviewer write ({@link #sessionViolations}).
     */
    public static List<UUID> stillToReview(Session s, List<UUID> candidates, UUID reviewer, Set<UUID> blockedEitherWay,
                                           Set<UUID> alreadyReviewed, Instant now) {
        if (!sessionViolations(s, reviewer, now).isEmpty()) {
            return List.of();
        }
        return candidates.stream()
                .filter(m -> violations(s, reviewer, m, blockedEitherWay.contains(m), alreadyReviewed.contains(m), now).isEmpty())
                .toList();
    }
}
