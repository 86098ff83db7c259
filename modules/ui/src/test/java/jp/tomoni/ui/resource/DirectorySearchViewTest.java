package jp.tomoni.ui.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.resource.DirectoryHit;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.tenant.TenantRole;

/** The plain rules of the directory pages, without a browser or a Vaadin session. */
class DirectorySearchViewTest {
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    @Test
    void distances_read_as_people_say_them() {
        assertEquals("1.2", DirectorySearchView.km(1.234));
        assertEquals("0.1", DirectorySearchView.km(0.01));
        assertEquals("0.1", DirectorySearchView.km(0));
        assertEquals("9.9", DirectorySearchView.km(9.94));
        assertEquals("10", DirectorySearchView.km(9.96));
        assertEquals("13", DirectorySearchView.km(12.64));
    }

    @Test
    void the_url_holds_only_what_was_chosen_in_a_stable_order() {
        Map<String, List<String>> p = DirectorySearchView.parameters(" 食料 ", List.of("STUDY_GROUP", "RESOURCE"),
                List.of(), Set.of("北地区", " "), true);
        assertEquals(Map.of("q", List.of("食料"), "kind", List.of("RESOURCE", "STUDY_GROUP"),
                "district", List.of("北地区"), "free", List.of("1")), p);
        assertTrue(DirectorySearchView.parameters("", List.of(), List.of(), List.of(), false).isEmpty());
    }

    @Test
    void a_shared_url_gives_back_the_same_search() {
        Map<String, List<String>> p = DirectorySearchView.parameters("かけいぼ", List.of("RESOURCE", "PEER_GROUP"),
                List.of("FOOD", "HOUSEHOLD_BUDGET"), List.of("中央"), true);
        DirectoryQuery q = DirectorySearchView.fromParameters(p, 20);
        assertEquals("かけいぼ", q.text());
        assertEquals(Set.of(DirectoryKind.RESOURCE, DirectoryKind.PEER_GROUP), q.kinds());
        assertEquals(Set.of("FOOD", "HOUSEHOLD_BUDGET"), q.categories());
        assertEquals(Set.of("中央"), q.districts());
        assertTrue(q.freeOnly());
        assertNull(q.near());
        assertEquals(0, q.offset());
        assertEquals(20, q.limit());
    }

    @Test
    void a_hand_edited_url_is_read_safely() {
        DirectoryQuery q = DirectorySearchView.fromParameters(Map.of("kind", List.of("resource", "NOPE"),
                "free", List.of("yes"), "q", List.of("あ".repeat(300))), 20);
        assertEquals(Set.of(DirectoryKind.RESOURCE), q.kinds());
        assertFalse(q.freeOnly());
        assertEquals(200, q.text().length());
        DirectoryQuery none = DirectorySearchView.fromParameters(null, 20);
        assertEquals("", none.text());
        assertTrue(none.kinds().isEmpty());
    }

    @Test
    void each_kind_links_where_the_reader_may_go() {
        Set<TenantRole> resident = Set.of(TenantRole.RESIDENT);
        Set<TenantRole> guardian = Set.of(TenantRole.GUARDIAN);
        assertEquals("t/demo/resources/" + ID, DirectorySearchView.link("demo", hit(DirectoryKind.RESOURCE), resident));
        assertEquals("t/demo/study/groups/" + ID, DirectorySearchView.link("demo", hit(DirectoryKind.STUDY_GROUP), guardian));
        assertNull(DirectorySearchView.link("demo", hit(DirectoryKind.STUDY_GROUP), resident));
        assertEquals("t/demo/community/groups/" + ID, DirectorySearchView.link("demo", hit(DirectoryKind.PEER_GROUP), resident));
        assertEquals("t/demo/community/groups/" + ID, DirectorySearchView.link("demo", hit(DirectoryKind.PROGRAMME), guardian));
        assertNull(DirectorySearchView.link("demo", hit(DirectoryKind.PEER_GROUP), Set.of(TenantRole.COMPANY_RECRUITER)));
        assertNull(DirectorySearchView.link("demo", hit(DirectoryKind.MATERIAL), guardian));
        assertEquals("t/demo/jobs/" + ID, DirectorySearchView.link("demo", hit(DirectoryKind.JOB), resident));
    }

    @Test
    void positions_are_kept_to_about_a_metre() {
        assertEquals(35.68124, DirectorySearchView.round(35.681236789), 1e-9);
        assertEquals(-139.76712, DirectorySearchView.round(-139.767123), 1e-9);
    }

    @Test
    void phone_numbers_become_tel_links_however_they_are_written() {
        assertEquals("tel:0312345678", ResourceDetailView.telHref("０３－１２３４－５６７８"));
        assertEquals("tel:0312345678", ResourceDetailView.telHref("(03) 1234-5678"));
        assertEquals("tel:+81312345678", ResourceDetailView.telHref("＋81 3 1234 5678"));
        assertEquals("tel:0120123456", ResourceDetailView.telHref("0120-123-456（平日のみ）"));
    }

    private static DirectoryHit hit(DirectoryKind kind) {
        return new DirectoryHit(ID, kind, "名前", null, null, null, null, false, false, null);
    }
}
