package jp.tomoni.ui.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class DirectoryAdminViewTest {

    @Test
    void each_line_is_one_group_trimmed_and_blank_lines_are_dropped() {
        var lines = DirectoryAdminView.SynonymLines.parse("  ハロワ, ハローワーク \r\n\n社協, 社会福祉協議会\n   \nフードバンク, 食料支援\n");
        assertEquals(List.of("ハロワ, ハローワーク", "社協, 社会福祉協議会", "フードバンク, 食料支援"), lines.lines());
        assertEquals(List.of(1, 3, 5), lines.lineNumbers());
    }

    @Test
    void a_fault_of_the_i_th_group_points_at_its_line_in_the_text() {
        var lines = DirectoryAdminView.SynonymLines.parse("\nハロワ, ハローワーク\n\n\n社協");
        assertEquals(2, lines.lineNumber(0));
        assertEquals(5, lines.lineNumber(1));
        assertEquals(3, lines.lineNumber(2), "an index the text does not have falls back to its own number");
    }

    @Test
    void nothing_typed_is_no_groups() {
        assertEquals(List.of(), DirectoryAdminView.SynonymLines.parse("").lines());
        assertEquals(List.of(), DirectoryAdminView.SynonymLines.parse(null).lines());
        assertEquals(List.of(), DirectoryAdminView.SynonymLines.parse(" \n \n").lines());
    }

    @Test
    void the_index_of_a_synonym_fault_is_read_from_its_field_name() {
        assertEquals(0, DirectoryAdminView.synonymIndex("synonyms[0]"));
        assertEquals(12, DirectoryAdminView.synonymIndex("synonyms[12]"));
        assertNull(DirectoryAdminView.synonymIndex("synonyms"));
        assertNull(DirectoryAdminView.synonymIndex("verifyEveryMonths"));
        assertNull(DirectoryAdminView.synonymIndex(null));
    }

    @Test
    void progress_is_done_over_total_and_full_when_an_empty_build_is_done() {
        assertEquals(0.25, DirectoryAdminView.fraction(25, 100, false));
        assertEquals(1.0, DirectoryAdminView.fraction(120, 100, false));
        assertEquals(0.0, DirectoryAdminView.fraction(0, 0, false));
        assertEquals(1.0, DirectoryAdminView.fraction(0, 0, true));
    }
}
