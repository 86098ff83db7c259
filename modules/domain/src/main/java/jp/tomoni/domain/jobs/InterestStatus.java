package jp.tomoni.domain.jobs;

/**
 * A person's interest in a posting: with the employment supporter (NEW), passed to the company with
 * the person's consent (PASSED), not passed after talking it over (NOT_PASSED), or taken back by the
 * person (WITHDRAWN).
 */
public enum InterestStatus { NEW, PASSED, NOT_PASSED, WITHDRAWN }
