package jp.tomoni.documents;

import static jp.tomoni.documents.Pdfs.compact;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.tomoni.documents.PlanSheet.Action;
import jp.tomoni.documents.PlanSheet.Actor;
import jp.tomoni.documents.PlanSheet.Edition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

class PlanPdfTest {

    private static final List<String> FORM_HEADINGS = List.of(
            "プラン兼事業等利用申込書",
            "■解決したい課題",
            "■目標（目指す姿）※<本人が設定>",
            "■プラン※<法に基づく事業等だけでなく、自立相談支援機関や関係機関等が行うことや、本人が行うことも含めて記入>",
            "■法に基づく事業等※",
            "■その他関連する事業等※",
            "■プランの期間と次回モニタリング（予定）時期",
            "■プランに関する本人同意・申込署名欄",
            "<支援調整会議・支援決定>");

    @Test
    void the_form_is_printed_on_a4_portrait_pages() {
        try (PDDocument pdf = Pdfs.load(PlanPdf.render(Plans.typical().build()))) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.01);
                assertEquals(0, page.getRotation());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_form_carries_the_persons_name_and_every_national_heading_in_order() {
        String text = compact(PlanPdf.render(Plans.typical().build()));
        assertTrue(text.contains("山田花子"), text);
        assertTrue(text.contains("やまだはなこ"), text);
        int previous = -1;
        for (String heading : FORM_HEADINGS) {
            int at = text.indexOf(Pdfs.withoutSpaces(heading), previous + 1);
            assertTrue(at > previous, () -> "heading missing or out of order: " + heading + "\n" + text);
            previous = at;
        }
    }

    @Test
    void dates_are_printed_in_the_japanese_era() {
        String text = compact(PlanPdf.render(Plans.typical().build()));
        assertAll(
                () -> assertTrue(text.contains("令和8年11月23日"), "plan date"),
                () -> assertTrue(text.contains("昭和55年4月1日（46歳）"), "birth date with age on the plan date"),
                () -> assertTrue(text.contains("令和9年5月31日まで"), "plan end"),
                () -> assertTrue(text.contains("令和9年2月"), "next monitoring month"),
                () -> assertTrue(text.contains("支給期間令和8年12月～令和9年2月"), "housing benefit months"),
                () -> assertFalse(text.replace("2026-000123", "").matches(".*20[0-9]{2}.*"), "no western year outside the ID"));
    }

    @Test
    void the_consent_section_has_both_sentences_and_an_empty_signature_line() {
        String text = compact(PlanPdf.render(Plans.typical().build()));
        assertTrue(text.contains("私は、上記のプランに基づく支援について同意します。"), text);
        assertTrue(text.contains("☑法に基づく事業（上記3、4、5）の利用を申し込みます。"), text);
        assertTrue(text.contains("本人署名印"), "the signature place holds no name: " + text);
    }

    @Test
    void statutory_services_tick_what_is_used_and_show_the_details() {
        String text = compact(PlanPdf.render(Plans.typical().build()));
        assertAll(
                () -> assertTrue(text.contains("1住居確保給付金☑有□無"), text),
                () -> assertTrue(text.contains("給付額40,000円/月"), text),
                () -> assertTrue(text.contains("☑申込中□既受給□申込予定"), text),
                () -> assertTrue(text.contains("2一時生活支援事業□有☑無"), text),
                () -> assertTrue(text.contains("□雇用型☑非雇用型"), text),
                () -> assertTrue(text.contains("☑支援決定（法に基づく事業（上記3,4,5））□確認"), text),
                () -> assertTrue(text.contains("①令和8年12月3日"), text));
    }

    @Test
    void a_replan_and_its_revision_are_marked_in_the_header() {
        String text = compact(PlanPdf.render(Plans.typical().edition(Edition.replan(2).revised(1)).build()));
        assertTrue(text.contains("□初回☑再プラン（2）回目修正（1）"), text);
    }

    @Test
    void a_sex_in_the_persons_own_words_goes_in_the_brackets() {
        assertEquals("□男性 □女性 ☑（答えたくない）", PlanFormWriter.sex("答えたくない"));
        assertEquals("☑男性 □女性 □（　　）", PlanFormWriter.sex("男性"));
    }

