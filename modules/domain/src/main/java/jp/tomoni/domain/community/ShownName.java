package jp.tomoni.domain.community;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * The name others see in the community, a nickname if the member likes: required, at most {@value #MAX}
 * characters, and never contact details, which the community does not expose — no {@code @}, no web
 * address, no run of 8 or more digits (full-width too, hyphens and spaces between them ignored).
 */
public final class ShownName {
    public static final int MAX = 20;
    /** This many digits in a row, hyphens and spaces between them ignored, read as a phone or other number. */
    static final int DIGIT_RUN = 8;

    private ShownName() {
    }

    /** Trimmed, and blank becomes null, as for any optional text ({@link PersonRules#optional}). */
    public static String normalise(String raw) {
        return PersonRules.optional(raw);
    }

    /** {@code required}, {@code tooLong} or {@code contactDetails} at {@code shownName}. */
    public static List<FieldViolation> violations(String shownName) {
        List<FieldViolation> v = new ArrayList<>();
        String name = normalise(shownName);
        PersonRules.checkText(v, "shownName", name, MAX);
        if (name != null && looksLikeContactDetails(name)) {
            v.add(FieldViolation.of("shownName", "contactDetails"));
        }
        return v;
    }

    private static boolean looksLikeContactDetails(String name) {
        // NFKC reads full-width ＠, ｗｗｗ．, ｈｔｔｐ and ０-９ as their ASCII forms
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (s.indexOf('@') >= 0 || s.contains("http") || s.contains("www.")) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                if (++digits >= DIGIT_RUN) {
                    return true;
                }
            } else if (!isSeparator(c)) {
                digits = 0;
            }
        }
        return false;
    }

    /** Hyphens, dashes and the long vowel mark people type between digit groups, and spaces. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == 'ー' || c == '‐' || c == '‑' || c == '−' || c == '―' || c == '–' || c == '—';
    }
}
