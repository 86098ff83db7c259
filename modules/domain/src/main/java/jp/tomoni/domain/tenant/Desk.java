package jp.tomoni.domain.tenant;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * The consultation desk a person may call any time (E-3: 「いつでも連絡してよい」), printed on the
 * letters sent after public assistance ends. Written in {@code tenant.yaml} under {@code desk:}.
 */
public record Desk(String name, String phone, String hours) {
    public Desk {
        name = PersonRules.optional(name);
        phone = PersonRules.optional(phone);
        hours = PersonRules.optional(hours);
    }

    public boolean isEmpty() {
        return name == null && phone == null && hours == null;
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (isEmpty()) {
            return v;
        }
        PersonRules.checkText(v, "desk.name", name, 100);
        PersonRules.checkText(v, "desk.phone", phone, 20);
        PersonRules.checkOptionalText(v, "desk.hours", hours, 100);
        return v;
    }
}
