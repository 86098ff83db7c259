package jp.tomoni.rest.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.casework.ConsentDraft;
import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.casework.ConsentPurpose;
import jp.tomoni.domain.shared.FieldViolation;

/** A consent as JSON: agency aliases, purposes, date, method and who explained it. */
public record ConsentInput(List<String> agencies, List<String> purposes, String givenOn, String method,
                           String explainedBy) {
    ConsentDraft toDraft() {
        List<FieldViolation> v = new ArrayList<>();
        ConsentDraft draft = new ConsentDraft(agencies == null ? Set.of() : Set.copyOf(agencies),
                Inputs.choices(ConsentPurpose.class, purposes, "purposes", v), Inputs.date(givenOn, "givenOn", v),
                Inputs.choice(ConsentMethod.class, method, "method", v), explainedBy);
        Inputs.throwIfUnreadable(v, List.of());
        return draft;
    }
}
