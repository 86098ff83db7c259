package jp.tomoni.domain.resource;

import java.util.List;

/** The search side of the directory: one index per tenant, fed from the outbox. */
public interface ResourceIndex {
    void put(String tenantId, SocialResource resource);

    List<ResourceHit> search(String tenantId, String query, int limit);

    boolean isAvailable();
}
