package jp.tomoni.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class ResourceDraftTest {

    @Test
    void a_resource_needs_a_name_and_a_category() {
        var v = new ResourceDraft(" ", null, null, null).violations();
        assertEquals(List.of("name", "category"), v.stream().map(FieldViolation::field).toList());
    }

    @Test
    void over_long_fields_are_refused_with_their_limit() {
        var v = new ResourceDraft("x".repeat(201), ResourceCategory.FOOD, "d".repeat(4001), "a".repeat(301)).violations();
        assertEquals(List.of("name", "description", "address"), v.stream().map(FieldViolation::field).toList());
        assertEquals(200, v.get(0).args()[0]);
    }

    @Test
    void registering_an_invalid_draft_creates_nothing() {
        assertThrows(InvalidInputException.class,
                () -> SocialResource.register("t", new ResourceDraft("", ResourceCategory.FOOD, null, null), "me", Instant.now()));
    }

    @Test
    void registration_trims_text_and_stores_blank_optionals_as_absent() {
        var r = SocialResource.register("midorino",
                new ResourceDraft("  フードバンク  ", ResourceCategory.FOOD, "  ", "みどり野市1-1"), "worker", Instant.EPOCH);
        assertEquals("フードバンク", r.name());
        assertNull(r.description());
        assertEquals("midorino", r.tenantId());
        assertTrue(r.id() != null);
    }
}
