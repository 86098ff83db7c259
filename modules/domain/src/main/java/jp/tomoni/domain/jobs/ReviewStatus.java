package jp.tomoni.domain.jobs;

/** Where a company profile stands with the tenant: waiting, approved, or sent back with a reason. */
public enum ReviewStatus { PENDING, APPROVED, REJECTED }
