package jp.tomoni.domain.community;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * The peer-review form of a mock interview, strengths first: what went well is required, one thing
 * to try next time is optional, each at most {@value #MAX} characters.
 */
public record PeerFeedback(String strengths, String oneThingToTry) {
    public static final int MAX = 500;

    public PeerFeedback {
        strengths = PersonRules.optional(strengths);
        oneThingToTry = PersonRules.optional(oneThingToTry);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "strengths", strengths, MAX);
        PersonRules.checkOptionalText(v, "oneThingToTry", oneThingToTry, MAX);
        return v;
    }
}
