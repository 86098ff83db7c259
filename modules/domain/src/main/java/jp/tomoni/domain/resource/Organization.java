package jp.tomoni.domain.resource;

import java.time.Instant;
import java.util.UUID;

/** An organization offering services (HSDS organization); {@code tenantId} null when shared nationally. */
public record Organization(UUID id, String tenantId, String name, String nameKana, String description,
                           Contact contact, long version, Instant updatedAt) {
    public Organization {
        contact = contact == null ? Contact.NONE : contact;
    }

    public boolean shared() {
        return tenantId == null;
    }
}
