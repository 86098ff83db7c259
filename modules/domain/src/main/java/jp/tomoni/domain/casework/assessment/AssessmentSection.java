package jp.tomoni.domain.casework.assessment;

import java.util.List;

/** A life area of the sheet (住まい, 健康・障害 …) with its items in the form's order. */
public record AssessmentSection(String key, String labelJa, String labelEn, List<AssessmentItem> items) {

    public AssessmentSection {
        items = List.copyOf(items);
    }
}
