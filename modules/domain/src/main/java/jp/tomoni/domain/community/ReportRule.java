package jp.tomoni.domain.community;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * Members keep the community safe by reporting: a post, a message or a profile is hidden at once when
 * {@value #AUTO_HIDE_AT} different members' reports about it are waiting for staff review, before any
 * staff member has looked at it; staff then restore it or take it down.
 */
public final class ReportRule {
    /** Distinct members with a pending report that hide the reported content until staff review it. */
    public static final int AUTO_HIDE_AT = 2;
    public static final int NOTE_MAX = 500;

    private ReportRule() {
    }

    /**
     * Whether the content is hidden pending review: once {@value #AUTO_HIDE_AT} different members'
     * reports are pending. One member reporting twice counts once, so the caller counts reporters.
     */
    public static boolean hiddenPendingReview(int distinctPendingReporters) {
        if (distinctPendingReporters < 0) {
            throw new IllegalArgumentException("distinctPendingReporters must not be negative: " + distinctPendingReporters);
        }
        return distinctPendingReporters >= AUTO_HIDE_AT;
    }

    /**
     * A report needs a reason; the note is optional up to {@value #NOTE_MAX} characters, but required
     * when the reason is {@link ReportReason#OTHER}, so staff know what the reporter saw.
     */
    public static List<FieldViolation> violations(ReportReason reason, String note) {
        List<FieldViolation> v = new ArrayList<>();
        String n = PersonRules.optional(note);
        if (reason == null) {
            v.add(FieldViolation.of("reason", "required"));
        }
        if (reason == ReportReason.OTHER) {
            PersonRules.checkText(v, "note", n, NOTE_MAX);
        } else {
            PersonRules.checkOptionalText(v, "note", n, NOTE_MAX);
        }
        return v;
    }
}
