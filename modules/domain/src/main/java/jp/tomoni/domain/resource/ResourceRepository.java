package jp.tomoni.domain.resource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored social resources of the current tenant (the tenant is the transaction's, never a parameter). */
public interface ResourceRepository {
    void add(SocialResource resource);

    Optional<SocialResource> find(UUID id);

    List<SocialResource> newest(int limit);

    /** Writes pending changes now, so a concurrent change is detected inside the caller's transaction. */
    void flush();
}
