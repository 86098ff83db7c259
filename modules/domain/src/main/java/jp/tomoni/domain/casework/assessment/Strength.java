package jp.tomoni.domain.casework.assessment;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** One of the person's strengths, in their own words where possible: assessment starts from what works. */
public record Strength(StrengthKind kind, String text) {
    public static final int TEXT_MAX = 500;

    /** Trims the text. */
    public Strength {
        text = text == null ? null : text.strip();
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (kind == null) {
            out.add(FieldViolation.of("kind", "required"));
        }
        PersonRules.checkText(out, "text", text, TEXT_MAX);
        return out;
    }
}
