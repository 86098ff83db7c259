package jp.tomoni.domain.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FidelityCataloguesTest {
    private final FidelityCatalogue v1 = FidelityCatalogues.byId("seed000-v1").orElseThrow();

    static List<String> texts(FidelityElement e) {
        return e.items().stream().map(FidelityItem::text).toList();
    }

    @Test
    void the_seed_list_is_in_force_today_and_read_only_once() {
        assertSame(v1, FidelityCatalogues.current());
        assertSame(v1, FidelityCatalogues.inForceOn(LocalDate.of(2026, 9, 1)));
        assertEquals(List.of(v1), FidelityCatalogues.all());
        assertTrue(FidelityCatalogues.byId("seed999").isEmpty());
        assertThrows(IllegalStateException.class, () -> FidelityCatalogues.inForceOn(LocalDate.of(2013, 3, 31)));
    }

    @Test
    void the_elements_run_from_d3_to_f2_in_order() {
        assertEquals(List.of("D-3", "D-4", "D-5", "D-6", "D-7", "E-1", "E-2", "E-3", "F-1", "F-2"),
                v1.elements().stream().map(FidelityElement::code).toList());
        assertEquals("企業やNPOやハローワークなどと連携している", v1.element("D-5").orElseThrow().title());
        assertEquals(58, v1.itemCount());
    }

    @Test
    void the_f1_group_programme_appears_once_and_d7_says_suisho() {
        FidelityElement f1 = v1.element("F-1").orElseThrow();
        assertEquals(1, texts(f1).stream().filter("利用者が集団で支援を受けられるプログラムを用意している"::equals).count());
        assertEquals(4, f1.items().size());
        assertEquals("離職理由が適切な場合は、利用者が仕事を辞めることを積極的に推奨することが申し合わされている",
                v1.item("D-7.3").orElseThrow().text());
        assertTrue(v1.elements().stream().flatMap(e -> texts(e).stream()).noneMatch(t -> t.contains("垂涎")));
    }

    @Test
    void the_conference_item_and_the_scheme_item_carry_their_options() {
        FidelityItem conference = v1.item("E-1.4").orElseThrow();
        assertEquals(List.of("健康管理(服薬管理、症状管理等)", "金銭管理", "通勤・移動支援"), conference.options());
        assertEquals(Optional.of(EvidenceRule.E1_CONFERENCE_TOPICS), conference.rule());
        FidelityItem schemes = v1.item("E-2.4").orElseThrow();
        assertEquals(List.of("キャリアカウンセリングプログラム", "相談支援事業", "企業との継続支援契約", "利用者・家族との継続支援契約",
                "市町村の独自事業", "障害者就労相談・シルバー人材センターの利用", "その他"), schemes.options());
        assertTrue(v1.elements().stream().flatMap(e -> e.items().stream())
                .filter(i -> !i.options().isEmpty()).map(FidelityItem::code).toList().equals(List.of("E-1.4", "E-2.4")));
    }

    @Test
    void every_rule_is_used_by_exactly_one_item_and_codes_are_unique() {
        List<EvidenceRule> used = v1.elements().stream().flatMap(e -> e.items().stream())
                .flatMap(i -> i.rule().stream()).toList();
        assertEquals(Set.of(EvidenceRule.values()), Set.copyOf(used));
        assertEquals(EvidenceRule.values().length, used.size());
        Set<String> codes = new HashSet<>();
        for (FidelityElement e : v1.elements()) {
            assertTrue(codes.add(e.code()), e.code());
            for (int n = 0; n < e.items().size(); n++) {
                assertEquals(e.code() + "." + (n + 1), e.items().get(n).code(), "numbered in the seed's order");
                assertTrue(codes.add(e.items().get(n).code()));
            }
        }
        assertEquals(Optional.of(EvidenceRule.D5_HELLO_WORK_70), v1.item("D-5.1").orElseThrow().rule());
        assertTrue(v1.item("F-2.1").orElseThrow().rule().isEmpty(), "元生活保護利用者がスタッフ: a staff tick only");
    }

    static FidelityCatalogue read(String... lines) {
        return FidelityCatalogues.read("test.txt", new StringReader(String.join("\n", lines)));
    }

    @Test
    void a_broken_file_fails_to_load_naming_the_line() {
        FidelityCatalogue ok = read("# a comment", "@ t-1 2020-04-01", "E A-1 title", "I A-1.1 text | D6_MATERIALS", "O option");
        assertEquals(List.of("option"), ok.item("A-1.1").orElseThrow().options());
        assertEquals(Optional.of(EvidenceRule.D6_MATERIALS), ok.item("A-1.1").orElseThrow().rule());

        assertFails("test.txt:4: duplicate code A-1.1", "@ t-1 2020-04-01", "E A-1 title", "I A-1.1 one", "I A-1.1 two");
        assertFails("test.txt:3: unknown rule NO_SUCH_RULE", "@ t-1 2020-04-01", "E A-1 title", "I A-1.1 one | NO_SUCH_RULE");
        assertFails("test.txt:3: an option belongs under an item", "@ t-1 2020-04-01", "E A-1 title", "O option");
        assertFails("test.txt:4: rule D6_MATERIALS used twice", "@ t-1 2020-04-01", "E A-1 title",
                "I A-1.1 one | D6_MATERIALS", "I A-1.2 two | D6_MATERIALS");
        assertFails("test.txt:3: item B-1.1 outside its element", "@ t-1 2020-04-01", "E A-1 title", "I B-1.1 one");
        assertFails("test.txt:3: element A-1 has no items", "@ t-1 2020-04-01", "E A-1 title", "E A-2 title");
        assertFails("test.txt:1: the header first, then 'E <code> <text>'", "E A-1 title");
    }

    static void assertFails(String message, String... lines) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(lines), Arrays.toString(lines));
        assertEquals(message, e.getMessage());
    }
}
