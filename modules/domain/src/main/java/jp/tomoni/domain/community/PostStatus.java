package jp.tomoni.domain.community;

/**
 * PENDING: a new member's post waiting for approval (only its author and staff see it); VISIBLE;
 * HIDDEN: hidden automatically by reports until staff decide; REMOVED by staff, with a reason.
 */
public enum PostStatus {
    PENDING, VISIBLE, HIDDEN, REMOVED
}
