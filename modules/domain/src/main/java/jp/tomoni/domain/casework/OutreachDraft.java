package jp.tomoni.domain.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** 把握・アウトリーチ: who was found, where and how, by whom, and what is to follow. */
public record OutreachDraft(LocalDate foundOn, OutreachRoute route, String place, String foundBy, String person,
                            String summary, String followUp) {
    public OutreachDraft {
        place = PersonRules.optional(place);
        foundBy = PersonRules.optional(foundBy);
        person = PersonRules.optional(person);
        summary = PersonRules.optional(summary);
        followUp = PersonRules.optional(followUp);
    }

    public List<FieldViolation> violations(LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (foundOn == null) {
            v.add(FieldViolation.of("foundOn", "required"));
        } else if (foundOn.isAfter(today)) {
            v.add(FieldViolation.of("foundOn", "notInFuture"));
        }
        if (route == null) {
            v.add(FieldViolation.of("route", "required"));
        }
        PersonRules.checkText(v, "place", place, 200);
        PersonRules.checkText(v, "foundBy", foundBy, 100);
        PersonRules.checkText(v, "person", person, 100);
        PersonRules.checkOptionalText(v, "summary", summary, IntakeDraft.TEXT_MAX);
        PersonRules.checkOptionalText(v, "followUp", followUp, IntakeDraft.TEXT_MAX);
        return v;
    }
}
