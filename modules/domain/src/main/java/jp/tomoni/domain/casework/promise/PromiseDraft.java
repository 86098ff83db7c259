package jp.tomoni.domain.casework.promise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** A promise as a worker writes it down: what, who keeps it, by when. */
public record PromiseDraft(PromiseKind kind, String description, String owner, Instant dueAt) {
    public PromiseDraft {
        description = PersonRules.optional(description);
        owner = PersonRules.optional(owner);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(FieldViolation.of("kind", "required"));
        }
        PersonRules.checkText(v, "description", description, 500);
        PersonRules.checkText(v, "owner", owner, 100);
        if (dueAt == null) {
            v.add(FieldViolation.of("dueAt", "required"));
        }
        return v;
    }
}
