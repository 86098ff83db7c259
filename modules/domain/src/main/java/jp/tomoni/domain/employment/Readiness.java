package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** A readiness assessment for work and the Hello Work registration, as the worker writes them; all optional. */
public record Readiness(String strengths, String barriers, String preferredWork, String hours,
                        String accommodations, LocalDate helloWorkOn, String helloWorkOffice) {
    public Readiness {
        strengths = PersonRules.optional(strengths);
        barriers = PersonRules.optional(barriers);
        preferredWork = PersonRules.optional(preferredWork);
        hours = PersonRules.optional(hours);
        accommodations = PersonRules.optional(accommodations);
        helloWorkOffice = PersonRules.optional(helloWorkOffice);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkOptionalText(v, "strengths", strengths, 1000);
        PersonRules.checkOptionalText(v, "barriers", barriers, 1000);
        PersonRules.checkOptionalText(v, "preferredWork", preferredWork, 500);
        PersonRules.checkOptionalText(v, "hours", hours, 200);
        PersonRules.checkOptionalText(v, "accommodations", accommodations, 500);
        PersonRules.checkOptionalText(v, "helloWorkOffice", helloWorkOffice, 100);
        if (helloWorkOn == null && helloWorkOffice != null) {
            v.add(FieldViolation.of("helloWorkOn", "required"));
        }
        return v;
    }
}
