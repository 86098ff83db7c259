package jp.tomoni.domain.resource;

import java.util.UUID;

/** One result: enough to show in a list and link to the record; {@code distanceKm} only for a search near a point. */
public record DirectoryHit(UUID id, DirectoryKind kind, String name, String organization, String description,
                           String address, String category, boolean free, boolean shared, Double distanceKm) {
}
