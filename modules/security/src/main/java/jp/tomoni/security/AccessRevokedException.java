package jp.tomoni.security;

/** A valid token whose person may no longer act: disabled, or signed out since the token was issued. */
public class AccessRevokedException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason { USER_DISABLED, SESSION_ENDED, USER_GONE }

    private final Reason reason;

    public AccessRevokedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
