package jp.tomoni.domain.community;

/** A group's life: proposed by a former recipient, approved or rejected by staff, closed when it ends. */
public enum GroupStatus {
    PROPOSED, APPROVED, REJECTED, CLOSED
}
