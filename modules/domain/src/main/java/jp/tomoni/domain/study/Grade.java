package jp.tomoni.domain.study;

/**
 * A school year as one number: 1–6 are 小1–小6 (elementary), 7–9 中1–中3 (junior high), 10–12
 * 高1–高3 (high school). Study groups are for a span of them (e.g. 小4〜小6).
 */
public final class Grade {
    public static final int MIN = 1;
    public static final int MAX = 12;
    /** 中3: the year before high-school entrance, when career consultation (進路相談) is offered. */
    public static final int CHU3 = 9;

    private Grade() {
    }

    public static boolean valid(int grade) {
        return grade >= MIN && grade <= MAX;
    }

    /** 小1 … 中3 … 高3. */
    public static String label(int grade) {
        if (!valid(grade)) {
            throw new IllegalArgumentException("grade must be " + MIN + ".." + MAX + ": " + grade);
        }
        if (grade <= 6) {
            return "小" + grade;
        }
        return grade <= 9 ? "中" + (grade - 6) : "高" + (grade - 9);
    }

    /** 小4〜小6, or one grade alone (中3). */
    public static String span(int from, int to) {
        return from == to ? label(from) : label(from) + "〜" + label(to);
    }

    public static boolean within(int grade, int from, int to) {
        return grade >= from && grade <= to;
    }
}
