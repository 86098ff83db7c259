package jp.tomoni.domain.community;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * Anonymous feedback about an item (a group, a session, a course) is shown to staff only once at least
 * {@value #MIN_RESPONSES} responses exist, so that no single answer can be traced to its author (seed 003).
 */
public final class FeedbackAnonymity {
    public static final int MIN_RESPONSES = 5;
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int COMMENT_MAX = 1000;

    private FeedbackAnonymity() {
    }

    /** Whether staff may see the feedback collected about an item: from {@value #MIN_RESPONSES} responses on. */
    public static boolean resultsShown(int responses) {
        if (responses < 0) {
            throw new IllegalArgumentException("responses must not be negative: " + responses);
        }
        return responses >= MIN_RESPONSES;
    }

    /**
     * One response: a rating of {@value #RATING_MIN}..{@value #RATING_MAX} and a comment of at most
     * {@value #COMMENT_MAX} characters, each optional, but not both missing (reported at {@code comment}).
     */
    public static List<FieldViolation> violations(Integer rating, String comment) {
        List<FieldViolation> v = new ArrayList<>();
        String c = PersonRules.optional(comment);
        if (rating != null && (rating < RATING_MIN || rating > RATING_MAX)) {
            v.add(FieldViolation.of("rating", "outOfRange", RATING_MIN, RATING_MAX));
        }
        if (rating == null && c == null) {
            v.add(FieldViolation.of("comment", "required"));
        }
        PersonRules.checkOptionalText(v, "comment", c, COMMENT_MAX);
        return v;
    }
}
