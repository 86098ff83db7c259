package jp.tomoni.documents;

import java.util.List;
import java.util.Objects;

/**
 * A short A4 document: a title, a header of labelled facts, sections of paragraphs, lists or tables, and an
 * optional boxed notice (支援レポート, フォローアップのお手紙, 引き継ぎ書). Rendered by {@link NarrativePdf}.
 *
 * <p>Nothing here is required: a null title, subtitle, notice or footer is left out, null lists are empty and
 * null entries in them are skipped (a null table cell stays an empty cell, so the columns keep their places).
 *
 * @param title    the document's name, large and centred at the top
 * @param subtitle a line under the title, such as 「（ご本人の同意を得て共有します）」
 * @param header   labelled facts in a grid under the title: 氏名, 作成日, 作成者, 共有先 …
 * @param sections the body, in order
 * @param notice   a box after the sections, in larger type (「いつでもご連絡ください」 with phone, hours, address)
 * @param footer   a line in small type at the foot of every page, beside the page number
 */
public record Narrative(String title, String subtitle, List<Fact> header, List<Section> sections, Notice notice,
                        String footer) {

    public Narrative {
        header = present(header);
        sections = present(sections);
    }

    /** A labelled fact such as 「氏名」「山田 花子」; a null value prints as 「—」. */
    public record Fact(String label, String value) {
    }

    /** A piece of a section's body. */
    public sealed interface Block permits Paragraph, Bullets, Table {
    }

    /** Running text; "\n" starts a new line. */
    public record Paragraph(String text) implements Block {
    }

    /** A list, each item after 「・」, wrapped lines indented under the item's text. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = present(items);
        }
    }

    /**
     * A bordered table; cells wrap, rows too long for the rest of a page continue on the next, and the column
     * headings are repeated at the top of every page the table runs onto. Empty columns give a table without a
     * heading row; a row shorter than the others is filled with empty cells.
     */
    public record Table(List<String> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = cells(columns);
            rows = rows == null ? List.of() : rows.stream().map(Narrative::cells).toList();
        }

        int columnCount() {
            return Math.max(columns.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        }
    }

    /** A heading (null for none) and what follows it. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = present(blocks);
        }
    }

    /** A bordered box in larger type: a heading (null for none) and its lines. */
    public record Notice(String heading, List<String> lines) {
        public Notice {
            lines = present(lines);
        }
    }

    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static List<String> cells(List<String> row) {
        return row == null ? List.of() : row.stream().map(c -> c == null ? "" : c).toList();
    }
}
