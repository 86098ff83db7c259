package jp.tomoni.domain.casework.meeting;

/** What the meeting concluded for one case: approved, to revise, or approved after the fact (事後報告). */
public enum MeetingOutcome {
    APPROVED("承認"), TO_REVISE("要修正"), APPROVED_AFTER_FACT("事後承認");

    private final String labelJa;

    MeetingOutcome(String labelJa) {
        this.labelJa = labelJa;
    }

    /** As the meeting's record writes it. */
    public String labelJa() {
        return labelJa;
    }

    public boolean approves() {
        return this != TO_REVISE;
    }
}
