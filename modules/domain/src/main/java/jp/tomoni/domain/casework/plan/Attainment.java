package jp.tomoni.domain.casework.plan;

/** Goal attainment on the 評価シート: 達成 / 一部達成 / 未達成. */
public enum Attainment {
    ACHIEVED("達成"), PARTLY("一部達成"), NOT_ACHIEVED("未達成");

    private final String labelJa;

    Attainment(String labelJa) {
        this.labelJa = labelJa;
    }

    /** As the 評価シート writes it. */
    public String labelJa() {
        return labelJa;
    }
}
