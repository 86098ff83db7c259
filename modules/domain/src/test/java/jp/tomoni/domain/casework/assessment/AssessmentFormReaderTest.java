package jp.tomoni.domain.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class AssessmentFormReaderTest {
    private static final String HEAD = """
            # a comment
            form T1 | 2030-01-01 | 試験 | Test
            section housing | 住まい | Housing
            """;

    private static AssessmentForm read(String body) {
        return AssessmentFormReader.read("test.txt", new StringReader(HEAD + body));
    }

    private static String failure(String body) {
        return assertThrows(IllegalArgumentException.class, () -> read(body)).getMessage();
    }

    @Test
    void a_definition_is_read_with_its_flags_and_options() {
        AssessmentForm f = read("""
                item housing.type | SINGLE_CHOICE | ※ 国 ✔ | 住まいの状況 | Housing   # trailing comment
                option  owned | 持家 | Owned
                option  rented | 借家 | Rented
                item housing.notes | LONG_TEXT | - | メモ | Notes
                """);
        AssessmentItem type = f.item("housing.type").orElseThrow();
        assertEquals(List.of("owned", "rented"), type.options().stream().map(Option::key).toList());
        assertTrue(type.mandatory() && type.reportedToState() && type.confirmed());
        AssessmentItem notes = f.item("housing.notes").orElseThrow();
        assertEquals(ItemType.LONG_TEXT, notes.type());
        assertTrue(!notes.mandatory() && !notes.reportedToState() && !notes.confirmed());
    }

    @Test
    void a_broken_definition_names_its_file_and_line() {
        assertEquals("test.txt:5: duplicate item housing.a",
                failure("item housing.a | TEXT | - | a | a\nitem housing.a | TEXT | - | b | b\n"));
        assertTrue(failure("item housing.a | TEXT | - | a\n").contains("expected 5 fields"));
        assertTrue(failure("item housing.a | COLOUR | - | a | a\n").contains("unknown type COLOUR"));
        assertTrue(failure("item housing.a | TEXT | ! | a | a\n").contains("unknown flags"));
        assertTrue(failure("item health.a | TEXT | - | a | a\n").contains("does not start with its section's key"));
        assertTrue(failure("item housing.a | SINGLE_CHOICE | - | a | a\noption x | x | x\n").contains("at least two options"));
        assertTrue(failure("item housing.a | TEXT | - | a | a\noption x | x | x\n").contains("option outside a choice item"));
        assertTrue(failure("item housing.a | TEXT | - |  | a\n").contains("empty field 4"));
        assertTrue(failure("item housing.a | TEXT | - | a | a\nsection empty | 空 | Empty\nsection other | 他 | Other\nitem other.a | TEXT | - | a | a\n")
                .contains("section empty has no items"));
    }
}
