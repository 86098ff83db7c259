package jp.tomoni.domain.resource;

import java.util.List;
import java.util.Map;

/** A page of hits, the total, and the facet counts of the whole result (each facet ignores its own choice). */
public record DirectoryResults(long total, List<DirectoryHit> hits, Map<String, List<FacetCount>> facets) {
    public static final List<String> FACETS = List.of("kind", "category", "district", "free");

    public static DirectoryResults empty() {
        return new DirectoryResults(0, List.of(), Map.of());
    }
}
