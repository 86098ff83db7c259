package jp.tomoni.domain.casework.meeting;

/** What the meeting concluded for one case: approved, to revise, or approved after the fact (事後報告). */
public enum MeetingOutcome {
    APPROVED, TO_REVISE, APPROVED_AFTER_FACT;

    public boolean approves() {
        return this != TO_REVISE;
    }
}
