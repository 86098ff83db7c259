package jp.tomoni.domain.casework.promise;

import java.time.Instant;
import java.util.Objects;

/** A promise made to the person, due at {@code due}, owned by {@code owner}; {@code doneAt} is null until kept. */
public record Promise(PromiseKind kind, String owner, Instant due, Instant doneAt) {

    public Promise {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
