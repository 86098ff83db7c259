package jp.tomoni.domain.community;

/** APPLIED: a mentor waiting for staff; APPROVED: listed for requests; WITHDRAWN by the helper. */
public enum HelperStatus {
    APPLIED, APPROVED, WITHDRAWN
}
