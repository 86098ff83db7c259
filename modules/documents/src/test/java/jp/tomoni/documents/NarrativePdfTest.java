package jp.tomoni.documents;

import static jp.tomoni.documents.Pdfs.compact;
import static jp.tomoni.documents.Pdfs.withoutSpaces;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jp.tomoni.documents.Narrative.Bullets;
import jp.tomoni.documents.Narrative.Fact;
import jp.tomoni.documents.Narrative.Notice;
import jp.tomoni.documents.Narrative.Paragraph;
import jp.tomoni.documents.Narrative.Section;
import jp.tomoni.documents.Narrative.Table;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class NarrativePdfTest {

    private static final float MARGIN = 36;
    private static final List<String> COLUMNS = List.of("連絡日", "方法", "内容と様子");

    @Test
    void the_title_facts_and_notice_lines_are_printed() {
        String letter = compact(NarrativePdf.render(Narratives.followUpLetter()));
        String report = compact(NarrativePdf.render(Narratives.supportReport()));
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(letter.contains("お元気でお過ごしですか"), letter));
        checks.add(() -> assertTrue(letter.contains("お名前山田花子様"), letter));
        checks.add(() -> assertTrue(letter.contains("いつでもご連絡ください"), letter));
        for (String line : Narratives.followUpLetter().notice().lines()) {
            checks.add(() -> assertTrue(letter.contains(withoutSpaces(line)), "notice line missing: " + line + "\n" + letter));
        }
        checks.add(() -> assertTrue(letter.contains("・家賃や光熱費の支払いが心配なとき"), letter));
        checks.add(() -> assertTrue(report.contains("支援レポート（職場定着支援）"), report));
        checks.add(() -> assertTrue(report.contains("ご本人の同意を得て、株式会社みどり食品人事部さまと共有します"), report));
        for (Fact fact : Narratives.supportReport().header()) {
            checks.add(() -> assertTrue(report.contains(withoutSpaces(fact.label() + fact.value())),
                    "fact missing: " + fact + "\n" + report));
        }
        checks.add(() -> assertTrue(report.contains("日付種別内容"), "table heading row: " + report));
        checks.add(() -> assertTrue(report.contains("令和9年1月14日職場訪問"), report));
        checks.add(() -> assertTrue(report.contains(withoutSpaces(Narratives.CONFIDENTIAL)), "footer: " + report));
        assertAll(checks);
    }

    @Test
    void the_sections_come_in_their_order_with_their_headings() {
        String text = compact(NarrativePdf.render(Narratives.handOver()));
        int previous = -1;
        for (String piece : List.of("引き継ぎ書（職場定着支援）", "氏名山田花子", "就労の状況", "株式会社みどり食品で品出し",
                "気をつけたいサイン", "・面談の予約を続けて取り消すとき", "お願いしたいこと", "月1回の面談と")) {
            int at = text.indexOf(piece, previous + 1);
            assertTrue(at > previous, () -> "missing or out of order: " + piece + "\n" + text);
            previous = at;
        }
    }

    @Test
    void a_long_table_runs_onto_numbered_pages_with_its_heading_row_on_each() {
        byte[] pdf = NarrativePdf.render(longTable(200, "フッターの一行"));
        List<String> pages = Pdfs.pageTexts(pdf);
        int n = pages.size();
        assertTrue(n >= 3, "200 rows on " + n + " pages");
        String heading = String.join("", COLUMNS);
        for (int i = 0; i < n; i++) {
            String page = withoutSpaces(pages.get(i));
            int number = i + 1;
            assertTrue(page.contains(number + "/" + n), "page " + number + " lacks its number " + number + " / " + n + ": " + page);
            assertTrue(page.contains("フッターの一行"), "page " + number + " lacks the footer");
            int headingAt = page.indexOf(heading);
            int firstRowAt = page.indexOf("第");
            assertTrue(headingAt >= 0, "page " + number + " lacks the table heading row: " + page);
            assertTrue(firstRowAt > headingAt, "page " + number + " starts with rows before the heading: " + page);
        }
        assertEquals(n, pages.stream().filter(p -> withoutSpaces(p).contains(heading)).count());
        String all = compact(pdf);
        int previous = -1;
        for (int row = 1; row <= 200; row++) {
            String cell = "第%03d回".formatted(row);
            int at = all.indexOf(cell, previous + 1);
            assertTrue(at > previous, "row " + row + " missing or out of order");
            previous = at;
        }
    }

    @Test
    void a_3000_character_paragraph_wraps_inside_the_margins_and_keeps_all_its_text() throws IOException {
        String sentence = "職場での様子は落ち着いており、上司との面談でも前向きな発言が多く見られた。";
        String text = sentence.repeat(3000 / sentence.length() + 1).substring(0, 3000);
        byte[] pdf = NarrativePdf.render(new Narrative("支援レポート", null, List.of(),
                List.of(new Section("経過", List.of(new Paragraph(text)))), null, null));
        try (PDDocument document = Pdfs.load(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
        }
        assertEquals(List.of(), positionsOutsideTheMargins(pdf));
        String body = compact(pdf).replaceAll("\\d+/\\d+", "");
        assertTrue(body.contains(text), "the paragraph lost or reordered text");
        assertTrue(linesOfText(pdf) >= 3000 / 60, "lines: " + linesOfText(pdf));
    }

    @Test
    void long_words_and_urls_stay_inside_the_margins_in_every_kind_of_block() throws IOException {
        String url = "https://example.jp/retention/" + "abcdefghij".repeat(30);
        byte[] pdf = NarrativePdf.render(new Narrative("題" + "長い題名".repeat(20), url, List.of(new Fact("URL", url),
                new Fact("氏名", "山田 花子")),
                List.of(new Section("見出し" + url, List.of(new Paragraph(url), new Bullets(List.of(url)),
                        new Table(List.of("項目", url), List.of(List.of(url, url, url)))))),
                new Notice(url, List.of(url)), url));
        assertEquals(List.of(), positionsOutsideTheMargins(pdf));
        assertTrue(compact(pdf).contains(url.substring(0, 40)), compact(pdf));
    }

    @Test
    void null_subtitle_notice_footer_and_fact_values_are_left_out() {
        byte[] pdf = NarrativePdf.render(new Narrative("引き継ぎ書", null, List.of(new Fact("定着支援の期限", null)),
                List.of(), null, null));
        String text = Pdfs.text(pdf);
        assertAll(
                () -> assertFalse(text.toLowerCase().contains("null"), text),
                () -> assertTrue(withoutSpaces(text).contains("定着支援の期限—"), "a missing value prints as —: " + text),
                () -> assertEquals("引き継ぎ書定着支援の期限—1/1", withoutSpaces(text)));
        String bare = Pdfs.text(NarrativePdf.render(new Narrative(null, null, null, null, null, null)));
        assertEquals("1/1", withoutSpaces(bare));
        String empty = Pdfs.text(NarrativePdf.render(new Narrative("題", null, null,
                List.of(new Section(null, null), new Section("空の節", List.of(new Paragraph(null), new Bullets(null),
                        new Table(null, null)))), new Notice(null, null), "")));
        assertEquals("題空の節1/1", withoutSpaces(empty));
    }

    @Test
    void every_page_is_a4_portrait_and_every_font_is_embedded() throws IOException {
        List<String> fontNames = new ArrayList<>();
        for (Narrative narrative : List.of(Narratives.supportReport(), Narratives.followUpLetter(),
                Narratives.handOver(), longTable(200, null))) {
            try (PDDocument document = Pdfs.load(NarrativePdf.render(narrative))) {
                for (PDPage page : document.getPages()) {
                    PDRectangle box = page.getMediaBox();
                    assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.01);
                    assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.01);
                    assertEquals(0, page.getRotation());
                    PDResources resources = page.getResources();
                    List<COSName> names = new ArrayList<>();
                    resources.getFontNames().forEach(names::add);
                    assertFalse(names.isEmpty(), "a page without fonts");
                    for (COSName name : names) {
                        PDFont font = resources.getFont(name);
                        assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                        fontNames.add(font.getName());
                    }
                }
            }
        }
        assertTrue(fontNames.stream().allMatch(n -> n.toLowerCase().contains("mplus")), "the Japanese font: " + fontNames);
    }

    @Test
    void the_title_is_large_the_body_is_10_5_pt_and_the_notice_larger_than_the_body() throws IOException {
        Map<String, Float> sizes = sizesOf(NarrativePdf.render(Narratives.followUpLetter()));
        float title = sizes.get("お元気でお過ごしですか");
        float body = sizes.get("次のようなときは");
        float notice = sizes.get("電話 012-345-6789");
        float footer = sizes.get("1 / 1");
        assertAll(
                () -> assertTrue(title >= 16 && title <= 18, "title " + title),
                () -> assertEquals(10.5f, body, 0.01f, "body"),
                () -> assertTrue(notice > body, "notice " + notice + " body " + body),
                () -> assertTrue(footer < body, "footer " + footer));
    }

    private static Narrative longTable(int rows, String footer) {
        List<List<String>> table = IntStream.rangeClosed(1, rows)
                .mapToObj(n -> List.of("第%03d回".formatted(n), n % 2 == 0 ? "電話" : "面談",
                        n % 7 == 0 ? "体調は安定。勤務時間を増やすことを店長と相談しており、来月から週5日を試す予定。" : "変わりなし。"))
                .toList();
        return new Narrative("連絡の記録", "定着支援の連絡記録（全" + rows + "件）",
                List.of(new Fact("氏名", "山田 花子")),
                List.of(new Section("記録", List.of(new Paragraph("支援期間中の連絡をすべて記載します。"), new Table(COLUMNS, table)))),
                null, footer);
    }

    /** Every glyph that reaches into a margin, as "character@x,y" on its page. */
    private static List<String> positionsOutsideTheMargins(byte[] pdf) throws IOException {
        try (PDDocument document = Pdfs.load(pdf)) {
            float right = PDRectangle.A4.getWidth() - MARGIN + 0.5f;
            float left = MARGIN - 0.5f;
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < left || p.getXDirAdj() + p.getWidthDirAdj() > right) {
                            outside.add(p.getUnicode() + "@" + p.getXDirAdj() + "," + p.getYDirAdj());
                        }
                    }
                }
            };
            stripper.getText(document);
            return outside;
        }
    }

    /** Number of separate text lines over all pages. */
    private static int linesOfText(byte[] pdf) throws IOException {
        try (PDDocument document = Pdfs.load(pdf)) {
            int[] lines = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    lines[0]++;
                }
            };
            stripper.getText(document);
            return lines[0];
        }
    }

    /** The type size of each line of text, by the line's text (the Tf size: getFontSizeInPt is whole points only). */
    private static Map<String, Float> sizesOf(byte[] pdf) throws IOException {
        try (PDDocument document = Pdfs.load(pdf)) {
            Map<String, Float> sizes = new HashMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float size = positions.stream().map(TextPosition::getFontSize).reduce(Float.MAX_VALUE, Math::min);
                    sizes.merge(text, size, Math::min);
                    for (String key : List.of("次のようなときは")) {
                        if (text.contains(key)) {
                            sizes.merge(key, size, Math::min);
                        }
                    }
                }
            };
            stripper.getText(document);
            return sizes;
        }
    }
}
