package jp.tomoni.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.ProblemArea;

class ResourceColumnsTest {
    static final List<String> HEAD = List.of("名称", "支援の種類", "相談内容", "団体名", "場所の名前", "住所", "対象年齢（下限）", "無料");

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    static List<String> fields(ImportRow r) {
        return r.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void a_file_with_three_broken_rows_reports_exactly_those_rows_and_the_others_are_ok() {
        List<List<String>> cells = List.of(HEAD,
                row("フードバンクみどり", "食料支援", "食べるものがない", "NPOみどり", "", "みどり野市1-1", "", "はい"),
                row("", "就労", "", "", "", "", "", ""),                                  // no name
                row("子ども食堂", "子育て", "子育てのこと", "", "", "", "", "○"),
                row("学習支援", "勉強", "", "", "", "", "", ""),                            // unknown category
                row("相談窓口", "その他", "", "", "", "", "十八", ""),                        // age not a number
                row("居場所カフェ", "COMMUNITY", "", "", "カフェ", "", "", "いいえ"));
        // lines 3 and 5 of the file were empty and left out by the reader: numbers are the file's
        List<ImportRow> rows = ResourceColumns.rows(cells, List.of(1, 2, 4, 6, 7, 8, 9));

        assertEquals(6, rows.size());
        assertEquals(List.of(4, 7, 8), rows.stream().filter(r -> !r.ok()).map(ImportRow::row).toList());
        assertEquals(List.of(2, 6, 9), rows.stream().filter(ImportRow::ok).map(ImportRow::row).toList());
        assertEquals(List.of("名称:required"), fields(rows.get(1)));
        assertEquals(List.of("支援の種類:unknownOption"), fields(rows.get(3)));
        assertEquals("勉強", rows.get(3).violations().get(0).args()[0]);
        assertEquals(List.of("対象年齢（下限）:malformed"), fields(rows.get(4)));
    }

    @Test
    void japanese_labels_and_enum_names_are_both_accepted() {
        List<String> head = List.of("名称", "支援の種類", "相談内容", "対象条件", "対応言語", "公開範囲");
        List<ImportRow> rows = ResourceColumns.rows(List.of(head,
                row("A", "食料支援", "病気や健康、障害のこと、仕事探し、就職について", "ひとり親家庭、高齢の方", "英語、やさしい日本語", "職員のみ"),
                row("A", "FOOD", "HEALTH, JOB_SEARCH", "SINGLE_PARENT;ELDERLY", "EN,JA_EASY", "STAFF"),
                row("A", "food", "1、7", "ひとり親; 高齢者", "en; ja-easy", "staff")));
        rows.forEach(r -> assertTrue(r.ok(), () -> r.row() + " " + fields(r)));
        ResourceDraft a = rows.get(0).draft();
        assertEquals(ResourceCategory.FOOD, a.category());
        assertEquals(EnumSet.of(ProblemArea.HEALTH, ProblemArea.JOB_SEARCH), a.areas());
        assertEquals(EnumSet.of(EligibilityCondition.SINGLE_PARENT, EligibilityCondition.ELDERLY), a.eligibility().conditions());
        assertEquals(EnumSet.of(SupportLanguage.EN, SupportLanguage.JA_EASY), a.languages());
        assertEquals(Visibility.STAFF, a.visibility());
        assertEquals(a, rows.get(1).draft());
        assertEquals(a, rows.get(2).draft());
    }

    @Test
    void headings_come_in_any_order_in_english_or_with_a_required_mark() {
        List<ImportRow> rows = ResourceColumns.rows(List.of(
                row("Category", "NAME", "phone", "ｍｉｎ＿ａｇｅ", "名称＊"),
                row("住まい", "シェルター", "03-1234-5678", "18")));
        // 名称＊ is 名称 again
        assertEquals(List.of("名称＊:import.duplicateColumn"), fields(rows.get(0)));
        ImportRow r = rows.get(1);
        assertEquals("シェルター", r.draft().name());
        assertEquals(ResourceCategory.HOUSING, r.draft().category());
        assertEquals("03-1234-5678", r.draft().contact().phone());
        assertEquals(18, r.draft().eligibility().minAge());
    }

    @Test
    void an_unknown_heading_is_one_fault_on_the_heading_row_and_a_missing_required_column_another() {
        List<ImportRow> rows = ResourceColumns.rows(List.of(row("名称", "備考", "", "担当者"), row("A", "メモ", "", "山田")),
                List.of(3, 4));
        ImportRow heading = rows.get(0);
        assertEquals(3, heading.row());
        assertFalse(heading.ok());
        assertNull(heading.draft());
        assertEquals(List.of("備考:import.unknownColumn", "担当者:import.unknownColumn", "支援の種類:import.missingColumn"),
                fields(heading));
        // the row itself: no category given
        assertEquals(List.of("支援の種類:required"), fields(rows.get(1)));
    }

    @Test
    void yes_no_columns_take_the_usual_marks_and_blank_is_no() {
        List<String> head = List.of("名称", "支援の種類", "無料");
        List<ImportRow> rows = ResourceColumns.rows(List.of(head,
                row("A", "就労", "はい"), row("B", "就労", "○"), row("C", "就労", "TRUE"), row("D", "就労", "1"),
                row("E", "就労", "いいえ"), row("F", "就労", "×"), row("G", "就労", ""), row("H", "就労", "たぶん")));
        assertEquals(List.of(true, true, true, true, false, false, false, false),
                rows.stream().map(r -> r.draft().free()).toList());
        assertEquals(List.of("無料:unknownOption"), fields(rows.get(7)));
    }

    @Test
    void a_place_is_made_from_its_name_or_address_and_is_named_after_the_address_when_unnamed() {
        List<String> head = List.of("名称", "支援の種類", "場所の名前", "郵便番号", "住所", "地区", "緯度", "経度", "非公開の場所");
        List<ImportRow> rows = ResourceColumns.rows(List.of(head,
                row("A", "住まい", "", "100-0001", "東京都千代田区1-1", "中央", "35.68", "139.76", ""),
                row("B", "住まい", "", "", "", "", "", "", ""),
                row("C", "住まい", "", "100-0001", "", "", "", "", ""),
                row("D", "虐待・暴力", "シェルター", "", "非公開の住所", "", "", "", "はい")));
        LocationDraft a = rows.get(0).location();
        assertEquals(new LocationDraft("東京都千代田区1-1", "100-0001", "東京都千代田区1-1", "中央", 35.68, 139.76, false, null, null), a);
        assertEquals("東京都千代田区1-1", rows.get(0).draft().address());
        assertNull(rows.get(1).location());
        assertTrue(rows.get(1).ok());
        assertEquals(List.of("場所の名前:required"), fields(rows.get(2)));
        // a place not to be shown: its address stays off the resource
        assertTrue(rows.get(3).location().confidential());
        assertNull(rows.get(3).draft().address());
    }

    @Test
    void location_and_draft_rules_are_reported_under_the_column_headings() {
        List<String> head = List.of("名称", "ふりがな", "支援の種類", "住所", "郵便番号", "緯度", "経度", "メール", "対象年齢（下限）",
                "対象年齢（上限）", "対応言語");
        List<ImportRow> rows = ResourceColumns.rows(List.of(head,
                row("A", "Food", "食料支援", "a".repeat(301), "12", "95", "139", "mail", "20", "10", "英語、火星語")));
        // the place is named after its address: the address's fault is not told twice
        assertEquals(List.of("対応言語:unknownOption", "ふりがな:kana", "住所:tooLong", "対象年齢（上限）:eligibility.ageOrder",
                "メール:email", "郵便番号:postalCode", "緯度:outOfRange"), fields(rows.get(0)));
        assertEquals("火星語", rows.get(0).violations().get(0).args()[0]);
        List<ImportRow> north = ResourceColumns.rows(List.of(head, row("A", "", "食料支援", "みどり野市", "", "35", "北", "", "", "", "")));
        assertEquals(List.of("経度:malformed"), fields(north.get(0)));
    }

    @Test
    void empty_rows_are_left_out_and_an_empty_sheet_has_no_rows() {
        assertEquals(List.of(), ResourceColumns.rows(List.of()));
        List<ImportRow> rows = ResourceColumns.rows(List.of(List.of("名称", "支援の種類"), List.of(" ", ""), List.of("A", "就労")));
        assertEquals(List.of(3), rows.stream().map(ImportRow::row).toList());
    }

    @Test
    void export_cells_reimport_to_an_equal_draft() {
        UUID orgId = UUID.randomUUID();
        Organization org = new Organization(orgId, "midorino", "NPO法人みどり", null, null, Contact.NONE, 0, Instant.EPOCH);
        Location place = new Location(UUID.randomUUID(), "midorino", orgId, "みどり野センター", "100-0001", "みどり野市中央1-2-3",
                "中央地区", new GeoPoint(35.681236, 139.767125), false, null, null, 0);
        ResourceDraft draft = new ResourceDraft("フードバンク、みどり", ResourceCategory.FOOD, "毎週水曜に\n食料を配ります, 予約不要",
                "みどり野市中央1-2-3", "ふーどばんくみどり", EnumSet.of(ProblemArea.HEALTH, ProblemArea.NO_FOOD, ProblemArea.JOB_SEARCH),
                new Eligibility("市内在住の方", 18, 64, true, EnumSet.of(EligibilityCondition.LOW_INCOME, EligibilityCondition.SINGLE_PARENT)),
                EnumSet.of(SupportLanguage.JA, SupportLanguage.EN, SupportLanguage.SIGN), "水曜 10:00〜15:00", "無料", true,
                new Contact("03-1234-5678", "info@example.jp", "https://example.jp/food"), "車いす可",
                Visibility.MEMBERS, null, List.of());
        SocialResource r = SocialResource.register("midorino", draft, "worker", Instant.EPOCH);

        List<String> cells = ResourceColumns.toCells(r, org, place);
        assertEquals(ResourceColumns.header().size(), cells.size());
        List<ImportRow> rows = ResourceColumns.rows(List.of(ResourceColumns.header(), cells));

        assertEquals(1, rows.size());
        ImportRow back = rows.get(0);
        assertTrue(back.ok(), () -> fields(back).toString());
        assertEquals(r.toDraft(List.of()), back.draft());
        assertEquals("NPO法人みどり", back.organizationName());
        assertEquals(new LocationDraft("みどり野センター", "100-0001", "みどり野市中央1-2-3", "中央地区", 35.681236, 139.767125,
                false, null, null), back.location());
    }

    @Test
    void a_resource_without_a_place_or_organization_exports_its_own_address() {
        SocialResource r = SocialResource.register("t", new ResourceDraft("相談", ResourceCategory.OTHER, null, "市役所2階"), "w",
                Instant.EPOCH);
        List<String> cells = ResourceColumns.toCells(r, null, null);
        List<String> header = ResourceColumns.header();
        assertEquals("市役所2階", cells.get(header.indexOf("住所")));
        assertEquals("", cells.get(header.indexOf("団体名")));
        assertEquals("一般公開", cells.get(header.indexOf("公開範囲")));
        assertEquals("いいえ", cells.get(header.indexOf("無料")));
        ImportRow back = ResourceColumns.rows(List.of(header, cells)).get(0);
        assertTrue(back.ok());
        assertEquals(r.toDraft(List.of()), back.draft());
    }

    @Test
    void every_label_reads_back_as_its_value() {
        List<String> head = List.of("名称", "支援の種類", "相談内容", "対象条件", "対応言語", "公開範囲");
        List<List<String>> cells = new ArrayList<>();
        cells.add(head);
        for (ResourceCategory c : ResourceCategory.values()) {
            cells.add(row("x", ResourceColumns.label(c), "", "", "", ""));
        }
        List<String> all = new ArrayList<>();
        for (ProblemArea a : ProblemArea.values()) {
            all.add(ResourceColumns.label(a));
        }
        List<String> conditions = new ArrayList<>();
        for (EligibilityCondition c : EligibilityCondition.values()) {
            conditions.add(ResourceColumns.label(c));
        }
        List<String> languages = new ArrayList<>();
        for (SupportLanguage l : SupportLanguage.values()) {
            languages.add(ResourceColumns.label(l));
        }
        cells.add(row("y", "その他", String.join("、", all), String.join("、", conditions), String.join("、", languages), "地域の仲間向け"));
        List<ImportRow> rows = ResourceColumns.rows(cells);
        rows.forEach(r -> assertTrue(r.ok(), () -> fields(r).toString()));
        assertEquals(List.of(ResourceCategory.values()), rows.subList(0, ResourceCategory.values().length).stream()
                .map(r -> r.draft().category()).toList());
        ResourceDraft y = rows.get(rows.size() - 1).draft();
        assertEquals(Set.of(ProblemArea.values()), y.areas());
        assertEquals(Set.of(EligibilityCondition.values()), y.eligibility().conditions());
        assertEquals(Set.of(SupportLanguage.values()), y.languages());
        assertEquals(Visibility.MEMBERS, y.visibility());
    }

    @Test
    void header_lists_the_japanese_headings_in_export_order() {
        List<String> h = ResourceColumns.header();
        assertEquals(27, h.size());
        assertEquals(List.of("名称", "ふりがな", "支援の種類"), h.subList(0, 3));
        assertEquals("公開範囲", h.get(h.size() - 1));
        // every heading reads back as its own column
        List<ImportRow> rows = ResourceColumns.rows(List.of(h, List.of("A", "", "就労")));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).ok());
    }
}
