package jp.tomoni.launcher;

/** One process or node of the local stack (database, identity, search, application server). */
public interface StackPart extends AutoCloseable {
    /** Short name shown in progress lines, e.g. "Keycloak". */
    String name();

    /** Starts the part and returns once it answers requests; throws with a clear message otherwise. */
    void start() throws Exception;

    /** Stops the part and everything it started; safe to call twice or after a failed start. */
    @Override
    void close();
}
