package jp.tomoni.domain.community;

/**
 * A new member's posts wait for staff approval until {@value #APPROVED_POSTS_TO_BE_TRUSTED} of their
 * posts have been approved; from then on they appear at once. Staff never wait.
 */
public final class FirstPostRule {
    public static final int APPROVED_POSTS_TO_BE_TRUSTED = 2;

    private FirstPostRule() {
    }

    /** Whether the author's next post waits for staff approval before others see it. */
    public static boolean needsApproval(int approvedPostsOfAuthor, boolean authorIsStaff) {
        if (approvedPostsOfAuthor < 0) {
            throw new IllegalArgumentException("approvedPostsOfAuthor must not be negative: " + approvedPostsOfAuthor);
        }
        return !authorIsStaff && approvedPostsOfAuthor < APPROVED_POSTS_TO_BE_TRUSTED;
    }
}
