package jp.tomoni.domain.casework;

/**
 * What the person agreed to (相談申込み欄): co-creating a plan, and sharing information with agencies;
 * and, asked separately each time a report would leave the agency (seed 002: 支援レポート only with
 * the person's consent), giving the support report to their employer or their family.
 */
public enum ConsentPurpose {
    PLAN, INFORMATION_SHARING, REPORT_TO_EMPLOYER, REPORT_TO_FAMILY;

    /** What an intake's consent covers unless the worker ticks more. */
    public static final java.util.Set<ConsentPurpose> USUAL = java.util.EnumSet.of(PLAN, INFORMATION_SHARING);
}
