package jp.tomoni.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.GeoPoint;
import jp.tomoni.domain.resource.ReaderScope;
import jp.tomoni.domain.resource.Visibility;

class DirectorySearchBodyTest {
    static final ReaderScope GUARDIAN = new ReaderScope(EnumSet.of(Visibility.PUBLIC),
            EnumSet.of(DirectoryKind.RESOURCE, DirectoryKind.STUDY_GROUP), Set.of("9"), Set.of(UUID.fromString(
                    "00000000-0000-4000-8000-000000000001")));

    @Test
    void the_readers_tenant_visibility_kinds_grades_and_hidden_records_are_filters_of_the_query_itself() {
        String body = DirectorySearchBody.search("midorino", DirectoryQuery.words("食料", 20), GUARDIAN, List.of()).toString();
        JsonObject filter = DirectorySearchBody.search("midorino", DirectoryQuery.words("食料", 20), GUARDIAN, List.of())
                .getJsonObject("query").getJsonObject("bool");
        String f = filter.getJsonArray("filter").toString();
        assertTrue(f.contains("{\"terms\":{\"tenant_id\":[\"midorino\",\"_shared\"]}}"), f);
        assertTrue(f.contains("{\"terms\":{\"visibility\":[\"PUBLIC\"]}}"), f);
        assertTrue(f.contains("\"grades\":[\"9\"]"), f);
        assertTrue(f.contains("00000000-0000-4000-8000-000000000001"), f);
        assertFalse(body.contains("highlight"), "no highlights: nothing outside the returned fields is echoed");
    }

    @Test
    void suggestions_use_the_same_scope_filter_as_searches() {
        String s = DirectorySearchBody.suggest("midorino", "かけ", GUARDIAN, 8).getJsonObject("query").getJsonObject("bool")
                .getJsonArray("filter").toString();
        assertEquals(DirectorySearchBody.scope("midorino", GUARDIAN, DirectoryQuery.words("", 8)).build().toString(), s);
    }

    @Test
    void each_facet_is_counted_without_its_own_choice_but_with_the_others() {
        var q = new DirectoryQuery("", Set.of(DirectoryKind.RESOURCE), Set.of("FOOD"), Set.of(), true, null, null, 0, 10);
        var aggs = DirectorySearchBody.search("midorino", q, GUARDIAN, List.of()).getJsonObject("aggs");
        String category = aggs.getJsonObject("category").getJsonObject("filter").toString();
        assertFalse(category.contains("FOOD"), category);
        assertTrue(category.contains("RESOURCE") && category.contains("\"free\":true"), category);
    }

    @Test
    void a_search_near_a_point_filters_by_radius_and_sorts_by_distance() {
        var q = new DirectoryQuery("", Set.of(), Set.of(), Set.of(), false, new GeoPoint(35.7, 139.4), 3.0, 0, 10);
        var body = DirectorySearchBody.search("midorino", q, GUARDIAN, List.of());
        assertTrue(body.getJsonObject("query").toString().contains("\"distance\":\"3.0km\""));
        assertTrue(body.getJsonArray("sort").getJsonObject(0).containsKey("_geo_distance"));
    }

    @Test
    void only_public_fields_are_returned_and_the_document_holds_no_confidential_place() {
        assertEquals(List.of("id", "tenant_id", "kind", "name", "organization", "description", "address", "category", "free"),
                DirectorySearchBody.SOURCE);
        var e = new DirectoryEntry(UUID.randomUUID(), null, DirectoryKind.RESOURCE, "法テラス", null, null, null, List.of(),
                "LEGAL", Set.of(), Set.of(), true, Set.of(), Visibility.PUBLIC, Set.of(), List.of(), true, Instant.EPOCH);
        assertTrue(OpenSearchDirectoryIndex.document(e).contains("\"tenant_id\":\"_shared\""));
    }

    @Test
    void the_national_synonyms_of_the_template_also_rewrite_the_words_before_analysis() {
        var index = new OpenSearchDirectoryIndex("http://127.0.0.1:1", false);
        assertTrue(index.withNational("ハロワ 求人", List.of()).contains("ハローワーク 求人"),
                index.withNational("ハロワ 求人", List.of()).toString());
        assertEquals(List.of("x"), index.withNational("", List.of("x")));
    }
}
