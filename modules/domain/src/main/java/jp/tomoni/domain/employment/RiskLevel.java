package jp.tomoni.domain.employment;

/** How likely the person is to leave the job, in rising order, so {@code compareTo} ranks them (see {@link RetentionRisk}). */
public enum RiskLevel {
    LOW("安定"), WATCH("注意"), HIGH("要対応");

    private final String labelJa;

    RiskLevel(String labelJa) {
        this.labelJa = labelJa;
    }

    /** As the caseload shows it. */
    public String labelJa() {
        return labelJa;
    }
}
