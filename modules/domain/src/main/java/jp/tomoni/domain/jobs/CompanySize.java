package jp.tomoni.domain.jobs;

/** The number of people a company employs, in the bands job sheets use. */
public enum CompanySize {
    UNDER_10("1〜9人"), UNDER_50("10〜49人"), UNDER_100("50〜99人"), UNDER_300("100〜299人"), FROM_300("300人以上");

    private final String labelJa;

    CompanySize(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
