package jp.tomoni.domain.community;

import java.util.Objects;

/**
 * Who may send whom 1:1 messages: nobody messages a minor or is messaged by one, a block either way
 * stops messages, staff and members may message each other, and two members only while a mentoring or
 * tutoring match ties them. Staff message each other on their own channels, not here.
 */
public final class Messaging {
    private Messaging() {
    }

    /** What ties two members: an active mentoring or tutoring match, or nothing. */
    public enum Tie {
        NONE, MENTORING, TUTORING
    }

    /** One side of a conversation: a staff member or a member, and whether they are a minor. */
    public record Party(boolean staff, boolean minor) {
    }

    /**
     * Whether {@code from} may message {@code to}. {@code tie} is the active match between them
     * ({@link Tie#NONE} without one); {@code blockedEitherWay} whether either has blocked the other.
     */
    public static boolean mayMessage(Party from, Party to, Tie tie, boolean blockedEitherWay) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(tie, "tie");
        if (from.minor() || to.minor() || blockedEitherWay) {
            return false;
        }
        if (from.staff() || to.staff()) {
            return from.staff() != to.staff();
        }
        return tie != Tie.NONE;
    }
}
