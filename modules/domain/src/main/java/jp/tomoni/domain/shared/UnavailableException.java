package jp.tomoni.domain.shared;

/** A part the request needs (e.g. the search node) is away for now; the same request may work later. */
public class UnavailableException extends RuntimeException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
