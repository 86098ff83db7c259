package jp.tomoni.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.tenant.TenantRole;

class TranslationsTest {

    @Test
    void japanese_and_english_have_the_same_keys() throws IOException {
        assertEquals(load("translations.properties").stringPropertyNames(), load("translations_en.properties").stringPropertyNames());
    }

    @Test
    void every_role_and_category_has_a_label_in_both_languages() {
        for (Locale locale : Translations.LOCALES) {
            for (TenantRole r : TenantRole.values()) {
                assertNotEquals("role." + r.id(), Translations.translate("role." + r.id(), locale));
            }
            for (ResourceCategory c : ResourceCategory.values()) {
                assertNotEquals("category." + c.name(), Translations.translate("category." + c.name(), locale));
            }
        }
    }

    @Test
    void any_language_but_english_gets_japanese_whatever_the_server_s_own_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("食料支援", Translations.translate("category.FOOD", Locale.JAPANESE));
            assertEquals("食料支援", Translations.translate("category.FOOD", Locale.FRENCH));
            assertEquals("Food support", Translations.translate("category.FOOD", Locale.UK));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void placeholders_are_filled_in() {
        assertEquals("3件見つかりました", Translations.translate("resources.found", Locale.JAPANESE, 3));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
