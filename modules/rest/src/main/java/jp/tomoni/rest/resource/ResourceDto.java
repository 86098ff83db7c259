package jp.tomoni.rest.resource;

import java.time.Instant;
import java.util.UUID;

import jp.tomoni.domain.resource.SocialResource;

/** A social resource as the API shows it. */
public record ResourceDto(UUID id, String name, String category, String description, String address,
                          long version, Instant createdAt, Instant updatedAt) {
    static ResourceDto of(SocialResource r) {
        return new ResourceDto(r.id(), r.name(), r.category().name(), r.description(), r.address(), r.version(),
                r.createdAt(), r.updatedAt());
    }
}
