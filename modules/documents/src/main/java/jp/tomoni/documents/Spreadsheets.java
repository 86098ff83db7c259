package jp.tomoni.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Tables as people keep them: CSV (RFC 4180) and Excel workbooks (.xlsx), read into rows of strings and
 * written back. Knows nothing of what the columns mean.
 *
 * <p>Reading keeps each row's line number in the file (1-based, as Excel shows it) while leaving out empty
 * rows, so a message can point at the line a person sees. Trailing empty cells of a row are dropped: a
 * caller treats a missing cell as an empty one. A CSV file may be UTF-8 (with or without a byte-order mark)
 * or, when its bytes are not valid UTF-8, Windows-31J (Shift_JIS), which Japanese Excel writes. From a
 * workbook the first sheet is read as it is displayed: numbers as formatted ({@code 12}, not {@code 12.0}),
 * dates as {@code yyyy-MM-dd}, formulas by their last computed value.
 *
 * <p>A file that cannot be read is refused with a {@link Rejected}, whose {@link Rejected#code() code} says why.
 */
public final class Spreadsheets {
    /** The largest file read. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most non-empty rows read after the first (the heading row). */
    public static final int MAX_ROWS = 5_000;
    /** The most columns a row may reach. */
    public static final int MAX_COLUMNS = 200;

    /** The file is larger than {@link #MAX_BYTES}. */
    public static final String TOO_LARGE = "tooLarge";
    /** The sheet has more than {@link #MAX_ROWS} rows besides the heading row. */
    public static final String TOO_MANY_ROWS = "tooManyRows";
    /** A row reaches past {@link #MAX_COLUMNS}. */
    public static final String TOO_MANY_COLUMNS = "tooManyColumns";
    /** Neither a .csv nor an .xlsx file. */
    public static final String UNSUPPORTED_TYPE = "unsupportedType";
    /** Broken: not a workbook, an unclosed quote, text in no known encoding. */
    public static final String UNREADABLE = "unreadable";

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Spreadsheets() {
    }

    /** One row of a sheet with its line number in the file (1-based). */
    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }

        /** The cell at a 0-based column, empty when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The non-empty rows of a sheet, in order. */
    public record Sheet(List<Line> lines) {
        public Sheet {
            lines = List.copyOf(lines);
        }

        public List<List<String>> cells() {
            return lines.stream().map(Line::cells).toList();
        }

        public List<Integer> numbers() {
            return lines.stream().map(Line::number).toList();
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** Why a file was refused: {@link #code()} is one of this class's constants, stable for messages. */
    public static final class Rejected extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final transient Object[] args;

        Rejected(String code, String detail, Object... args) {
            super(code + (detail == null ? "" : ": " + detail));
            this.code = code;
            this.args = args.clone();
        }

        Rejected(String code, Throwable cause) {
            super(code + ": " + cause, cause);
            this.code = code;
            this.args = new Object[0];
        }

        public String code() {
            return code;
        }

        /** Values for the message: the limit for {@link #TOO_LARGE}, {@link #TOO_MANY_ROWS}, {@link #TOO_MANY_COLUMNS}. */
        public Object[] args() {
            return args.clone();
        }
    }

    // ---- reading

    /** Reads a .csv or .xlsx file (decided by the name's extension); empty rows are left out. */
    public static Sheet read(String fileName, byte[] bytes) {
        if (bytes == null) {
            throw new Rejected(UNREADABLE, "no content");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Rejected(TOO_LARGE, bytes.length + " bytes", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(bytes);
        }
        if (name.endsWith(".xlsx")) {
            return readXlsx(bytes);
        }
        throw new Rejected(UNSUPPORTED_TYPE, fileName);
    }

    static Sheet readCsv(byte[] bytes) {
        String text = decode(bytes);
        Collector rows = new Collector();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int number = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = text.length();
        if (n == 0) {
            return rows.sheet();
        }
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (cell.isEmpty() && !wasQuoted) {
                        quoted = true;
                        wasQuoted = true;
                    } else {
                        // a quote inside an unquoted field is kept as it is (as Excel does)
                        cell.append(c);
                    }
                    i++;
                }
                case ',' -> {
                    record.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                    i++;
                }
                case '\r', '\n' -> {
                    record.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                    rows.add(number, record);
                    record = new ArrayList<>();
                    number++;
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                }
                default -> {
                    cell.append(c);
                    i++;
                }
            }
        }
        if (quoted) {
            throw new Rejected(UNREADABLE, "a quoted cell opened on line " + number + " is never closed");
        }
        char last = text.charAt(n - 1);
        if (last != '\n' && last != '\r') {
            record.add(cell.toString());
            rows.add(number, record);
        }
        return rows.sheet();
    }

    /** UTF-8 (a byte-order mark is dropped); Windows-31J when the bytes are not UTF-8. */
    static String decode(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            if (start > 0) {
                throw new Rejected(UNREADABLE, "marked as UTF-8 but is not");
            }
        }
        try {
            return WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException neither) {
            throw new Rejected(UNREADABLE, "text neither in UTF-8 nor in Windows-31J");
        }
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

    static Sheet readXlsx(byte[] bytes) {
        Collector rows = new Collector();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return rows.sheet();
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new RowHandler(rows),
                    new DisplayedValues(), false));
            try (InputStream first = sheets.next()) {
                parser.parse(new InputSource(first));
            }
        } catch (Rejected e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof Rejected r) {
                throw r;
            }
            throw new Rejected(UNREADABLE, e);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | javax.xml.parsers.ParserConfigurationException e) {
            // not a zip, not a workbook, a zip bomb, a broken part: all the same to the person who sent it
            throw new Rejected(UNREADABLE, e);
        }
        return rows.sheet();
    }

    /** Gathers the non-empty rows, refusing a sheet past the limits as soon as it gets there. */
    private static final class Collector {
        private final List<Line> lines = new ArrayList<>();

        void add(int number, List<String> cells) {
            int end = cells.size();
            while (end > 0 && cells.get(end - 1).isBlank()) {
                end--;
            }
            if (end == 0) {
                return;
            }
            if (end > MAX_COLUMNS) {
                throw new Rejected(TOO_MANY_COLUMNS, "line " + number, MAX_COLUMNS);
            }
            if (lines.size() > MAX_ROWS) {
                throw new Rejected(TOO_MANY_ROWS, "more than " + MAX_ROWS, MAX_ROWS);
            }
            lines.add(new Line(number, cells.subList(0, end)));
        }

        Sheet sheet() {
            return new Sheet(lines);
        }
    }

    /** Cells of one row at a time from POI's streaming reader (which gives them in column order, gaps left out). */
    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Collector rows;
        private List<String> cells = new ArrayList<>();

        RowHandler(Collector rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = ref == null ? cells.size() : new CellAddress(ref).getColumn();
            if (value == null || value.isEmpty()) {
                return;
            }
            if (column >= MAX_COLUMNS) {
                throw new Rejected(TOO_MANY_COLUMNS, "cell " + ref, MAX_COLUMNS);
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }
    }

    /** Excel's display of a number, except that a date is always {@code yyyy-MM-dd} (a time {@code HH:mm}). */
    private static final class DisplayedValues extends DataFormatter {
        DisplayedValues() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                if (value < 1) {
                    return TIME.format(t);
                }
                boolean wholeDay = value == Math.floor(value) || t.toLocalTime().toSecondOfDay() == 0;
                return wholeDay ? DATE.format(t) : DATE_TIME.format(t);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    // ---- writing

    /** CSV for Excel: UTF-8 with a byte-order mark (or Excel reads it as Shift_JIS), CRLF, RFC 4180 quoting. */
    public static byte[] writeCsv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(row.get(i)));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, bytes, UTF8_BOM.length, text.length);
        return bytes;
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1))));
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * A workbook of one sheet: the first row is the heading (bold, shaded, frozen so it stays in view), every
     * cell is text (so a phone number keeps its leading zero, also when someone types it in later).
     */
    public static byte[] writeXlsx(String sheetName, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(
                    sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName));
            XSSFDataFormat formats = book.createDataFormat();
            short text = formats.getFormat("@");
            XSSFCellStyle body = book.createCellStyle();
            body.setDataFormat(text);
            body.setWrapText(true);
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            XSSFCellStyle heading = book.createCellStyle();
            heading.setDataFormat(text);
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            int columns = 0;
            int[] widths = new int[MAX_COLUMNS];
            for (int r = 0; r < rows.size(); r++) {
                List<String> values = rows.get(r);
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    XSSFCell cell = row.createCell(c);
                    cell.setCellStyle(r == 0 ? heading : body);
                    String v = values.get(c);
                    if (v != null && !v.isEmpty()) {
                        cell.setCellValue(v);
                    }
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], displayWidth(v));
                    }
                }
                columns = Math.max(columns, values.size());
            }
            for (int c = 0; c < Math.min(columns, widths.length); c++) {
                // in 1/256 of a character; between 6 and 50 characters wide
                sheet.setColumnWidth(c, Math.max(6, Math.min(50, widths[c] + 2)) * 256);
            }
            if (!rows.isEmpty()) {
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Roughly how many half-width characters the longest line of a value takes (full-width ones count two). */
    private static int displayWidth(String value) {
        if (value == null) {
            return 0;
        }
        int widest = 0;
        for (String line : value.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); i++) {
                w += line.charAt(i) < 0x2E80 ? 1 : 2;
            }
            widest = Math.max(widest, w);
        }
        return widest;
    }

    /** The media type of a file written here, for a download. */
    public static String contentType(String format) {
        return "xlsx".equalsIgnoreCase(format) ? XLSX_TYPE : CSV_TYPE + "; charset=UTF-8";
    }
}
