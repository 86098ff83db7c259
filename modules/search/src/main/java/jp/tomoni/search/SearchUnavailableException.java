package jp.tomoni.search;

/**
 * The search node could not be reached or is temporarily unable to serve the request (connection refused,
 * timeout, HTTP 429/5xx). Callers such as the outbox relay should keep the work and retry later.
 */
public class SearchUnavailableException extends jp.tomoni.domain.shared.UnavailableException {
    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message) {
        super(message, null);
    }

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
