package jp.tomoni.domain.shared;

import java.time.Instant;

/** The caller did this too often in a short time; they may again from {@code retryAfter}. Nothing was changed. */
public class TooManyRequestsException extends RuntimeException {
    private final Instant retryAfter;

    public TooManyRequestsException(String what, Instant retryAfter) {
        super(what + " rate limit reached until " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
