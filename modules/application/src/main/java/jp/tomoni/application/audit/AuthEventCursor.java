package jp.tomoni.application.audit;

/**
 * How far the identity provider's sign-in events have been copied into the audit trails, kept
 * across restarts so that events which happen while Tomoni is down are copied when it is back.
 */
public interface AuthEventCursor {
    /** The time (epoch milliseconds) of the newest event copied so far. */
    long load();

    void save(long eventTimeMillis);
}
