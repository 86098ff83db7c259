package jp.tomoni.domain.casework.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * One version of the インテーク・アセスメントシート (e.g. {@code H27}), in force from {@code validFrom}.
 * Records keep the id of the version they were made under, so old answers stay readable.
 */
public record AssessmentForm(String id, LocalDate validFrom, String nameJa, String nameEn,
        List<AssessmentSection> sections) {

    public AssessmentForm {
        sections = List.copyOf(sections);
    }

    /** Every item in the form's order. */
    public List<AssessmentItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<AssessmentItem> item(String key) {
        return items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The ※ items: to be answered before a plan is made. */
    public List<AssessmentItem> mandatoryItems() {
        return items().stream().filter(AssessmentItem::mandatory).toList();
    }

    /** Faults of a set of answers keyed by item key: each answer's own, and {@code unknownItem} for keys not on this form. */
    public List<FieldViolation> check(Map<String, String> answers) {
        List<FieldViolation> out = new ArrayList<>();
        for (AssessmentItem item : items()) {
            out.addAll(item.check(answers.get(item.key())));
        }
        answers.keySet().stream().filter(k -> item(k).isEmpty()).sorted()
                .forEach(k -> out.add(FieldViolation.of(k, "unknownItem")));
        return out;
    }
}
