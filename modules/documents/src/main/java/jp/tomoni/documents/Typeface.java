package jp.tomoni.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font packed into this jar at build time (see pom.xml), parsed once per JVM and shared by all
 * documents (as PDFBox's own font cache does), with the characters it covers.
 */
final class Typeface {

    private static final String DIR = "/jp/tomoni/documents/fonts/";
    /** M+ 1p: kana, JIS level 1 and most level 2 kanji, Latin. */
    static final Typeface JAPANESE = new Typeface("mplus1p-regular-fallback.ttf");
    /** DejaVu Sans: the symbols M+ lacks that the form prints, such as ※ and ①. */
    static final Typeface SYMBOLS = new Typeface("DejaVuSans.ttf");

    private final String resource;
    private final TrueTypeFont parsed;
    private final BitSet covered;

    private Typeface(String file) {
        this.resource = DIR + file;
        this.parsed = parse(read(resource));
        this.covered = coverage(parsed);
    }

    boolean covers(int codePoint) {
        return covered.get(codePoint);
    }

    /** A subset-embedded font for one document; the subset is per document, the parsed font is only read. */
    PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed, true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath; build the module with Maven");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes)); // kept open for the life of the JVM
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet coverage(TrueTypeFont ttf) {
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet covered = new BitSet(0x10000);
            for (int cp = 0x20; cp < 0x10000; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    covered.set(cp);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return resource;
    }
}
