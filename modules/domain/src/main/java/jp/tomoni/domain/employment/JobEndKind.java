package jp.tomoni.domain.employment;

/** How a job ended (seed 000 D-7): 離職 is not wanted by the person, 転職 is (see {@link JobEnding}). */
public enum JobEndKind {
    LEAVING("離職"), CHANGE("転職");

    private final String labelJa;

    JobEndKind(String labelJa) {
        this.labelJa = labelJa;
    }

    /** As the record writes it. */
    public String labelJa() {
        return labelJa;
    }
}
