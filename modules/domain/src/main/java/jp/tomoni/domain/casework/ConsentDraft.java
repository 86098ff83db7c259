package jp.tomoni.domain.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** A consent as recorded by the worker who explained it: to which agencies, for what, when and how. */
public record ConsentDraft(Set<String> agencies, Set<ConsentPurpose> purposes, LocalDate givenOn,
                          ConsentMethod method, String explainedBy) {
    public ConsentDraft {
        agencies = agencies == null ? Set.of() : Set.copyOf(new TreeSet<>(agencies));
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        explainedBy = PersonRules.optional(explainedBy);
    }

    /** @param knownAgencies the aliases of the tenant's partner agencies */
    public List<FieldViolation> violations(LocalDate today, Set<String> knownAgencies) {
        List<FieldViolation> v = new ArrayList<>();
        if (purposes.isEmpty()) {
            v.add(FieldViolation.of("purposes", "required"));
        }
        if (purposes.contains(ConsentPurpose.INFORMATION_SHARING) && agencies.isEmpty()) {
            v.add(FieldViolation.of("agencies", "consent.agenciesForSharing"));
        }
        for (String a : agencies) {
            if (!knownAgencies.contains(a)) {
                v.add(FieldViolation.of("agencies", "consent.unknownAgency", a));
            }
        }
        if (givenOn == null) {
            v.add(FieldViolation.of("givenOn", "required"));
        } else if (givenOn.isAfter(today)) {
            v.add(FieldViolation.of("givenOn", "notInFuture"));
        }
        if (method == null) {
            v.add(FieldViolation.of("method", "required"));
        }
        PersonRules.checkText(v, "explainedBy", explainedBy, 100);
        return v;
    }
}
