package jp.tomoni.domain.casework.promise;

/** What was promised to the person: trust grows from promises kept. */
public enum PromiseKind {
    APPOINTMENT, CALL_BACK, DOCUMENT
}
