package jp.tomoni.ui.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.resource.ImportRow;
import jp.tomoni.domain.resource.ResourceColumns;

class ResourceImportViewTest {

    @Test
    void each_fault_is_a_line_with_its_row_its_column_heading_and_its_message() {
        List<ImportRow> rows = ResourceColumns.rows(List.of(List.of("名称", "支援の種類"), List.of("", "就労"),
                List.of("A", "就労"), List.of("B", "")), List.of(1, 3, 4, 6));
        List<ImportRow> faulty = rows.stream().filter(r -> !r.ok()).toList();
        List<ResourceImportView.ErrorLine> lines = ResourceImportView.errorLines(faulty, Locale.JAPANESE, "（全体）");
        assertEquals(List.of(new ResourceImportView.ErrorLine(3, "名称", "入力してください"),
                new ResourceImportView.ErrorLine(6, "支援の種類", "入力してください")), lines);
    }

    @Test
    void a_fault_of_no_column_is_shown_under_the_placeholder() {
        var row = new ImportRow(1, null, null, null, List.of(jp.tomoni.domain.shared.FieldViolation.of("", "required")));
        assertEquals("（全体）", ResourceImportView.errorLines(List.of(row), Locale.ENGLISH, "（全体）").get(0).column());
    }

    @Test
    void downloads_are_named_in_plain_ascii() {
        assertEquals("tomoni-resources-2026-12-01.xlsx", ResourceImportView.fileName("export", "xlsx", LocalDate.of(2026, 12, 1)));
        assertEquals("tomoni-resources-template.csv", ResourceImportView.fileName("template", "csv", LocalDate.of(2026, 12, 1)));
    }
}