    @Test
    void every_font_on_every_page_is_embedded() {
        PlanSheet sheet = Plans.typical().build();
        for (byte[] pdf : List.of(PlanPdf.render(sheet), PlanPdf.renderPersonCopy(sheet))) {
            try (PDDocument document = Pdfs.load(pdf)) {
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    List<COSName> names = new ArrayList<>();
                    resources.getFontNames().forEach(names::add);
                    assertFalse(names.isEmpty(), "a page without fonts");
                    for (COSName name : names) {
                        PDFont font = resources.getFont(name);
                        assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                    }
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void long_issues_continue_on_further_pages_without_losing_text() {
        String issues = IntStream.rangeClosed(1, 300)
                .mapToObj(n -> "課題その" + n + "：家賃の支払いが遅れ、生活のリズムも崩れている。")
                .collect(Collectors.joining());
        byte[] pdf = PlanPdf.render(Plans.typical().issues(issues).build());
        try (PDDocument document = Pdfs.load(pdf)) {
            assertTrue(document.getNumberOfPages() >= 4, "pages: " + document.getNumberOfPages());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String body = compact(pdf).replaceAll("プラン兼事業等利用申込書ID2026-000123\\d+/\\d+", "");
        assertTrue(body.contains(issues), "the issues lost or reordered text across pages");
    }

    @Test
    void no_text_runs_past_the_right_margin() throws IOException {
        String unbroken = "https://example.jp/" + "a".repeat(300);
        PlanSheet sheet = Plans.typical()
                .issues("途中で折り返すはずの長い文章。".repeat(30) + unbroken)
                .actions(new Action("長い取り組み".repeat(20), Actor.OTHER, "頻度".repeat(40), true))
                .build();
        for (byte[] pdf : List.of(PlanPdf.render(sheet), PlanPdf.renderPersonCopy(sheet))) {
            try (PDDocument document = Pdfs.load(pdf)) {
                float limit = PDRectangle.A4.getWidth() - 36 + 0.5f;
                List<String> outside = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            if (p.getXDirAdj() + p.getWidthDirAdj() > limit) {
                                outside.add(p.getUnicode() + "@" + p.getXDirAdj());
                            }
                        }
                    }
                };
                stripper.getText(document);
                assertTrue(outside.isEmpty(), () -> "text beyond the margin: " + outside);
            }
        }
    }

    @Test
    void a_blank_sheet_prints_blank_places_not_null() {
        PlanSheet blank = Plans.blank();
        String form = Pdfs.text(PlanPdf.render(blank));
        String copy = Pdfs.text(PlanPdf.renderPersonCopy(blank));
        assertAll(
                () -> assertFalse(form.toLowerCase().contains("null"), form),
                () -> assertFalse(copy.toLowerCase().contains("null"), copy),
                () -> assertTrue(Pdfs.withoutSpaces(form).contains("□初回□再プラン（）回目"), form),
                () -> assertTrue(Pdfs.withoutSpaces(form).contains("年月日（歳）"), "blank birth date places: " + form),
                () -> assertTrue(Pdfs.withoutSpaces(form).contains("□有□無"), form),
                () -> assertTrue(copy.contains(PlainWords.NOT_YET), copy));
    }

    @Test
    void blank_text_fields_in_a_filled_sheet_stay_blank() {
        PlanSheet sheet = Plans.typical().author("  ").contact(null).furigana(null).build();
        String form = Pdfs.text(PlanPdf.render(sheet));
        String copy = Pdfs.text(PlanPdf.renderPersonCopy(sheet));
        assertFalse(form.contains("null") || copy.contains("null"));
        assertFalse(copy.contains("担当："), "no author line without an author");
    }

    @Test
    void characters_the_font_lacks_print_as_geta_instead_of_failing() {
        String text = compact(PlanPdf.render(Plans.typical().name("\uD842\uDFB7野 \u2F2D田").build()));
        assertTrue(text.contains("〓野山田"), "𠮷 has no glyph and prints as 〓; the radical ⼭ (U+2F2D) prints as 山: " + text);
    }

    @Test
    void the_persons_copy_speaks_in_plain_words_without_administrative_boxes() {
        String text = compact(PlanPdf.renderPersonCopy(Plans.typical().build()));
        List<Executable> checks = new ArrayList<>();
        for (String heading : List.of("あなたが目指すこと", "これから取り組むこと", "だれが", "次にお会いして振り返る時期",
                "困ったときの連絡先")) {
            checks.add(() -> assertTrue(text.contains(heading), "missing " + heading));
        }
        checks.add(() -> assertTrue(text.contains("やまだはなこ山田花子さん"), "furigana by the name: " + text));
        checks.add(() -> assertTrue(text.contains("だれが：あなた"), text));
        checks.add(() -> assertTrue(text.contains("令和9年2月ごろ"), text));
        checks.add(() -> assertTrue(text.contains("012-345-6789"), text));
        checks.add(() -> assertTrue(text.contains("家賃の支援（住居確保給付金）"), text));
        checks.add(() -> assertFalse(text.contains("■法に基づく事業等"), "no administrative section"));
        checks.add(() -> assertFalse(text.contains("支援調整会議"), "no meeting box"));
        checks.add(() -> assertFalse(text.contains("本人署名"), "no signature box"));
        assertAll(checks);
    }

    @Test
    void the_persons_copy_uses_larger_type_than_the_form() throws IOException {
        PlanSheet sheet = Plans.typical().build();
        assertTrue(smallestBodySize(PlanPdf.renderPersonCopy(sheet)) >= 12.9f);
        assertTrue(smallestBodySize(PlanPdf.render(sheet)) < 10f);
    }

    /** The smallest type among the lines that carry the goal text. */
    private static float smallestBodySize(byte[] pdf) throws IOException {
        try (PDDocument document = Pdfs.load(pdf)) {
            float[] smallest = {Float.MAX_VALUE};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.contains("安定した仕事")) {
                        positions.forEach(p -> smallest[0] = Math.min(smallest[0], p.getFontSizeInPt()));
                    }
                }
            };
            stripper.getText(document);
            return smallest[0];
        }
    }
}
