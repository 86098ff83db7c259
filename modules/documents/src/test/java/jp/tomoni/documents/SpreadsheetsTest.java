package jp.tomoni.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {
    static final List<List<String>> TABLE = List.of(
            List.of("名称", "説明", "電話"),
            List.of("フードバンクみどり", "毎週水曜、\"お米\"と野菜を配ります", "03-1234-5678"),
            List.of("子ども食堂 ひだまり", "一行目\r\n二行目, 三行目", "0120-000-000"),
            List.of("就労相談", "", "  前後に空白  "));

    @Test
    void csv_round_trips_with_quotes_commas_and_newlines_inside_cells() {
        byte[] csv = Spreadsheets.writeCsv(TABLE);
        Spreadsheets.Sheet sheet = Spreadsheets.read("資源.csv", csv);
        assertEquals(List.of(TABLE.get(0), TABLE.get(1), TABLE.get(2), List.of("就労相談", "", "  前後に空白  ")),
                sheet.cells());
        // the cell with a line break inside stays one row: line numbers count records, as Excel's rows do
        assertEquals(List.of(1, 2, 3, 4), sheet.numbers());
    }

    @Test
    void csv_is_written_for_excel_utf8_with_bom_and_crlf() {
        byte[] csv = Spreadsheets.writeCsv(List.of(List.of("名称", "a,b"), List.of("x\"y", "")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("名称,\"a,b\"\r\n\"x\"\"y\",\r\n", text);
    }

    @Test
    void a_windows_31j_csv_from_japanese_excel_is_read() {
        String text = "名称,住所,費用\r\n髙橋こども食堂,〒100-0001 東京都千代田区①丁目,無料（１００円）\r\n";
        byte[] sjis = text.getBytes(Charset.forName("windows-31j"));
        Spreadsheets.Sheet sheet = Spreadsheets.read("SHIGEN.CSV", sjis);
        assertEquals(List.of(List.of("名称", "住所", "費用"), List.of("髙橋こども食堂", "〒100-0001 東京都千代田区①丁目", "無料（１００円）")),
                sheet.cells());
    }

    @Test
    void utf8_without_bom_and_lone_lf_or_cr_line_ends_are_read() {
        byte[] bytes = "a,b\nc,d\re,f".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f")),
                Spreadsheets.read("x.csv", bytes).cells());
    }

    @Test
    void empty_rows_are_left_out_but_line_numbers_stay_those_of_the_file() {
        byte[] bytes = "名称,種類\r\n\r\nA,就労\r\n,,\r\n\"B\r\nの続き\",住まい\r\nC,\r\n".getBytes(StandardCharsets.UTF_8);
        Spreadsheets.Sheet sheet = Spreadsheets.read("x.csv", bytes);
        assertEquals(List.of(1, 3, 5, 6), sheet.numbers());
        assertEquals(List.of("B\r\nの続き", "住まい"), sheet.lines().get(2).cells());
        // trailing empty cells are dropped; a caller reads a missing cell as empty
        assertEquals(List.of("C"), sheet.lines().get(3).cells());
        assertEquals("", sheet.lines().get(3).cell(1));
    }

    @Test
    void an_unclosed_quote_is_unreadable() {
        byte[] bytes = "名称\r\n\"ずっと続く,\r\n".getBytes(StandardCharsets.UTF_8);
        Spreadsheets.Rejected e = assertThrows(Spreadsheets.Rejected.class, () -> Spreadsheets.read("x.csv", bytes));
        assertEquals(Spreadsheets.UNREADABLE, e.code());
    }

    @Test
    void text_in_no_known_encoding_is_unreadable() {
        byte[] bytes = {(byte) 0x82, (byte) 0xA0, (byte) 0xFF, (byte) 0xFF, (byte) 0x85, '\n'};
        Spreadsheets.Rejected e = assertThrows(Spreadsheets.Rejected.class, () -> Spreadsheets.read("x.csv", bytes));
        assertEquals(Spreadsheets.UNREADABLE, e.code());
    }

    @Test
    void xlsx_round_trips_with_a_bold_frozen_heading_and_text_cells() throws Exception {
        byte[] xlsx = Spreadsheets.writeXlsx("社会資源", TABLE);
        assertEquals(TABLE, Spreadsheets.read("資源.XLSX", xlsx).cells().stream()
                .map(row -> pad(row, 3)).toList());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("社会資源", sheet.getSheetName());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals("@", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void xlsx_made_elsewhere_gives_displayed_values_dates_as_iso_and_keeps_line_numbers() throws Exception {
        byte[] xlsx;
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // the first sheet is read, whatever the others hold
            Sheet sheet = book.createSheet("資源一覧");
            book.createSheet("メモ").createRow(0).createCell(0).setCellValue("読まれない");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("名称");
            head.createCell(1).setCellValue("対象年齢（下限）");
            head.createCell(2).setCellValue("緯度");
            head.createCell(3).setCellValue("確認日");
            head.createCell(4).setCellValue("無料");
            sheet.createRow(1); // a row with no cells
            Row blank = sheet.createRow(2);
            blank.createCell(0).setCellValue("   ");
            Row a = sheet.createRow(3);
            a.createCell(0).setCellValue("フードバンク");
            a.createCell(1).setCellValue(18);
            a.createCell(2).setCellValue(35.681236);
            a.createCell(3).setCellValue(LocalDate.of(2026, 4, 1));
            a.getCell(3).setCellStyle(date);
            a.createCell(4).setCellValue(true);
            Row b = sheet.createRow(6);
            b.createCell(0).setCellValue("就労相談");
            b.createCell(4).setCellValue("はい"); // columns left empty in between
            book.write(out);
            xlsx = out.toByteArray();
        }
        Spreadsheets.Sheet sheet = Spreadsheets.read("a.xlsx", xlsx);
        assertEquals(List.of(1, 4, 7), sheet.numbers());
        assertEquals(List.of("フードバンク", "18", "35.681236", "2026-04-01", "TRUE"), sheet.lines().get(1).cells());
        assertEquals(List.of("就労相談", "", "", "", "はい"), sheet.lines().get(2).cells());
    }

    @Test
    void a_file_over_five_megabytes_is_refused() {
        byte[] big = new byte[Spreadsheets.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        Spreadsheets.Rejected e = assertThrows(Spreadsheets.Rejected.class, () -> Spreadsheets.read("big.csv", big));
        assertEquals(Spreadsheets.TOO_LARGE, e.code());
        assertEquals(5, e.args()[0]);
    }

    @Test
    void five_thousand_rows_after_the_heading_are_read_and_one_more_is_refused() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("名称"));
        for (int i = 0; i < Spreadsheets.MAX_ROWS; i++) {
            rows.add(List.of("資源" + i));
        }
        assertEquals(Spreadsheets.MAX_ROWS + 1, Spreadsheets.read("ok.csv", Spreadsheets.writeCsv(rows)).lines().size());
        rows.add(List.of("一つ多い"));
        Spreadsheets.Rejected csv = assertThrows(Spreadsheets.Rejected.class,
                () -> Spreadsheets.read("many.csv", Spreadsheets.writeCsv(rows)));
        assertEquals(Spreadsheets.TOO_MANY_ROWS, csv.code());
        Spreadsheets.Rejected xlsx = assertThrows(Spreadsheets.Rejected.class,
                () -> Spreadsheets.read("many.xlsx", Spreadsheets.writeXlsx("s", rows)));
        assertEquals(Spreadsheets.TOO_MANY_ROWS, xlsx.code());
    }

    @Test
    void a_row_reaching_too_far_right_is_refused() {
        List<String> wide = new ArrayList<>();
        for (int i = 0; i <= Spreadsheets.MAX_COLUMNS; i++) {
            wide.add("c" + i);
        }
        Spreadsheets.Rejected e = assertThrows(Spreadsheets.Rejected.class,
                () -> Spreadsheets.read("wide.csv", Spreadsheets.writeCsv(List.of(wide))));
        assertEquals(Spreadsheets.TOO_MANY_COLUMNS, e.code());
    }

    @Test
    void other_file_types_and_broken_workbooks_are_refused_with_a_code() {
        assertEquals(Spreadsheets.UNSUPPORTED_TYPE, assertThrows(Spreadsheets.Rejected.class,
                () -> Spreadsheets.read("list.xls", new byte[] {1, 2})).code());
        assertEquals(Spreadsheets.UNSUPPORTED_TYPE, assertThrows(Spreadsheets.Rejected.class,
                () -> Spreadsheets.read(null, new byte[] {1, 2})).code());
        assertEquals(Spreadsheets.UNREADABLE, assertThrows(Spreadsheets.Rejected.class,
                () -> Spreadsheets.read("fake.xlsx", "名称,種類".getBytes(StandardCharsets.UTF_8))).code());
    }

    @Test
    void an_empty_file_is_an_empty_sheet() {
        assertTrue(Spreadsheets.read("empty.csv", new byte[0]).isEmpty());
        assertTrue(Spreadsheets.read("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).isEmpty());
        assertTrue(Spreadsheets.read("empty.xlsx", Spreadsheets.writeXlsx("s", List.of())).isEmpty());
    }

    private static List<String> pad(List<String> row, int width) {
        List<String> out = new ArrayList<>(row);
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }
}
