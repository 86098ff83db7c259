package jp.tomoni.domain.shared;

/**
 * One field at fault. {@code code} is a stable message key (e.g. {@code required}); the
 * interfaces translate it, so the rule never carries UI text.
 */
public record FieldViolation(String field, String code, Object... args) {
    public static FieldViolation of(String field, String code, Object... args) {
        return new FieldViolation(field, code, args);
    }
}
