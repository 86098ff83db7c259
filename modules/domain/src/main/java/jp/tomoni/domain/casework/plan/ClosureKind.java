package jp.tomoni.domain.casework.plan;

import jp.tomoni.domain.casework.CaseStatus;

/**
 * 終結 (the person's wish confirmed, goals met or support no longer needed) or 中断 (moved without
 * notice or contact completely lost; a temporary loss of contact is not a suspension). Separate outcomes.
 */
public enum ClosureKind {
    TERMINATION, SUSPENSION;

    public MeetingTrigger trigger() {
        return this == TERMINATION ? MeetingTrigger.TERMINATION : MeetingTrigger.SUSPENSION;
    }

    public CaseStatus caseStatus() {
        return this == TERMINATION ? CaseStatus.TERMINATED : CaseStatus.SUSPENDED;
    }
}
