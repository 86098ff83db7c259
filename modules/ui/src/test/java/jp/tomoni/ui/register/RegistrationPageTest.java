package jp.tomoni.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantDefinition;

class RegistrationPageTest {
    private static final TenantDefinition MIDORINO = new TenantDefinition("midorino", "みどり野市", "Midorino City", "131016",
            "東京都", 120_000, "#2e7d32", Set.of("casework"));

    @Test
    void japanese_unless_english_is_asked_for_by_parameter_or_preferred_by_the_browser() {
        assertEquals(Locale.JAPANESE, RegistrationPage.language(null, List.of()));
        assertEquals(Locale.JAPANESE, RegistrationPage.language(null, List.of(Locale.FRENCH, Locale.JAPANESE, Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, RegistrationPage.language(null, List.of(Locale.FRENCH, Locale.UK, Locale.JAPANESE)));
        assertEquals(Locale.ENGLISH, RegistrationPage.language("en", List.of(Locale.JAPANESE)));
        assertEquals(Locale.JAPANESE, RegistrationPage.language("ja", List.of(Locale.ENGLISH)));
        assertEquals(Locale.JAPANESE, RegistrationPage.language("<script>", List.of()));
    }

    @Test
    void the_five_html_characters_are_escaped() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", RegistrationPage.escape("<a href=\"x\" title='y'>&"));
    }

    @Test
    void a_tenant_name_with_markup_is_shown_as_text_not_run() {
        TenantDefinition evil = new TenantDefinition("evil", "<script>alert(1)</script>市", "<b>Evil</b>", "131016",
                "東京都", 1, "#2e7d32", Set.of());
        String html = RegistrationPage.render(evil, Locale.JAPANESE, "", "n0nce");
        assertFalse(html.contains("<script>alert(1)"), "tenant name rendered as markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;市"));
    }

    @Test
    void the_page_names_the_tenant_labels_every_field_and_groups_the_role_choice() {
        String html = RegistrationPage.render(MIDORINO, Locale.JAPANESE, "", "n0nce");
        assertTrue(html.contains("<html lang=\"ja\">"));
        assertTrue(html.contains("みどり野市 地域ポータルの利用登録"));
        for (String field : List.of("familyName", "givenName", "email", "companyName", "corporateNumber", "agreed",
                "role-guardian", "role-resident", "role-company-recruiter")) {
            assertTrue(html.contains("<label for=\"" + field + "\">"), "label for " + field);
        }
        assertTrue(html.contains("<fieldset id=\"role\""));
        assertTrue(html.contains("<legend>登録する立場"));
        assertTrue(html.contains("保護者") && html.contains("住民・ご本人") && html.contains("企業の採用担当"));
        assertTrue(html.contains("data-endpoint=\"/api/register/midorino\""));
        assertTrue(html.contains("<script nonce=\"n0nce\">") && html.contains("<style nonce=\"n0nce\">"));
        assertTrue(html.contains("72時間以内"));
    }

    @Test
    void the_english_page_uses_the_english_name_and_offers_japanese() {
        String html = RegistrationPage.render(MIDORINO, Locale.ENGLISH, "/ctx", "n");
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Sign up for the Midorino City community portal"));
        assertTrue(html.contains("href=\"?lang=ja\""));
        assertTrue(html.contains("data-endpoint=\"/ctx/api/register/midorino\""));
        assertTrue(html.contains("Midorino City&#39;s community portal"), "apostrophes survive the message format");
        assertTrue(html.contains("children&#39;s"));
    }
}
