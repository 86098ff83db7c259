package jp.tomoni.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes down A4 portrait pages from top to bottom, starting a new page whenever the next piece does not fit,
 * so long text continues on further pages instead of being cut off.
 */
final class PageFlow {

    static final PDRectangle A4 = PDRectangle.A4;
    /** Space between a table cell's border and its text. */
    static final float PAD = 3f;
    private static final float BORDER = 0.6f;
    private static final float LABEL_GREY = 0.92f;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final float margin;
    private final float bottom;
    private final float ascentShare;
    private PDPageContentStream content;
    private float y;
    private PageStart pageStart;

    /** Something written at the top of each new page, such as a table's header row while the table runs on. */
    interface PageStart {
        void write() throws IOException;
    }

    PageFlow(PDDocument document, DocumentFonts fonts, float margin, float footerSpace) {
        this.document = document;
        this.fonts = fonts;
        this.margin = margin;
        this.bottom = margin + footerSpace;
        float ascent = fonts.japanese().getFontDescriptor().getAscent();
        float descent = fonts.japanese().getFontDescriptor().getDescent();
        this.ascentShare = ascent / (ascent - descent);
    }

    float left() {
        return margin;
    }

    float width() {
        return A4.getWidth() - 2 * margin;
    }

    float y() {
        return y;
    }

    void newPage() throws IOException {
        finish();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(BORDER);
        y = A4.getHeight() - margin;
        PageStart hook = pageStart;
        if (hook != null) {
            pageStart = null; // what it writes must not start pages of its own again
            try {
                hook.write();
            } finally {
                pageStart = hook;
            }
        }
    }

    /** Writes the given piece at the top of every page started from now on; null stops it. */
    void atEachNewPage(PageStart hook) {
        this.pageStart = hook;
    }

    /** Height left for writing on this page; 0 before the first page. */
    float room() {
        return content == null ? 0 : y - bottom;
    }

    /** Height for writing on a whole page. */
    float pageRoom() {
        return A4.getHeight() - margin - bottom;
    }

    /** Starts a new page unless the given height still fits on this one. */
    void keepTogether(float height) throws IOException {
        if (content == null || y - height < bottom) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    float textWidth(String text, TextStyle style) throws IOException {
        return fonts.width(DocumentFonts.printable(text), style.size());
    }

    List<String> wrap(String text, TextStyle style, float maxWidth) {
        return LineBreaker.wrap(DocumentFonts.printable(text), maxWidth, s -> {
            try {
                return textWidth(s, style);
            } catch (IOException e) {
                throw new IllegalStateException("cannot measure text", e);
            }
        });
    }

    /** Text at a point, with baseline placed so the glyphs sit in the middle of a line of the style's leading. */
    void text(String text, float x, float lineTop, TextStyle style) throws IOException {
        String printable = DocumentFonts.printable(text);
        if (printable.isBlank()) {
            return;
        }
        float baseline = lineTop - (style.leading() - style.size()) / 2 - style.size() * ascentShare;
        content.beginText();
        if (style.bold()) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(style.size() * 0.035f);
        }
        content.newLineAtOffset(x, baseline);
        for (DocumentFonts.Run run : fonts.runs(printable)) {
            content.setFont(run.font(), style.size());
            content.showText(run.text());
        }
        content.endText();
        if (style.bold()) {
            content.setRenderingMode(RenderingMode.FILL);
            content.setLineWidth(BORDER);
        }
    }

    /** Wrapped text at the cursor; the page breaks between lines. */
    void paragraph(String text, float x, float maxWidth, TextStyle style) throws IOException {
        for (String line : wrap(text, style, maxWidth)) {
            keepTogether(style.leading());
            text(line, x, y, style);
            y -= style.leading();
        }
    }

    /** One line of text centred across the page. */
    void centred(String text, TextStyle style) throws IOException {
        keepTogether(style.leading());
        float w = textWidth(DocumentFonts.printable(text), style);
        text(text, left() + (width() - w) / 2, y, style);
        y -= style.leading();
    }

