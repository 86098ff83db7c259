package jp.tomoni.domain.casework.promise;

/** Where a promise stands now; workers see the overdue and at-risk ones first. */
public enum PromiseStatus {
    DONE, OVERDUE, AT_RISK, ON_TRACK
}
