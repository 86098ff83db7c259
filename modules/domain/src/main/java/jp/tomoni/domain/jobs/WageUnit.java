package jp.tomoni.domain.jobs;

/** What a posted wage is per. */
public enum WageUnit {
    HOUR("時給"), DAY("日給"), MONTH("月給");

    private final String labelJa;

    WageUnit(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
