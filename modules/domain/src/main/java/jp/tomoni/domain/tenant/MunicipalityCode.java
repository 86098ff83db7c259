package jp.tomoni.domain.tenant;

import java.util.Objects;

/**
 * 全国地方公共団体コード: five digits (two for the prefecture, three for the body) and a
 * check digit. The check digit is the last digit of 11 minus (Σ digit × 6,5,4,3,2 mod 11).
 */
public record MunicipalityCode(String value) {
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public MunicipalityCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid 全国地方公共団体コード: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{6}")) {
            return false;
        }
        return checkDigitOf(candidate.substring(0, 5)) == candidate.charAt(5) - '0';
    }

    /** The check digit for the first five digits of a code. */
    public static int checkDigitOf(String firstFive) {
        if (firstFive == null || !firstFive.matches("\\d{5}")) {
            throw new IllegalArgumentException("five digits expected: " + firstFive);
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (firstFive.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    public int prefectureNumber() {
        return Integer.parseInt(value.substring(0, 2));
    }
}
