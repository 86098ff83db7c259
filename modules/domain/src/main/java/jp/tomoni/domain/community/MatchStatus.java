package jp.tomoni.domain.community;

/**
 * The life of a mentor/mentee or tutor/learner match: requested, accepted by the mentor or tutor (who
 * decide whom they take on), then approved by staff (who approve every match) before it is active.
 * Declined, rejected and ended matches are final; either person may end an open match.
 */
public enum MatchStatus {
    /** Asked for, waiting for the mentor or tutor. */
    REQUESTED,
    /** Accepted by the mentor or tutor, waiting for staff. */
    ACCEPTED,
    /** Approved by staff: the two may meet and message each other. */
    ACTIVE,
    /** The mentor or tutor said no. */
    DECLINED,
    /** Staff said no. */
    REJECTED,
    /** Withdrawn or finished by either person. */
    ENDED;

    /** The status after {@code e}; any transition not in the life above throws {@link IllegalStateException}. */
    public MatchStatus next(MatchEvent e) {
        MatchStatus next = switch (e) {
            case ACCEPT -> this == REQUESTED ? ACCEPTED : null;
            case DECLINE -> this == REQUESTED ? DECLINED : null;
            case APPROVE -> this == ACCEPTED ? ACTIVE : null;
            case REJECT -> this == ACCEPTED ? REJECTED : null;
            case END -> open() ? ENDED : null;
        };
        if (next == null) {
            throw new IllegalStateException("a match that is " + this + " cannot " + e);
        }
        return next;
    }

    /** Only an active match lets the two message each other. */
    public boolean active() {
        return this == ACTIVE;
    }

    /** Not yet decided against or ended: requested, accepted or active. */
    public boolean open() {
        return this == REQUESTED || this == ACCEPTED || this == ACTIVE;
    }
}
