package jp.tomoni.domain.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * ■基本情報 of the intake form, "書ける範囲で": only the family name is required, because a person
 * in crisis may not give more at first; everything else is checked only when given.
 */
public record PersonDetails(String familyName, String givenName, String familyKana, String givenKana,
                            Sex sex, String sexText, LocalDate birthDate, String postalCode, String address,
                            String phoneHome, String phoneMobile, String email) {
    private static final Pattern POSTAL = Pattern.compile("\\d{3}-?\\d{4}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{6,20}");

    public PersonDetails {
        familyName = PersonRules.name(familyName);
        givenName = PersonRules.optional(givenName);
        familyKana = PersonRules.optional(familyKana);
        givenKana = PersonRules.optional(givenKana);
        sexText = sex == Sex.OTHER ? PersonRules.optional(sexText) : null;
        postalCode = PersonRules.optional(postalCode);
        address = PersonRules.optional(address);
        phoneHome = PersonRules.optional(phoneHome);
        phoneMobile = PersonRules.optional(phoneMobile);
        email = PersonRules.optional(PersonRules.email(email));
    }

    public List<FieldViolation> violations(LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkName(v, "familyName", familyName);
        PersonRules.checkOptionalText(v, "givenName", givenName, PersonRules.NAME_MAX);
        PersonRules.checkKana(v, "familyKana", familyKana);
        PersonRules.checkKana(v, "givenKana", givenKana);
        PersonRules.checkOptionalText(v, "sexText", sexText, 30);
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(LocalDate.of(1900, 1, 1)))) {
            v.add(FieldViolation.of("birthDate", "invalid"));
        }
        if (postalCode != null && !POSTAL.matcher(postalCode).matches()) {
            v.add(FieldViolation.of("postalCode", "invalid"));
        }
        PersonRules.checkOptionalText(v, "address", address, 300);
        checkPhone(v, "phoneHome", phoneHome);
        checkPhone(v, "phoneMobile", phoneMobile);
        if (email != null) {
            PersonRules.checkEmail(v, "email", email);
        }
        return v;
    }

    /** 氏名 as Japanese forms print it: family name first. */
    public String fullName() {
        return givenName == null ? familyName : familyName + " " + givenName;
    }

    private static void checkPhone(List<FieldViolation> v, String field, String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            v.add(FieldViolation.of(field, "invalid"));
        }
    }
}
