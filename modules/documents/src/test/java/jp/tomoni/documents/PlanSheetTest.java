package jp.tomoni.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jp.tomoni.documents.PlanSheet.StatutoryService;
import org.junit.jupiter.api.Test;

class PlanSheetTest {

    @Test
    void the_form_has_room_for_three_meeting_dates_only() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        PlanSheet.Builder sheet = Plans.typical().meetingDates(day, day.plusDays(7), day.plusDays(14), day.plusDays(21));
        assertThrows(IllegalArgumentException.class, sheet::build);
    }

    @Test
    void a_period_is_given_in_days_or_months_only() {
        assertThrows(IllegalArgumentException.class,
                () -> new StatutoryService(true, LocalDateTime.of(2026, 12, 1, 9, 0), null, null, null, null, null));
    }

    @Test
    void an_empty_sheet_has_blank_parts_instead_of_nulls() {
        PlanSheet blank = Plans.blank();
        assertTrue(blank.actions().isEmpty());
        assertTrue(blank.meetingDates().isEmpty());
        assertEquals(StatutoryService.BLANK, blank.services().housingBenefit());
        assertEquals(PlanSheet.Consent.BLANK, blank.consent());
    }
}
