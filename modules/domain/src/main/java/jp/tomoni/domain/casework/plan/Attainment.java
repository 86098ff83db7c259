package jp.tomoni.domain.casework.plan;

/** Goal attainment on the 評価シート: 達成 / 一部達成 / 未達成. */
public enum Attainment {
    ACHIEVED, PARTLY, NOT_ACHIEVED
}
