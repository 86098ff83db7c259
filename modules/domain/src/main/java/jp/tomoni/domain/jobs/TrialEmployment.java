package jp.tomoni.domain.jobs;

/**
 * Whether a posting is open to トライアル雇用 (trial employment through Hello Work): only as a trial
 * (専用), or to trial and regular applicants alike (併用).
 */
public enum TrialEmployment {
    NONE("なし"), DEDICATED("トライアル雇用専用"), COMBINED("トライアル雇用併用");

    private final String labelJa;

    TrialEmployment(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    public boolean offered() {
        return this != NONE;
    }
}
