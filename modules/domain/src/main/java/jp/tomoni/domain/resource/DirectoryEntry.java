package jp.tomoni.domain.resource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One searchable record as the index holds it. Built only through {@link DirectoryEntries} so that
 * a confidential location never reaches an indexed field. {@code tenantId} is null for a shared record.
 *
 * @param districts the 地区 of the record's public locations (the "area" facet)
 * @param grades    for study groups and materials, the grades they are for (a guardian sees only their children's)
 */
public record DirectoryEntry(UUID id, String tenantId, DirectoryKind kind, String name, String nameKana,
                             String organization, String description, List<String> addresses,
                             String category, Set<String> areas, Set<String> districts, boolean free,
                             Set<String> languages, Visibility visibility, Set<String> grades,
                             List<GeoPoint> points, boolean active, Instant updatedAt) {
    public DirectoryEntry {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        points = points == null ? List.of() : List.copyOf(points);
        visibility = visibility == null ? Visibility.STAFF : visibility;
    }

    public boolean shared() {
        return tenantId == null;
    }
}
