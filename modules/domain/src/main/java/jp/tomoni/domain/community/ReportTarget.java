package jp.tomoni.domain.community;

/** What can be reported: a post, a message, a member's profile. */
public enum ReportTarget {
    POST, MESSAGE, PROFILE
}
