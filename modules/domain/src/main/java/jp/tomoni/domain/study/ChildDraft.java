package jp.tomoni.domain.study;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** A child as a guardian enters them: name, reading (ふりがな), school (optional) and grade. */
public record ChildDraft(String name, String furigana, String school, Integer grade) {
    public static final int NAME_MAX = 40;
    public static final int SCHOOL_MAX = 60;

    public ChildDraft {
        name = PersonRules.optional(name);
        furigana = PersonRules.optional(furigana);
        school = PersonRules.optional(school);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "name", name, NAME_MAX);
        if (furigana == null) {
            v.add(FieldViolation.of("furigana", "required"));
        }
        PersonRules.checkKana(v, "furigana", furigana);
        PersonRules.checkOptionalText(v, "school", school, SCHOOL_MAX);
        if (grade == null) {
            v.add(FieldViolation.of("grade", "required"));
        } else if (!Grade.valid(grade)) {
            v.add(FieldViolation.of("grade", "outOfRange", Grade.MIN, Grade.MAX));
        }
        return v;
    }
}
