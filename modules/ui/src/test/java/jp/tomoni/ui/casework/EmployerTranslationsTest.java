package jp.tomoni.ui.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.employment.EmployerContactKind;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.ui.i18n.Translations;

class EmployerTranslationsTest {
    @Test
    void every_industry_and_contact_kind_has_a_label_in_both_languages_and_japanese_matches_the_domain() {
        for (Locale locale : Translations.LOCALES) {
            for (Industry i : Industry.values()) {
                assertNotEquals("industry." + i.name(), Translations.translate("industry." + i.name(), locale));
            }
            for (EmployerContactKind k : EmployerContactKind.values()) {
                assertNotEquals("employers.kind." + k.name(), Translations.translate("employers.kind." + k.name(), locale));
            }
        }
        for (Industry i : Industry.values()) {
            assertEquals(i.labelJa(), Translations.translate("industry." + i.name(), Locale.JAPANESE));
        }
        for (EmployerContactKind k : EmployerContactKind.values()) {
            assertEquals(k.labelJa(), Translations.translate("employers.kind." + k.name(), Locale.JAPANESE));
        }
    }

    @Test
    void a_month_reads_as_its_name_and_a_mark_not_as_a_colour() {
        assertEquals("11月 ✓", Translations.translate("employers.coverage.month", Locale.JAPANESE, "11月",
                Translations.translate("employers.coverage.yes", Locale.JAPANESE)));
        assertEquals("この12か月に訪問した業種：8 / 20", Translations.translate("employers.industries", Locale.JAPANESE, 8, 20));
        assertEquals("雇用後の連絡会（毎月1回以上）：12か月中 9か月",
                Translations.translate("employers.coverage.liaison", Locale.JAPANESE, 9, 12));
    }
}
