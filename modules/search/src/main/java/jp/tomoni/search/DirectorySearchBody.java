package jp.tomoni.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.ReaderScope;

/**
 * The OpenSearch request bodies of a directory search and of suggestions. The reader's scope (tenant,
 * visibility, kinds, grades, hidden shared records) is always a filter of the query itself, so hits,
 * totals, facets and suggestions can only count what the reader may see.
 */
final class DirectorySearchBody {
    /** The only fields a search ever returns: none of them can hold a confidential address. */
    static final List<String> SOURCE = List.of("id", "tenant_id", "kind", "name", "organization", "description",
            "address", "category", "free");
    private static final List<String> TEXT_FIELDS = List.of("name^4", "organization^2", "description", "address");
    private static final List<String> READING_FIELDS = List.of("name.reading^3", "name_kana^3", "organization.reading",
            "description.reading");
    private static final Set<DirectoryKind> GRADED = Set.of(DirectoryKind.STUDY_GROUP, DirectoryKind.MATERIAL);

    private DirectorySearchBody() {
    }

    static JsonObject search(String tenantId, DirectoryQuery q, ReaderScope reader, List<String> alternatives) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("from", q.offset())
                .add("size", q.limit())
                .add("track_total_hits", true)
                .add("_source", strings(SOURCE));
        JsonObjectBuilder bool = Json.createObjectBuilder().add("filter", scope(tenantId, reader, q));
        if (!q.text().isEmpty()) {
            JsonArrayBuilder should = Json.createArrayBuilder();
            for (String text : concat(q.text(), alternatives)) {
                should.add(multiMatch(text, TEXT_FIELDS));
                should.add(multiMatch(text, READING_FIELDS));
            }
            bool.add("must", Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                    .add("should", should).add("minimum_should_match", 1)));
        }
        body.add("query", Json.createObjectBuilder().add("bool", bool));
        // the reader's choices narrow the hits; each facet is counted without its own choice
        body.add("post_filter", choices(q, null));
        JsonObjectBuilder aggs = Json.createObjectBuilder();
        aggs.add("kind", facet("kind", choices(q, "kind")));
        aggs.add("category", facet("category", choices(q, "category")));
        aggs.add("district", facet("districts", choices(q, "district")));
        aggs.add("free", facet("free", choices(q, "free")));
        body.add("aggs", aggs);
        JsonArrayBuilder sort = Json.createArrayBuilder();
        if (q.near() != null) {
            sort.add(Json.createObjectBuilder().add("_geo_distance", Json.createObjectBuilder()
                    .add("location", point(q.near().latitude(), q.near().longitude()))
                    .add("order", "asc").add("unit", "km").add("ignore_unmapped", true)));
        }
        sort.add("_score").add(Json.createObjectBuilder().add("name.keyword", "asc"));
        body.add("sort", sort);
        return body.build();
    }

    static JsonObject suggest(String tenantId, String prefix, ReaderScope reader, int limit) {
        DirectoryQuery none = DirectoryQuery.words("", limit);
        JsonArrayBuilder should = Json.createArrayBuilder()
                .add(match("name.prefix", prefix, 3))
                .add(match("name.reading_prefix", prefix, 1))
                .add(match("name_kana.prefix", prefix, 2));
        return Json.createObjectBuilder()
                .add("size", limit * 2)
                .add("track_total_hits", false)
                .add("_source", strings(List.of("name")))
                .add("query", Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                        .add("filter", scope(tenantId, reader, none))
                        .add("should", should).add("minimum_should_match", 1)))
                .add("sort", Json.createArrayBuilder().add("_score")
                        .add(Json.createObjectBuilder().add("name.keyword", "asc")))
                .build();
    }

    /** What the reader may see at all: their tenant and the shared records, visibility, kinds, grades, hidden. */
    static JsonArrayBuilder scope(String tenantId, ReaderScope reader, DirectoryQuery q) {
        JsonArrayBuilder filter = Json.createArrayBuilder()
                .add(terms("tenant_id", List.of(tenantId, DirectoryIndex.SHARED)))
                .add(terms("visibility", reader.visibilities().stream().map(Enum::name).toList()))
                .add(terms("kind", reader.kinds().stream().map(Enum::name).toList()));
        if (reader.grades() != null) {
            // a guardian finds study groups and materials for their children's grades only
            filter.add(Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                    .add("should", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                                    .add("must_not", terms("kind", GRADED.stream().map(Enum::name).toList()))))
                            .add(terms("grades", List.copyOf(reader.grades()))))
                    .add("minimum_should_match", 1)));
        }
        if (!reader.hiddenShared().isEmpty()) {
            filter.add(Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                    .add("must_not", Json.createObjectBuilder().add("ids", Json.createObjectBuilder()
                            .add("values", strings(reader.hiddenShared().stream().map(UUID::toString).toList()))))));
        }
        if (q.near() != null && q.radiusKm() != null) {
            filter.add(Json.createObjectBuilder().add("geo_distance", Json.createObjectBuilder()
                    .add("distance", q.radiusKm() + "km")
                    .add("location", point(q.near().latitude(), q.near().longitude()))));
        }
        return filter;
    }

    /** The reader's facet choices as one filter, leaving out {@code except}. */
    static JsonObject choices(DirectoryQuery q, String except) {
        JsonArrayBuilder filter = Json.createArrayBuilder();
        if (!q.kinds().isEmpty() && !"kind".equals(except)) {
            filter.add(terms("kind", q.kinds().stream().map(Enum::name).toList()));
        }
        if (!q.categories().isEmpty() && !"category".equals(except)) {
            filter.add(terms("category", List.copyOf(q.categories())));
        }
        if (!q.districts().isEmpty() && !"district".equals(except)) {
            filter.add(terms("districts", List.copyOf(q.districts())));
        }
        if (q.freeOnly() && !"free".equals(except)) {
            filter.add(Json.createObjectBuilder().add("term", Json.createObjectBuilder().add("free", true)));
        }
        return Json.createObjectBuilder().add("bool", Json.createObjectBuilder().add("filter", filter)).build();
    }

    private static JsonObject facet(String field, JsonObject filter) {
        return Json.createObjectBuilder()
                .add("filter", filter)
                .add("aggs", Json.createObjectBuilder().add("values", Json.createObjectBuilder()
                        .add("terms", Json.createObjectBuilder().add("field", field).add("size", 50))))
                .build();
    }

    private static JsonObject multiMatch(String text, List<String> fields) {
        return Json.createObjectBuilder().add("multi_match", Json.createObjectBuilder()
                .add("query", text)
                .add("fields", strings(fields))
                .add("type", "cross_fields")
                .add("operator", "and")).build();
    }

    private static JsonObject match(String field, String text, int boost) {
        return Json.createObjectBuilder().add("match", Json.createObjectBuilder().add(field, Json.createObjectBuilder()
                .add("query", text).add("operator", "and").add("boost", boost))).build();
    }

    private static JsonObject terms(String field, Collection<String> values) {
        return Json.createObjectBuilder().add("terms", Json.createObjectBuilder().add(field, strings(values))).build();
    }

    private static JsonObject point(double lat, double lon) {
        return Json.createObjectBuilder().add("lat", lat).add("lon", lon).build();
    }

    static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).distinct().toList();
    }
}
