package jp.tomoni.domain.resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's directory settings and reindex runs. */
public interface DirectorySettingsRepository {
    record Settings(int verifyEveryMonths, List<String> synonyms, long version) {
    }

    record Reindex(UUID id, String indexName, String state, int total, int done, Instant startedAt, String startedBy,
                   Instant finishedAt, String error) {
    }

    /** The stored settings, or the defaults at version 0. */
    Settings settings();

    /** Saves if still at {@code expectedVersion}; false when someone saved since. */
    boolean save(int months, List<String> synonyms, long expectedVersion, String actor, Instant at);

    /** Registers a building index; false if one is already building for the tenant. */
    boolean startReindex(UUID id, String indexName, String actor, Instant at);

    Optional<Reindex> building();

    Optional<Reindex> last();

    void progress(UUID id, int total, int done);

    void finish(UUID id, String state, String error, Instant at);
}
