package jp.tomoni.domain.jobs;

/** How an application ended, as the company records it. */
public enum HiringOutcome {
    HIRED("採用"), NOT_HIRED("不採用"), DECLINED("本人辞退");

    private final String labelJa;

    HiringOutcome(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
