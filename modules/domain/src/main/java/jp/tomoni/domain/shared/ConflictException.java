package jp.tomoni.domain.shared;

/** The thing is no longer in the state the caller saw (e.g. someone else decided it first); nothing was changed. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
