package jp.tomoni.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ImprovementFiguresTest {
    static final UUID A = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID B = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID C = UUID.fromString("00000000-0000-4000-8000-000000000003");
    static final YearMonth MAY = YearMonth.of(2026, 5);

    static ImprovementFigures.Evaluated ev(UUID p, String on, String... codes) {
        return new ImprovementFigures.Evaluated(p, LocalDate.parse(on), Set.of(codes));
    }

    @Test
    void the_share_counts_people_evaluated_in_the_month_with_any_improvement_on_the_checklist() {
        ImprovementFigures may = ImprovementFigures.of(List.of(
                ev(A, "2026-05-10", "budgetImproved", "incomeIncreased"),
                ev(A, "2026-05-28", "debtReduced"),             // A twice: once, with all three items
                ev(B, "2026-05-15"),                            // evaluated, nothing improved
                ev(C, "2026-05-20", "somethingElse"),           // not on the checklist: no improvement
                ev(C, "2026-04-30", "housingSecured")), MAY);   // April: not this month
        assertEquals(3, may.evaluated());
        assertEquals(1, may.improved());
        assertEquals(new BigDecimal("33.3"), may.share());
        assertEquals(1, may.count(Improvement.BUDGET));
        assertEquals(1, may.count(Improvement.DEBT));
        assertEquals(1, may.count(Improvement.INCOME));
        assertEquals(0, may.count(Improvement.HOUSING));
    }

    @Test
    void nobody_evaluated_has_no_share() {
        ImprovementFigures none = ImprovementFigures.of(List.of(), MAY);
        assertEquals(0, none.evaluated());
        assertNull(none.share());
    }

    @Test
    void every_code_of_the_demo_evaluations_is_on_the_checklist() {
        for (String code : List.of("budgetImproved", "debtReduced", "mentalStability", "employmentStarted",
                "incomeIncreased", "motivationImproved", "housingSecured")) {
            assertEquals(code, Improvement.ofCode(code).orElseThrow().code());
        }
    }
}
