package jp.tomoni.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

/** The small pieces of form wording: check boxes, dates or their blank places, amounts. */
final class FormText {

    static final String BLANK_DAY = "　　年　　月　　日";
    static final String BLANK_MONTH = "　　年　　月";

    private FormText() {
    }

    static String box(boolean ticked, String label) {
        return (ticked ? "☑" : "□") + label;
    }

    /** □有 □無, with the answer ticked; neither is ticked while unanswered. */
    static String yesNo(Boolean used) {
        return box(Boolean.TRUE.equals(used), "有") + "　" + box(Boolean.FALSE.equals(used), "無");
    }

    /** Each option as a check box, the matching one ticked; words matching no option follow in brackets. */
    static String choice(String chosen, List<String> options) {
        String boxes = options.stream().map(o -> box(o.equals(strip(chosen)), o)).collect(Collectors.joining(" "));
        boolean other = !strip(chosen).isEmpty() && !options.contains(strip(chosen));
        return other ? boxes + "（" + strip(chosen) + "）" : boxes;
    }

    static String day(LocalDate date) {
        return date == null ? BLANK_DAY : EraDates.format(date);
    }

    static String month(YearMonth month) {
        return month == null ? BLANK_MONTH : EraDates.format(month);
    }

    /** A period end as the form asks for it, whether given as a day or a month; blank places when missing. */
    static String periodEnd(Temporal t, boolean monthsOnly) {
        if (t instanceof LocalDate d) {
            return EraDates.format(d);
        }
        if (t instanceof YearMonth m) {
            return EraDates.format(m);
        }
        return monthsOnly ? BLANK_MONTH : BLANK_DAY;
    }

    static String yen(Integer amount) {
        return amount == null ? "　　　　　円/月" : String.format("%,d円/月", amount);
    }

    static String notes(String notes) {
        return "備考（" + (strip(notes).isEmpty() ? "　　　　" : strip(notes)) + "）";
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
