package jp.tomoni.domain.registration;

/** Where a company recruiter's application stands; only a pending one can be decided. */
public enum ApplicationStatus {
    PENDING, APPROVED, REJECTED
}
