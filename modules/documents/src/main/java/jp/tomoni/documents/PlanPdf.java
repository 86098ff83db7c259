package jp.tomoni.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Renders a support plan as an A4 PDF: the national form for the file, or the person's own copy. */
public final class PlanPdf {

    /** Page margins, shared by every document of this module. */
    static final float MARGIN = 36;
    /** Room kept above the bottom margin for the foot line. */
    static final float FOOTER_SPACE = 14;
    /** The foot line: a label and "page / pages". */
    static final TextStyle FOOTER = TextStyle.of(8).withLeading(10);

    private PlanPdf() {
    }

    /** The national plan form プラン兼事業等利用申込書, with an empty line for the person's signature. */
    public static byte[] render(PlanSheet sheet) {
        String label = PlanFormWriter.TITLE + "　ID " + FormText.strip(sheet.id());
        return write(PlanFormWriter.TITLE, label, flow -> new PlanFormWriter(flow, sheet).write());
    }

    /** The person's own copy (本人用): larger type, plain words, furigana by the name. */
    public static byte[] renderPersonCopy(PlanSheet sheet) {
        return write(PersonCopyWriter.TITLE, "", flow -> new PersonCopyWriter(flow, sheet).write());
    }

    private interface Body {
        void write(PageFlow flow) throws IOException;
    }

    private static byte[] write(String title, String footerLabel, Body body) {
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, new DocumentFonts(document), MARGIN, FOOTER_SPACE);
            body.write(flow);
            flow.numberPages(footerLabel, FOOTER);
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
}
