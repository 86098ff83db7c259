package jp.tomoni.domain.casework.assessment;

/** One choice of an item; {@code key} is what is stored, so it never changes within a form version. */
public record Option(String key, String labelJa, String labelEn) {
}
