package jp.tomoni.domain.resource;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The search side of the directory: per tenant, an alias over one concrete index (swapped by a full
 * reindex), plus one index of shared records ({@link #SHARED}) every tenant searches beside its own.
 */
public interface DirectoryIndex {
    /** The scope of the shared (national, prefectural) records; not a valid tenant slug. */
    String SHARED = "_shared";

    /**
     * Writes the entries (and removes the ids) in the scope's live index, and in {@code building} too
     * when a full reindex is under way (null otherwise).
     */
    void write(String scope, Collection<DirectoryEntry> entries, Collection<UUID> removed, String building);

    DirectoryResults search(String tenantId, DirectoryQuery query, ReaderScope reader, List<String> alternatives);

    /** Names that start with the typed text (also by reading: かけ → 家計相談), within the reader's scope. */
    List<String> suggest(String tenantId, String prefix, ReaderScope reader, int limit);

    /** A new, empty concrete index for the scope, with the current template; returns its name. */
    String createIndex(String scope);

    /** Adds entries to a building index without overwriting what live writes put there meanwhile. */
    int bulkCreate(String index, Collection<DirectoryEntry> entries);

    /** Points the scope's alias at {@code index} in one step and deletes the index it pointed at before. */
    void swap(String scope, String index);

    void deleteIndex(String index);

    /** Every id in the scope's live index (for the drift check). */
    Set<UUID> ids(String scope);

    /** Makes what was written so far searchable (tests, reindex end). */
    void refresh(String scope);

    boolean isAvailable();
}
