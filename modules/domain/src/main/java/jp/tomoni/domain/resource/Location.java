package jp.tomoni.domain.resource;

import java.util.UUID;

/**
 * A place where services are offered (HSDS location). A confidential location (e.g. a DV shelter) has its
 * address and coordinates shown to staff only and never indexed.
 */
public record Location(UUID id, String tenantId, UUID organizationId, String name, String postalCode,
                       String address, String district, GeoPoint point, boolean confidential,
                       String accessibility, String hours, long version) {
    public boolean shared() {
        return tenantId == null;
    }
}
