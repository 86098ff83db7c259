package jp.tomoni.documents;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: Japanese text in M+ 1p, the few symbols it lacks in DejaVu Sans (embedded only
 * when used), and the rule for characters neither has.
 */
final class DocumentFonts {

    /** げた記号: the mark Japanese print uses for a character the typeface cannot show. */
    static final char MISSING = '〓';

    /** A stretch of text drawn in one font. */
    record Run(PDFont font, String text) {
    }

    private final PDDocument document;
    private final PDType0Font japanese;
    private PDType0Font symbols;

    DocumentFonts(PDDocument document) throws IOException {
        this.document = document;
        this.japanese = Typeface.JAPANESE.embedIn(document);
    }

    PDFont japanese() {
        return japanese;
    }

    /**
     * Text the fonts can draw: tabs become spaces, control characters and variation selectors go, a character
     * without a glyph falls back to its compatibility form (the radical ⼭ → 山) and otherwise prints as 〓, so a
     * rare name kanji is visibly marked for the pen rather than silently swapped for another form.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    /** Splits printable text into runs of the font that draws them. */
    List<Run> runs(String printable) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int cp : printable.codePoints().toArray()) {
            PDFont font = Typeface.JAPANESE.covers(cp) ? japanese : symbols();
            if (font != current && !run.isEmpty()) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    float width(String printable, float size) throws IOException {
        float width = 0;
        for (Run run : runs(printable)) {
            width += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return width;
    }

    private PDType0Font symbols() throws IOException {
        if (symbols == null) {
            symbols = Typeface.SYMBOLS.embedIn(document);
        }
        return symbols;
    }

    private static boolean drawable(int cp) {
        return Typeface.JAPANESE.covers(cp) || Typeface.SYMBOLS.covers(cp);
    }

    private static void append(StringBuilder out, int cp) {
        if (cp == '\n' || drawable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp == '\t') {
            out.append(' ');
        } else if (Character.isISOControl(cp) || isVariationSelector(cp)) {
            return; // nothing to draw
        } else {
            String compatible = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
            boolean fallback = !compatible.isEmpty() && compatible.codePoints().allMatch(DocumentFonts::drawable);
            out.append(fallback ? compatible : String.valueOf(MISSING));
        }
    }

    private static boolean isVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }
}
