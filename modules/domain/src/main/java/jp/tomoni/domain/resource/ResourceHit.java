package jp.tomoni.domain.resource;

import java.util.UUID;

/** One search result: enough to show in a list and link to the record. */
public record ResourceHit(UUID id, String name, ResourceCategory category, String description, String address) {
    public static ResourceHit of(SocialResource r) {
        return new ResourceHit(r.id(), r.name(), r.category(), r.description(), r.address());
    }
}
