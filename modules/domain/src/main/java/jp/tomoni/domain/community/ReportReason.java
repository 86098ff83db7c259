package jp.tomoni.domain.community;

/**
 * Why a member reports a post, a message or a profile. A report of a crisis (thoughts of suicide or
 * self-harm) is urgent: staff are alerted at once and the reporter is shown the agency's crisis contacts.
 */
public enum ReportReason {
    SPAM, HARASSMENT, PERSONAL_INFORMATION, DISCRIMINATION, CRISIS, OTHER;

    /** Only a crisis alerts staff at once instead of waiting in the review queue. */
    public boolean urgent() {
        return this == CRISIS;
    }
}
