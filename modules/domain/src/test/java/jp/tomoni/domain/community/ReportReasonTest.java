package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportReasonTest {
    @Test
    void only_a_crisis_is_urgent() {
        assertTrue(ReportReason.CRISIS.urgent());
        assertEquals(List.of(ReportReason.CRISIS), Arrays.stream(ReportReason.values()).filter(ReportReason::urgent).toList());
    }
}
