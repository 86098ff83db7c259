package jp.tomoni.domain.employment;

/**
 * A contact of the agency with the world of work (seed 000 D-5): a company visit (job development),
 * a liaison meeting with an employer after hiring, a contact with the chamber of commerce or the
 * society of commerce and industry, or with Hello Work. The first two are with one employer.
 */
public enum EmployerContactKind {
    VISIT("事業所訪問", true),
    LIAISON_MEETING("雇用後の連絡会", true),
    CHAMBER_OF_COMMERCE("商工会議所・商工会との連絡", false),
    HELLO_WORK("ハローワークとの連絡", false);

    private final String labelJa;
    private final boolean withEmployer;

    EmployerContactKind(String labelJa, boolean withEmployer) {
        this.labelJa = labelJa;
        this.withEmployer = withEmployer;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether the contact is always with one employer, who must be named. */
    public boolean requiresEmployer() {
        return withEmployer;
    }
}
