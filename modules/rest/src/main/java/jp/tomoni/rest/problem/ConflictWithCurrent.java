package jp.tomoni.rest.problem;

/**
 * A 409 that also carries what is stored now (member {@code current} of the problem), so the client
 * can show the other person's version next to its own instead of only "reload".
 */
public class ConflictWithCurrent extends RuntimeException {
    private final transient Object current;

    public ConflictWithCurrent(Object current, Throwable cause) {
        super("conflict", cause);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
