package jp.tomoni.application.tenant;

/** The person is signed in but may not do this here. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
