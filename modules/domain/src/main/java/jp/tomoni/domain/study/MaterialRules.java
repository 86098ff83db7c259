package jp.tomoni.domain.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * Materials (教材・問題集): a title, a subject, the grades it is for and one file — a PDF, an image
 * or a Word/Excel sheet — of at most {@value #MAX_BYTES} bytes, recognised by its first bytes, never
 * by the name the uploader gave it.
 */
public final class MaterialRules {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int TITLE_MAX = 80;
    public static final int FILE_NAME_MAX = 120;

    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            // .docx and .xlsx are zip files
            "application/zip", new byte[] {'P', 'K', 3, 4});

    private MaterialRules() {
    }

    public static List<FieldViolation> violations(String title, Subject subject, Integer gradeFrom, Integer gradeTo,
                                                  String fileName, byte[] bytes) {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "title", PersonRules.optional(title), TITLE_MAX);
        if (subject == null) {
            v.add(FieldViolation.of("subject", "required"));
        }
        GroupDraft.range(v, "gradeFrom", gradeFrom, Grade.MIN, Grade.MAX);
        GroupDraft.range(v, "gradeTo", gradeTo, Grade.MIN, Grade.MAX);
        if (gradeFrom != null && gradeTo != null && gradeFrom > gradeTo) {
            v.add(FieldViolation.of("gradeTo", "study.gradeOrder"));
        }
        PersonRules.checkText(v, "file", PersonRules.optional(fileName), FILE_NAME_MAX);
        if (bytes == null || bytes.length == 0) {
            v.add(FieldViolation.of("file", "required"));
        } else if (bytes.length > MAX_BYTES) {
            v.add(FieldViolation.of("file", "study.fileTooLarge", MAX_BYTES / (1024 * 1024)));
        } else if (contentType(bytes, fileName) == null) {
            v.add(FieldViolation.of("file", "study.fileType"));
        }
        return v;
    }

    /** The file's type from its first bytes; a zip counts only as a Word or Excel file. Null: not accepted. */
    public static String contentType(byte[] bytes, String fileName) {
        for (var e : MAGIC.entrySet()) {
            if (startsWith(bytes, e.getValue())) {
                if (!e.getKey().equals("application/zip")) {
                    return e.getKey();
                }
                String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
                if (name.endsWith(".docx")) {
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                if (name.endsWith(".xlsx")) {
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
