package jp.tomoni.domain.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** One 支援経過記録 entry: when, how, with whom, what happened. */
public record NoteDraft(Instant occurredAt, NoteMeans means, String counterpart, String body) {
    public static final int BODY_MAX = 8000;

    public NoteDraft {
        counterpart = PersonRules.optional(counterpart);
        body = PersonRules.optional(body);
    }

    public List<FieldViolation> violations(Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        if (occurredAt == null) {
            v.add(FieldViolation.of("occurredAt", "required"));
        } else if (occurredAt.isAfter(now.plusSeconds(300))) {
            v.add(FieldViolation.of("occurredAt", "notInFuture"));
        }
        if (means == null) {
            v.add(FieldViolation.of("means", "required"));
        }
        PersonRules.checkOptionalText(v, "counterpart", counterpart, 100);
        PersonRules.checkText(v, "body", body, BODY_MAX);
        return v;
    }
}
