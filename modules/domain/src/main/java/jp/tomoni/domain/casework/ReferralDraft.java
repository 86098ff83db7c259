package jp.tomoni.domain.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** A referral (つなぎ) to another window, with the date by which its answer is expected. */
public record ReferralDraft(ReferralDestination destination, String destinationName, String reason, LocalDate sentOn,
                            LocalDate dueOn) {
    public ReferralDraft {
        destinationName = PersonRules.optional(destinationName);
        reason = PersonRules.optional(reason);
    }

    public List<FieldViolation> violations(LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (destination == null) {
            v.add(FieldViolation.of("destination", "required"));
        } else if (destination == ReferralDestination.OTHER) {
            PersonRules.checkText(v, "destinationName", destinationName, 100);
        } else {
            PersonRules.checkOptionalText(v, "destinationName", destinationName, 100);
        }
        PersonRules.checkOptionalText(v, "reason", reason, IntakeDraft.TEXT_MAX);
        if (sentOn == null) {
            v.add(FieldViolation.of("sentOn", "required"));
        } else if (sentOn.isAfter(today)) {
            v.add(FieldViolation.of("sentOn", "notInFuture"));
        }
        if (dueOn == null) {
            v.add(FieldViolation.of("dueOn", "required"));
        } else if (sentOn != null && dueOn.isBefore(sentOn)) {
            v.add(FieldViolation.of("dueOn", "referral.dueBeforeSent"));
        }
        return v;
    }
}
