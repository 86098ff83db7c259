package jp.tomoni.domain.resource;

import java.util.Set;

/**
 * One search: words (may be empty to browse by facets), facet choices, an optional point and radius,
 * and a page. What the reader may see is added by the service from their roles, never taken from here.
 */
public record DirectoryQuery(String text, Set<DirectoryKind> kinds, Set<String> categories, Set<String> districts,
                             boolean freeOnly, GeoPoint near, Double radiusKm, int offset, int limit) {
    public static final int LIMIT_MAX = 100;
    public static final double RADIUS_MAX_KM = 200;

    public DirectoryQuery {
        text = text == null ? "" : text.strip();
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        offset = Math.max(0, Math.min(offset, 1000));
        limit = Math.max(1, Math.min(limit, LIMIT_MAX));
        if (radiusKm != null) {
            radiusKm = Math.max(0.1, Math.min(radiusKm, RADIUS_MAX_KM));
        }
    }

    public static DirectoryQuery words(String text, int limit) {
        return new DirectoryQuery(text, Set.of(), Set.of(), Set.of(), false, null, null, 0, limit);
    }
}
