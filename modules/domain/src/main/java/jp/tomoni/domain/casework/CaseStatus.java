package jp.tomoni.domain.casework;

/** Where a case stands in the national flow. */
public enum CaseStatus {
    INTAKE, ASSESSMENT, PLANNING, IN_SUPPORT, REFERRED, INFO_ONLY, TERMINATED, SUSPENDED;

    /** A closed case stays readable but is no longer on anyone's list of work. */
    public boolean isOpen() {
        return this != INFO_ONLY && this != TERMINATED && this != SUSPENDED && this != REFERRED;
    }

    /** The status a screening result leads to. */
    public static CaseStatus after(Screening screening) {
        return switch (screening) {
            case INFO_ONLY -> INFO_ONLY;
            case REFERRED -> REFERRED;
            case PLAN -> ASSESSMENT;
        };
    }
}
