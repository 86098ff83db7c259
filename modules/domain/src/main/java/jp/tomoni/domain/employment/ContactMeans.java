package jp.tomoni.domain.employment;

/** How a retention contact took place: a home or workplace visit, at the office, by phone, or by mail or letter (seed 002, seed 000 E-1/E-3). */
public enum ContactMeans {
    VISIT("訪問"), OFFICE("来所"), PHONE("電話"), MAIL("メール・手紙");

    private final String labelJa;

    ContactMeans(String labelJa) {
        this.labelJa = labelJa;
    }

    /** As the contact record writes it. */
    public String labelJa() {
        return labelJa;
    }
}
