package jp.tomoni.domain.resource;

import java.util.UUID;

/** A service offered at one location, optionally with its own hours or phone there (HSDS service_at_location). */
public record ServiceLocation(UUID locationId, String hours, String phone) {
    public ServiceLocation {
        hours = hours == null || hours.isBlank() ? null : hours.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
