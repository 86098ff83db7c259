package jp.tomoni.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for a person's e-mail address and names, wherever a person is entered: a tenant
 * admin's invitation and a person's own registration check them alike.
 */
public final class PersonRules {
    public static final int NAME_MAX = 50;
    public static final int EMAIL_MAX = 254;
    // deliberately plain: one @, something on each side, a dot in the domain; the mail itself is the real check
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonRules() {
    }

    /** Trimmed and in lower case, so one person has one account whatever they typed. */
    public static String email(String raw) {
        return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static String name(String raw) {
        return raw == null ? null : raw.strip();
    }

    /** Adds {@code required} or {@code email} for an address (already normalised by {@link #email(String)}). */
    public static void checkEmail(List<FieldViolation> v, String field, String email) {
        if (email == null || email.isEmpty()) {
            v.add(FieldViolation.of(field, "required"));
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            v.add(FieldViolation.of(field, "email"));
        }
    }

    /** Adds {@code required} or {@code tooLong} for a family or given name. */
    public static void checkName(List<FieldViolation> v, String field, String name) {
        checkText(v, field, name, NAME_MAX);
    }

    /** A required text of at most {@code max} characters. */
    public static void checkText(List<FieldViolation> v, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            v.add(FieldViolation.of(field, "required"));
        } else if (value.codePointCount(0, value.length()) > max) {
            v.add(FieldViolation.of(field, "tooLong", max));
        }
    }

    /** An optional text of at most {@code max} characters. */
    public static void checkOptionalText(List<FieldViolation> v, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            v.add(FieldViolation.of(field, "tooLong", max));
        }
    }

    private static final java.util.regex.Pattern KANA = java.util.regex.Pattern.compile("[\\p{InHiragana}\\p{InKatakana}ー・\\s]*");

    /** Adds {@code kana} for a reading (ふりがな) that is not hiragana or katakana, or longer than a name. */
    public static void checkKana(List<FieldViolation> v, String field, String kana) {
        if (kana != null && (kana.length() > NAME_MAX || !KANA.matcher(kana).matches())) {
            v.add(FieldViolation.of(field, "kana"));
        }
    }

    /** Blank becomes null and the rest is trimmed, so an empty field is stored as absent. */
    public static String optional(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
