package jp.tomoni.domain.registration;

import java.text.Normalizer;

/**
 * 法人番号: thirteen digits, the FIRST being a check digit over the twelve that follow. With
 * P<sub>n</sub> the n-th digit of those twelve counted from the right, and Q<sub>n</sub> = 1 for
 * odd n and 2 for even n, the check digit is 9 − (Σ P<sub>n</sub>·Q<sub>n</sub> mod 9).
 * The 国税庁's own number is 7000012050002.
 */
public final class CorporateNumber {
    public static final int LENGTH = 13;

    private CorporateNumber() {
    }

    /**
     * What people type, as the thirteen plain digits: full-width digits become ASCII (NFKC), and
     * spaces and hyphens (as in 7000-01-2050002) are dropped. Null or blank stays null.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐‑‒–—―ー−]", "");
        return s.isEmpty() ? null : s;
    }

    /** Whether the text (already normalised) is thirteen digits. */
    public static boolean hasThirteenDigits(String candidate) {
        return candidate != null && candidate.matches("[0-9]{13}");
    }

    /** Thirteen digits whose first one is the check digit of the other twelve. */
    public static boolean isValid(String candidate) {
        return hasThirteenDigits(candidate) && checkDigitOf(candidate.substring(1)) == candidate.charAt(0) - '0';
    }

    /** The check digit for a twelve-digit base. */
    public static int checkDigitOf(String base) {
        if (base == null || !base.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("twelve digits expected: " + base);
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = base.charAt(12 - n) - '0';
            int q = n % 2 == 1 ? 1 : 2;
            sum += p * q;
        }
        return 9 - sum % 9;
    }
}
