package jp.tomoni.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a {@link Narrative} as an A4 portrait PDF with the plan form's margins and embedded Japanese font:
 * 支援レポート, フォローアップのお手紙, 引き継ぎ書 and other short documents in words.
 */
public final class NarrativePdf {

    /** A footer longer than this many lines is cut short with 「…」; it is meant to be one line. */
    static final int MAX_FOOTER_LINES = 3;
    private static final String CUT = "…";
    /** The widest page number the footer leaves room for. */
    private static final String WIDEST_NUMBER = "999 / 999";

    private NarrativePdf() {
    }

    public static byte[] render(Narrative narrative) {
        Objects.requireNonNull(narrative, "narrative");
        String title = FormText.strip(narrative.title());
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document);
            List<String> footer = footerLines(narrative.footer(), fonts);
            float footerSpace = PlanPdf.FOOTER_SPACE + Math.max(0, footer.size() - 1) * PlanPdf.FOOTER.leading();
            PageFlow flow = new PageFlow(document, fonts, PlanPdf.MARGIN, footerSpace);
            new NarrativeWriter(flow, narrative).write();
            flow.numberPages(footer, PlanPdf.FOOTER);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Tomoni");
            document.getDocumentCatalog().setLanguage("ja-JP");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + title, e);
        }
    }

    /** The footer wrapped beside the page number, at most MAX_FOOTER_LINES lines. */
    private static List<String> footerLines(String footer, DocumentFonts fonts) throws IOException {
        String printable = DocumentFonts.printable(FormText.strip(footer));
        if (printable.isBlank()) {
            return List.of();
        }
        float size = PlanPdf.FOOTER.size();
        float maxWidth = PageFlow.A4.getWidth() - 2 * PlanPdf.MARGIN - fonts.width(WIDEST_NUMBER, size) - 12;
        LineBreaker.Measure measure = s -> {
            try {
                return fonts.width(s, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<String> lines = new ArrayList<>(LineBreaker.wrap(printable, maxWidth, measure));
        if (lines.size() > MAX_FOOTER_LINES) {
            lines.subList(MAX_FOOTER_LINES, lines.size()).clear();
            String last = lines.getLast();
            while (!last.isEmpty() && measure.width(last + CUT) > maxWidth) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            lines.set(lines.size() - 1, last + CUT);
        }
        return lines;
    }
}
