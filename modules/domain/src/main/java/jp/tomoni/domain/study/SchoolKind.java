package jp.tomoni.domain.study;

/** A partner school. */
public enum SchoolKind {
    ELEMENTARY, JUNIOR_HIGH, HIGH, OTHER
}
