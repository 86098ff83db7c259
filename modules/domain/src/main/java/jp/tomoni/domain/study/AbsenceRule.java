package jp.tomoni.domain.study;

import java.util.List;

/**
 * Repeated absence: a child missed the last {@value #IN_A_ROW} sessions they were booked in
 * (recorded absent, or cancelled late). It surfaces to the family's worker only if a guardian
 * allowed that link; otherwise the NPO alone sees it.
 */
public final class AbsenceRule {
    public static final int IN_A_ROW = 2;

    private AbsenceRule() {
    }

    /** {@code missedNewestFirst}: for each past booked session with a record, newest first, whether the child missed it. */
    public static boolean repeated(List<Boolean> missedNewestFirst) {
        if (missedNewestFirst.size() < IN_A_ROW) {
            return false;
        }
        return missedNewestFirst.subList(0, IN_A_ROW).stream().allMatch(Boolean::booleanValue);
    }
}
