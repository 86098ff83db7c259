package jp.tomoni.domain.casework;

/** The sixteen areas of ■ご相談の内容 on the 相談受付・申込票, in the form's order. */
public enum ProblemArea {
    HEALTH(1), HOUSING(2), INCOME(3), RENT_LOANS(4), TAXES_BILLS(5), DEBT(6), JOB_SEARCH(7), WORK_TROUBLE(8),
    COMMUNITY(9), FAMILY(10), CHILDCARE(11), CARE(12), WITHDRAWAL(13), DV_ABUSE(14), NO_FOOD(15), OTHER(16);

    private final int number;

    ProblemArea(int number) {
        this.number = number;
    }

    /** The number printed on the national form. */
    public int number() {
        return number;
    }
}
