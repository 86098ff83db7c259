package jp.tomoni.domain.casework.plan;

import jp.tomoni.domain.casework.CaseStatus;

/**
 * 終結 (the person's wish confirmed, goals met or support no longer needed) or 中断 (moved without
 * notice or contact completely lost; a temporary loss of contact is not a suspension). Separate outcomes.
 */
public enum ClosureKind {
    TERMINATION("終結"), SUSPENSION("中断");

    private final String labelJa;

    ClosureKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    public MeetingTrigger trigger() {
        return this == TERMINATION ? MeetingTrigger.TERMINATION : MeetingTrigger.SUSPENSION;
    }

    public CaseStatus caseStatus() {
        return this == TERMINATION ? CaseStatus.TERMINATED : CaseStatus.SUSPENDED;
    }
}
