package jp.tomoni.domain.statistics;

/**
 * One figure of the national monthly statistics, in the order of the survey. Each counts distinct
 * people; the ones marked {@code ofTargets} are the subsets of employment-support plan holders (② ③).
 */
public enum Figure {
    /** 新規相談受付件数. */
    NEW_CONSULTATIONS("新規相談受付件数", true),
    /** プラン作成件数 (first plans that left the draft state). */
    PLANS("プラン作成件数", true),
    /** 就労支援対象者数 ①. */
    EMPLOYMENT_TARGETS("就労支援対象者数（①）", true),
    /** 就労者数. */
    EMPLOYED("就労者数", false),
    /** ② 就労者のうち就労支援対象プラン作成者. */
    EMPLOYED_TARGETS("うち就労支援対象プラン作成者（②）", false),
    /** 増収者数. */
    INCOME_UP("増収者数", false),
    /** ③ 増収者のうち就労支援対象プラン作成者. */
    INCOME_UP_TARGETS("うち就労支援対象プラン作成者（③）", false),
    /** スクリーニング: 相談・情報提供のみで終了. */
    INFO_ONLY("相談・情報提供のみで終了", false),
    /** スクリーニング: 他制度・他機関へのつなぎ. */
    REFERRED("他制度・他機関へのつなぎ", false),
    /** うち生活保護窓口へのつなぎ. */
    REFERRED_TO_WELFARE("うち生活保護担当窓口へ", false);

    private final String labelJa;
    private final boolean perPopulation;

    Figure(String labelJa, boolean perPopulation) {
        this.labelJa = labelJa;
        this.perPopulation = perPopulation;
    }

    /** The survey's own name of the figure. */
    public String labelJa() {
        return labelJa;
    }

    /** Whether the survey also asks for it per 100,000 population. */
    public boolean perPopulation() {
        return perPopulation;
    }
}
