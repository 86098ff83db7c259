package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Who a service is for (対象となる方): free text as the municipality words it, plus structured parts a
 * search can filter on — an age range, residents of the municipality only, and conditions.
 */
public record Eligibility(String text, Integer minAge, Integer maxAge, boolean residentsOnly,
                          Set<EligibilityCondition> conditions) {
    public static final int TEXT_MAX = 1000;
    public static final int AGE_MAX = 130;
    public static final Eligibility ANYONE = new Eligibility(null, null, null, false, Set.of());

    public Eligibility {
        conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (text != null && text.length() > TEXT_MAX) {
            out.add(FieldViolation.of("eligibility.text", "tooLong", TEXT_MAX));
        }
        if (minAge != null && (minAge < 0 || minAge > AGE_MAX)) {
            out.add(FieldViolation.of("eligibility.minAge", "outOfRange", 0, AGE_MAX));
        }
        if (maxAge != null && (maxAge < 0 || maxAge > AGE_MAX)) {
            out.add(FieldViolation.of("eligibility.maxAge", "outOfRange", 0, AGE_MAX));
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            out.add(FieldViolation.of("eligibility.maxAge", "eligibility.ageOrder"));
        }
        return out;
    }

    /** Whether a person of this age may use the service, as far as age goes. */
    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }
}
