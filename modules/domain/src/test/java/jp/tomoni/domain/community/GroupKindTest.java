package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class GroupKindTest {
    static List<GroupKind> where(java.util.function.Predicate<GroupKind> p) {
        return Arrays.stream(GroupKind.values()).filter(p).toList();
    }

    @Test
    void a_peer_may_propose_only_a_peer_support_group_or_a_working_exchange() {
        assertEquals(List.of(GroupKind.PEER_SUPPORT, GroupKind.WORKING_EXCHANGE), where(GroupKind::proposableByPeer));
    }

    @Test
    void every_kind_but_a_place_to_belong_meets_in_sessions() {
        assertEquals(List.of(GroupKind.PLACE_TO_BELONG), where(k -> !k.hasSessions()));
    }

    @Test
    void only_a_mock_interview_asks_for_peer_feedback() {
        assertEquals(List.of(GroupKind.MOCK_INTERVIEW), where(GroupKind::peerFeedback));
    }
}
