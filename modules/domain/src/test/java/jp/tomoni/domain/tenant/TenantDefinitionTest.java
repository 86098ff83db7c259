package jp.tomoni.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class TenantDefinitionTest {

    private static TenantDefinition valid() {
        return new TenantDefinition("midorino", "みどり野市", "Midorino City", "139017", "東京都", 120000,
                "#2e7d32", Set.of("casework", "resources"));
    }

    private static List<String> fields(TenantDefinition d) {
        return d.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void a_complete_definition_has_no_violations() {
        assertTrue(valid().violations().isEmpty());
    }

    @Test
    void the_code_must_carry_its_check_digit() {
        var d = new TenantDefinition("midorino", "みどり野市", "Midorino City", "139018", "東京都", 1, "#2e7d32", Set.of());
        assertEquals(List.of("code"), fields(d));
        assertEquals("tenant.code.checkDigit", d.violations().get(0).code());
    }

    @Test
    void the_code_must_belong_to_the_named_prefecture() {
        var d = new TenantDefinition("midorino", "みどり野市", "Midorino City", "139017", "大阪府", 1, "#2e7d32", Set.of());
        assertEquals(List.of("code"), fields(d));
        assertEquals("tenant.code.prefectureMismatch", d.violations().get(0).code());
    }

    @Test
    void an_unknown_prefecture_is_refused() {
        var d = new TenantDefinition("midorino", "みどり野市", "Midorino City", "139017", "東京", 1, "#2e7d32", Set.of());
        assertEquals(List.of("prefecture"), fields(d));
    }

    @Test
    void every_missing_or_malformed_field_is_reported_at_once() {
        var d = new TenantDefinition("Bad Slug", " ", null, "12", null, 0, "green", Set.of("casework", "teleport"));
        assertEquals(List.of("slug", "name.ja", "name.en", "code", "prefecture", "population", "colour", "features"),
                fields(d));
    }

    @Test
    void slugs_are_lower_case_ascii_words_joined_by_hyphens() {
        for (String ok : List.of("midorino", "aoba-town", "city-01")) {
            assertTrue(withSlug(ok).violations().isEmpty(), ok);
        }
        for (String bad : List.of("M", "a", "-abc", "abc-", "みどり", "ab_c")) {
            assertEquals(List.of("slug"), fields(withSlug(bad)), bad);
        }
    }

    private static TenantDefinition withSlug(String slug) {
        var v = valid();
        return new TenantDefinition(slug, v.nameJa(), v.nameEn(), v.code(), v.prefecture(), v.population(),
                v.colour(), v.features());
    }
}
