package jp.tomoni.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.InvalidInputException;

class ClosedMonthTest {
    static final LocalDate JUNE_2 = LocalDate.of(2026, 6, 2);
    static final Instant NOW = Instant.parse("2026-06-02T01:00:00Z");
    static final YearMonth MAY = YearMonth.of(2026, 5);

    static MonthlyFigures may(int consultations) {
        return new MonthlyFigures(MAY, Map.of(Figure.NEW_CONSULTATIONS, consultations, Figure.PLANS, 1));
    }

    static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void a_month_is_closed_as_version_one_with_its_figures_frozen() {
        ClosedMonth c = ClosedMonth.close("midorino", may(3), 128_000, 0, null, JUNE_2, "admin", NOW);
        assertEquals(1, c.reportVersion());
        assertEquals(may(3), c.figures());
        assertEquals(128_000, c.population());
    }

    @Test
    void a_correction_is_a_new_version_that_needs_its_reason_and_shows_the_difference() {
        ClosedMonth first = ClosedMonth.close("midorino", may(3), 128_000, 0, null, JUNE_2, "admin", NOW);
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> ClosedMonth.close("midorino", may(4), 128_000, 1, " ", JUNE_2, "admin", NOW));
        assertEquals(List.of("note:required"), fields(noReason));
        ClosedMonth second = ClosedMonth.close("midorino", may(4), 128_000, 1, "5月31日の受付の入力漏れ", JUNE_2, "admin", NOW);
        assertEquals(2, second.reportVersion());
        Map<Figure, int[]> diff = second.figures().differences(first.figures());
        assertEquals(List.of(Figure.NEW_CONSULTATIONS), List.copyOf(diff.keySet()));
        assertArrayEquals(new int[] {3, 4}, diff.get(Figure.NEW_CONSULTATIONS));
        assertEquals(3, first.figures().count(Figure.NEW_CONSULTATIONS), "version 1 stays as reported");
    }

    @Test
    void a_month_not_yet_over_cannot_be_closed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClosedMonth.close("midorino",
                new MonthlyFigures(YearMonth.of(2026, 6), Map.of()), 128_000, 0, null, JUNE_2, "admin", NOW));
        assertEquals(List.of("month:statistics.notOver"), fields(e));
    }

    @Test
    void stored_figures_read_back_and_unknown_names_count_nothing() {
        assertEquals(may(3), MonthlyFigures.fromStored(MAY, may(3).stored()));
        assertEquals(2, MonthlyFigures.fromStored(MAY, "PLANS=2;GONE=9").count(Figure.PLANS));
    }
}
