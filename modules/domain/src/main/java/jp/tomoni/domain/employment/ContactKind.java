package jp.tomoni.domain.employment;

/**
 * A retention contact: the monthly interview with the person, the separate monthly employer visit
 * (seed 002), or a follow-up after public assistance has ended (seed 000 E-3).
 */
public enum ContactKind {
    INTERVIEW("本人面談"), EMPLOYER_VISIT("職場訪問"), FOLLOW_UP("フォローアップ");

    private final String labelJa;

    ContactKind(String labelJa) {
        this.labelJa = labelJa;
    }

    /** As the contact record writes it. */
    public String labelJa() {
        return labelJa;
    }
}
