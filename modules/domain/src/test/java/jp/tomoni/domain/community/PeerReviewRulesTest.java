package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class PeerReviewRulesTest {
    static final Instant START = Instant.parse("2026-06-10T05:00:00Z");
    static final Instant DURING = START.plusSeconds(1800);
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final UUID OUTSIDER = UUID.randomUUID();

    static PeerReviewRules.Session mock() {
        return new PeerReviewRules.Session(GroupKind.MOCK_INTERVIEW, START, false, Set.of(A, B, C));
    }

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    static List<String> review(PeerReviewRules.Session s, UUID from, UUID to, Instant now) {
        return fields(PeerReviewRules.violations(s, from, to, false, false, now));
    }

    @Test
    void a_member_who_booked_a_started_mock_interview_may_review_each_other_member_who_booked_it() {
        assertEquals(List.of(), review(mock(), A, B, DURING));
        assertEquals(List.of(), review(mock(), A, C, DURING));
        assertEquals(List.of(), review(mock(), B, A, START.plusSeconds(86_400 * 7)));
    }

    @Test
    void the_session_counts_as_started_from_its_start_and_not_a_moment_before() {
        assertTrue(PeerReviewRules.started(mock(), START));
        assertEquals(List.of(), review(mock(), A, B, START));
        assertFalse(PeerReviewRules.started(mock(), START.minusMillis(1)));
        assertEquals(List.of("sessionId:community.notStarted"), review(mock(), A, B, START.minusMillis(1)));
    }

    @Test
    void only_a_mock_interview_asks_for_peer_feedback() {
        for (GroupKind kind : GroupKind.values()) {
            var s = new PeerReviewRules.Session(kind, START, false, Set.of(A, B));
            List<String> expected = kind == GroupKind.MOCK_INTERVIEW ? List.of() : List.of("sessionId:community.noPeerFeedback");
            assertEquals(expected, review(s, A, B, DURING), kind.name());
        }
    }

    @Test
    void a_cancelled_session_takes_no_feedback() {
        var s = new PeerReviewRules.Session(GroupKind.MOCK_INTERVIEW, START, true, Set.of(A, B));
        assertEquals(List.of("sessionId:community.cancelledSession"), review(s, A, B, DURING));
    }

    @Test
    void only_a_member_who_booked_the_session_may_review() {
        assertEquals(List.of("sessionId:community.reviewerNotBooked"), review(mock(), OUTSIDER, A, DURING));
        assertEquals(List.of("sessionId:community.reviewerNotBooked"), review(mock(), null, A, DURING));
    }

    @Test
    void the_session_is_judged_before_the_recipient() {
        assertEquals(List.of("sessionId:community.notStarted"), review(mock(), A, A, START.minusSeconds(60)));
        assertEquals(List.of("sessionId:community.reviewerNotBooked"), review(mock(), OUTSIDER, OUTSIDER, DURING));
    }

    @Test
    void nobody_reviews_themselves() {
        assertEquals(List.of("toMemberId:community.reviewSelf"), review(mock(), A, A, DURING));
    }

    @Test
    void the_recipient_must_have_booked_the_same_session() {
        assertEquals(List.of("toMemberId:community.notAPeer"), review(mock(), A, OUTSIDER, DURING));
        assertEquals(List.of("toMemberId:required"), review(mock(), A, null, DURING));
    }

    @Test
    void a_block_either_way_looks_like_someone_who_did_not_book() {
        assertEquals(List.of("toMemberId:community.notAPeer"),
                fields(PeerReviewRules.violations(mock(), A, B, true, false, DURING)));
    }

    @Test
    void each_member_reviews_each_other_member_once_per_session() {
        assertEquals(List.of("toMemberId:community.alreadyReviewed"),
                fields(PeerReviewRules.violations(mock(), A, B, false, true, DURING)));
    }

    @Test
    void still_to_review_leaves_out_oneself_outsiders_blocks_and_those_already_reviewed_in_the_given_order() {
        List<UUID> order = List.of(C, OUTSIDER, A, B);
        assertEquals(List.of(C, B), PeerReviewRules.stillToReview(mock(), order, A, Set.of(), Set.of(), DURING));
        assertEquals(List.of(C), PeerReviewRules.stillToReview(mock(), order, A, Set.of(B), Set.of(), DURING));
        assertEquals(List.of(B), PeerReviewRules.stillToReview(mock(), order, A, Set.of(), Set.of(C), DURING));
        assertEquals(List.of(), PeerReviewRules.stillToReview(mock(), order, A, Set.of(), Set.of(), START.minusSeconds(1)));
        assertEquals(List.of(), PeerReviewRules.stillToReview(mock(), order, OUTSIDER, Set.of(), Set.of(), DURING));
    }

    @Test
    void kind_start_and_now_are_required() {
        assertThrows(NullPointerException.class, () -> new PeerReviewRules.Session(null, START, false, Set.of()));
        assertThrows(NullPointerException.class, () -> new PeerReviewRules.Session(GroupKind.MOCK_INTERVIEW, null, false, Set.of()));
        assertThrows(NullPointerException.class, () -> PeerReviewRules.sessionViolations(mock(), A, null));
    }
}
