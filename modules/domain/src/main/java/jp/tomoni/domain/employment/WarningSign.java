package jp.tomoni.domain.employment;

/**
 * Signs that lead to job leaving, which retention support watches for so they are caught before
 * the person leaves (DOMAIN §5, seed 002: 離職につながりうる兆候).
 */
public enum WarningSign {
    LATENESS_ABSENCE("遅刻・欠勤が増えている"),
    BROKEN_RHYTHM("生活リズムの乱れ"),
    MISSED_MEDICATION("服薬の中断"),
    APPEARANCE("身だしなみの乱れ"),
    WORKPLACE_RELATIONS("職場での人間関係・コミュニケーションの困りごと"),
    STRESS("ストレス・疲れの訴え");

    private final String labelJa;

    WarningSign(String labelJa) {
        this.labelJa = labelJa;
    }

    /** As the counsellor's record writes it. */
    public String labelJa() {
        return labelJa;
    }
}
