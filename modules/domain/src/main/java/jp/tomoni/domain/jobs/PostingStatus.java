package jp.tomoni.domain.jobs;

/**
 * A posting's life: written (DRAFT), waiting for staff (PENDING), public (PUBLISHED), sent back with a
 * reason (REJECTED), or over (CLOSED: withdrawn by the company or past its closing date).
 */
public enum PostingStatus { DRAFT, PENDING, PUBLISHED, REJECTED, CLOSED }
