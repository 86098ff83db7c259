package jp.tomoni.domain.resource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the index should hold, read from the database: one entry per record of every kind the search
 * box finds, for the transaction's tenant (or the shared records).
 */
public interface DirectorySource {
    /** The aggregate types whose outbox rows concern the directory. */
    Set<String> AGGREGATES = Set.of("social_resource", "community_group", "study_group", "study_material",
            "job_posting");

    /** The entry for an outbox row's aggregate; empty when it is gone or no longer listed (then it is removed). */
    Optional<DirectoryEntry> entry(String aggregateType, UUID id);

    /** A page of the scope's entries in id order, after {@code after} (null: from the start). */
    List<DirectoryEntry> page(boolean shared, UUID after, int size);

    /** How many entries {@link #page} would give in all. */
    int count(boolean shared);

    /** Every id {@link #page} would give. */
    Set<UUID> ids(boolean shared);
}
