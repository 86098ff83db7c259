package jp.tomoni.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DirectoryEntriesTest {
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    static final UUID ORG = UUID.randomUUID();

    static SocialResource resource(String address) {
        return SocialResource.register("midorino", new ResourceDraft("一時保護の相談", ResourceCategory.ABUSE,
                "DVの相談と一時保護", address), "worker", NOW);
    }

    static Location place(String address, String district, boolean confidential) {
        return new Location(UUID.randomUUID(), "midorino", ORG, "場所", null, address, district,
                new GeoPoint(35.7, 139.4), confidential, null, null, 0);
    }

    @Test
    void a_confidential_place_gives_away_neither_address_nor_district_nor_point() {
        DirectoryEntry e = DirectoryEntries.of(resource(null), null,
                List.of(place("秘密の住所1-1", "北地区", true), place("中央1-1", "中央地区", false)));
        assertEquals(List.of("中央1-1"), e.addresses());
        assertEquals(Set.of("中央地区"), e.districts());
        assertEquals(1, e.points().size());
        assertFalse(e.toString().contains("秘密の住所"));
        assertFalse(e.districts().contains("北地区"));
    }

    @Test
    void a_resource_offered_only_at_confidential_places_shows_no_address_at_all() {
        DirectoryEntry e = DirectoryEntries.of(resource("みどり野市北町2-2"), null, List.of(place("秘密の住所1-1", "北地区", true)));
        assertTrue(e.addresses().isEmpty());
        assertTrue(e.points().isEmpty());
    }

    @Test
    void the_entry_carries_the_organization_name_and_the_languages_by_code() {
        var draft = new ResourceDraft("相談", ResourceCategory.OTHER, null, null, null, Set.of(), null,
                Set.of(SupportLanguage.EN, SupportLanguage.JA_EASY), null, null, true, null, null, Visibility.MEMBERS,
                null, List.of());
        var r = SocialResource.register("midorino", draft, "worker", NOW);
        var org = new Organization(ORG, "midorino", "NPO法人ともにネット", null, null, Contact.NONE, 0, NOW);
        DirectoryEntry e = DirectoryEntries.of(r, org, List.of());
        assertEquals("NPO法人ともにネット", e.organization());
        assertEquals(Set.of("en", "ja-easy"), e.languages());
        assertEquals(Visibility.MEMBERS, e.visibility());
        assertTrue(e.free());
    }
}