    /**
     * A table row of boxed cells, at least minLines high. A row taller than what is left of the page is split:
     * its first lines close this page and the rest continue, boxed again, on the next.
     */
    void row(TextStyle style, int minLines, Cell... cells) throws IOException {
        float[] widths = widths(cells);
        List<List<String>> lines = new ArrayList<>();
        int total = Math.max(1, minLines);
        for (int i = 0; i < cells.length; i++) {
            List<String> cellLines = wrap(cells[i].text(), cells[i].styleIn(style), widths[i] - 2 * PAD);
            lines.add(cellLines);
            total = Math.max(total, cellLines.size());
        }
        int done = 0;
        while (done < total) {
            int remaining = total - done;
            int fit = content == null ? 0 : (int) Math.floor((y - bottom - 2 * PAD) / style.leading());
            if (fit < Math.min(remaining, 2)) { // no room, or room for one lonely line of a longer row
                newPage();
                continue;
            }
            int take = Math.min(remaining, fit);
            drawRowPart(style, cells, widths, lines, done, take, take == total);
            done += take;
        }
    }

    /** The height a row of these cells takes when drawn whole. */
    float rowHeight(TextStyle style, int minLines, Cell... cells) {
        float[] widths = widths(cells);
        int total = Math.max(1, minLines);
        for (int i = 0; i < cells.length; i++) {
            total = Math.max(total, wrap(cells[i].text(), cells[i].styleIn(style), widths[i] - 2 * PAD).size());
        }
        return total * style.leading() + 2 * PAD;
    }

    private void drawRowPart(TextStyle style, Cell[] cells, float[] widths, List<List<String>> lines,
                             int from, int count, boolean wholeRow) throws IOException {
        float height = count * style.leading() + 2 * PAD;
        float x = left();
        for (int i = 0; i < cells.length; i++) {
            Cell cell = cells[i];
            TextStyle cellStyle = cell.styleIn(style);
            box(x, y, widths[i], height, cell.kind() == Cell.Kind.LABEL);
            List<String> cellLines = lines.get(i);
            int to = Math.min(cellLines.size(), from + count);
            boolean centred = cell.kind() != Cell.Kind.VALUE;
            float lineTop = y - PAD;
            if (centred && wholeRow) {
                lineTop -= (count - cellLines.size()) * style.leading() / 2;
            }
            for (int l = from; l < to; l++) {
                String line = cellLines.get(l);
                float tx = x + PAD;
                if (centred) {
                    tx = x + (widths[i] - textWidth(line, cellStyle)) / 2;
                }
                text(line, tx, lineTop, cellStyle);
                lineTop -= style.leading();
            }
            x += widths[i];
        }
        y -= height;
    }

    private float[] widths(Cell[] cells) {
        float[] widths = new float[cells.length];
        float fixed = 0;
        for (int i = 0; i < cells.length; i++) {
            widths[i] = cells[i].width();
            fixed += Math.max(0, widths[i]);
        }
        for (int i = 0; i < cells.length; i++) {
            if (widths[i] <= 0) {
                widths[i] = width() - fixed;
            }
        }
        return widths;
    }

    void box(float x, float top, float w, float h, boolean shaded) throws IOException {
        if (shaded) {
            content.setNonStrokingColor(LABEL_GREY);
            content.addRect(x, top - h, w, h);
            content.fill();
            content.setNonStrokingColor(0f);
        }
        content.addRect(x, top - h, w, h);
        content.stroke();
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** Puts a label and "page / pages" at the foot of every page, once all pages exist. */
    void numberPages(String label, TextStyle style) throws IOException {
        numberPages(List.of(label), style);
    }

    /**
     * Puts a label of one or more lines and "page / pages" at the foot of every page, once all pages exist. The
     * last label line shares the bottom line with the page number; the lines above it need footer space of one
     * leading each.
     */
    void numberPages(List<String> labelLines, TextStyle style) throws IOException {
        finish();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                content = foot;
                float top = margin - 4;
                for (int l = 0; l < labelLines.size(); l++) {
                    text(labelLines.get(l), left(), top + (labelLines.size() - 1 - l) * style.leading(), style);
                }
                String number = (i + 1) + " / " + pages;
                text(number, left() + width() - textWidth(number, style), top, style);
            } finally {
                content = null;
            }
        }
    }

    /** Closes the page being written; call once at the end. */
    void finish() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
