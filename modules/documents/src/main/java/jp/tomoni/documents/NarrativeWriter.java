package jp.tomoni.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.documents.Narrative.Block;
import jp.tomoni.documents.Narrative.Bullets;
import jp.tomoni.documents.Narrative.Fact;
import jp.tomoni.documents.Narrative.Notice;
import jp.tomoni.documents.Narrative.Paragraph;
import jp.tomoni.documents.Narrative.Section;
import jp.tomoni.documents.Narrative.Table;

/**
 * Lays out a {@link Narrative}: the title centred, the facts in a grid of two per row, each section under a
 * ruled bold heading, and the notice in a double-bordered box in larger type.
 */
final class NarrativeWriter {

    /** Printed for a fact without a value. */
    static final String NO_VALUE = "—";
    static final String BULLET = "・";

    static final TextStyle TITLE = TextStyle.of(17).asBold().withLeading(26);
    static final TextStyle SUBTITLE = TextStyle.of(11).withLeading(17);
    static final TextStyle HEADING = TextStyle.of(12.5f).asBold().withLeading(20);
    static final TextStyle BODY = TextStyle.of(10.5f).withLeading(17);
    static final TextStyle FACT = TextStyle.of(10.5f).withLeading(16);
    static final TextStyle TABLE = TextStyle.of(10).withLeading(15);
    static final TextStyle NOTICE_HEADING = TextStyle.of(14).asBold().withLeading(26);
    static final TextStyle NOTICE_BODY = TextStyle.of(12.5f).withLeading(20);

    private static final float BLOCK_GAP = 6;
    private static final float SECTION_GAP = 10;
    private static final float RULE_GAP = 4;
    private static final float NOTICE_PAD = 10;
    private static final float NOTICE_INSET = 2.5f;
    private static final float MIN_LABEL = 56;

    private final PageFlow flow;
    private final Narrative narrative;

    NarrativeWriter(PageFlow flow, Narrative narrative) {
        this.flow = flow;
        this.narrative = narrative;
    }

    void write() throws IOException {
        flow.newPage();
        centred(narrative.title(), TITLE);
        centred(narrative.subtitle(), SUBTITLE);
        flow.gap(8);
        facts(narrative.header());
        for (Section section : narrative.sections()) {
            section(section);
        }
        notice(narrative.notice());
    }

    private void centred(String text, TextStyle style) throws IOException {
        for (String line : flow.wrap(FormText.strip(text), style, flow.width())) {
            flow.keepTogether(style.leading());
            flow.text(line, flow.left() + (flow.width() - flow.textWidth(line, style)) / 2, flow.y(), style);
            flow.gap(style.leading());
        }
    }

    /** Two facts to a row; a fact whose value would wrap in half a row gets a whole row. */
    private void facts(List<Fact> facts) throws IOException {
        if (facts.isEmpty()) {
            return;
        }
        float labelWidth = MIN_LABEL;
        for (Fact fact : facts) {
            labelWidth = Math.max(labelWidth, naturalWidth(label(fact), FACT) + 2 * PageFlow.PAD + 8);
        }
        labelWidth = Math.min(labelWidth, flow.width() / 4);
        float halfValue = (flow.width() - 2 * labelWidth) / 2;
        int i = 0;
        while (i < facts.size()) {
            Fact fact = facts.get(i);
            boolean pair = i + 1 < facts.size() && fitsHalf(fact, halfValue) && fitsHalf(facts.get(i + 1), halfValue);
            if (pair) {
                Fact next = facts.get(i + 1);
                flow.row(FACT, 1, Cell.label(label(fact), labelWidth), Cell.value(value(fact), halfValue),
                        Cell.label(label(next), labelWidth), Cell.value(value(next), 0));
                i += 2;
            } else {
                flow.row(FACT, 1, Cell.label(label(fact), labelWidth), Cell.value(value(fact), 0));
                i++;
            }
        }
        flow.gap(BLOCK_GAP);
    }

    private boolean fitsHalf(Fact fact, float valueWidth) throws IOException {
        String value = value(fact);
        return !value.contains("\n") && naturalWidth(value, FACT) <= valueWidth - 2 * PageFlow.PAD;
    }

    private static String label(Fact fact) {
        return FormText.strip(fact.label());
    }

    private static String value(Fact fact) {
        return fact.value() == null ? NO_VALUE : fact.value().strip();
    }

    private void section(Section section) throws IOException {
        String heading = FormText.strip(section.heading());
        if (!heading.isEmpty()) {
            heading(heading);
        } else {
            flow.gap(SECTION_GAP / 2);
        }
        for (Block block : section.blocks()) {
            switch (block) {
                case Paragraph p -> paragraph(p);
                case Bullets b -> bullets(b);
                case Table t -> table(t);
            }
        }
    }

    /** A bold heading over a rule, kept on one page with the first two lines of what follows. */
    private void heading(String heading) throws IOException {
        List<String> lines = flow.wrap(heading, HEADING, flow.width());
        flow.keepTogether(SECTION_GAP + lines.size() * HEADING.leading() + RULE_GAP + 2 * BODY.leading());
        flow.gap(SECTION_GAP);
        flow.paragraph(heading, flow.left(), flow.width(), HEADING);
        flow.line(flow.left(), flow.y() + 2, flow.left() + flow.width(), flow.y() + 2);
        flow.gap(RULE_GAP);
    }

    private void paragraph(Paragraph paragraph) throws IOException {
        String text = FormText.strip(paragraph.text());
        if (text.isEmpty()) {
            return;
        }
        flow.paragraph(text, flow.left(), flow.width(), BODY);
        flow.gap(BLOCK_GAP);
    }

    /** Each item after 「・」, its further lines under its text rather than under the bullet. */
    private void bullets(Bullets bullets) throws IOException {
        if (bullets.items().isEmpty()) {
            return;
        }
        float indent = flow.textWidth(BULLET, BODY);
        for (String item : bullets.items()) {
            List<String> lines = flow.wrap(FormText.strip(item), BODY, flow.width() - indent);
            flow.keepTogether(Math.min(2, Math.max(1, lines.size())) * BODY.leading());
            flow.text(BULLET, flow.left(), flow.y(), BODY);
            if (lines.isEmpty()) {
                flow.gap(BODY.leading());
            }
            for (String line : lines) {
                flow.keepTogether(BODY.leading());
                flow.text(line, flow.left() + indent, flow.y(), BODY);
                flow.gap(BODY.leading());
            }
        }
        flow.gap(BLOCK_GAP);
    }

    /** A bordered table whose heading row starts every page it runs onto. */
    private void table(Table table) throws IOException {
        int columns = table.columnCount();
        if (columns == 0) {
            return;
        }
        float[] widths = columnWidths(table, columns);
        Cell[] head = table.columns().isEmpty() ? null : cells(table.columns(), widths, true);
        List<Cell[]> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(cells(row, widths, false));
        }
        float headHeight = head == null ? 0 : flow.rowHeight(TABLE, 1, head);
        float firstHeight = rows.isEmpty() ? 0
                : Math.min(flow.rowHeight(TABLE, 1, rows.getFirst()), 2 * TABLE.leading() + 2 * PageFlow.PAD);
        flow.keepTogether(headHeight + firstHeight);
        if (head != null) {
            flow.row(TABLE, 1, head);
            flow.atEachNewPage(() -> flow.row(TABLE, 1, head));
        }
        try {
            for (Cell[] row : rows) {
                flow.row(TABLE, 1, row);
            }
        } finally {
            flow.atEachNewPage(null);
        }
        flow.gap(BLOCK_GAP + 2);
    }

    private static Cell[] cells(List<String> texts, float[] widths, boolean heading) {
        Cell[] cells = new Cell[widths.length];
        for (int i = 0; i < widths.length; i++) {
            String text = i < texts.size() ? texts.get(i).strip() : "";
            float width = i == widths.length - 1 ? 0 : widths[i]; // the last takes what rounding left
            cells[i] = heading ? Cell.label(text, width) : Cell.value(text, width);
        }
        return cells;
    }

    /**
     * Widths from what the columns hold: when everything fits on one line the columns share the page in
     * proportion to their widest text; otherwise each keeps its own width up to an equal share, and the rest of
     * the page goes to the wider columns in proportion to what they lack.
     */
    private float[] columnWidths(Table table, int columns) throws IOException {
        float total = flow.width();
        float fair = total / columns;
        float least = Math.min(fair, 3 * TABLE.size() + 2 * PageFlow.PAD);
        float[] wanted = new float[columns];
        for (int c = 0; c < columns; c++) {
            wanted[c] = least;
            if (c < table.columns().size()) {
                wanted[c] = Math.max(wanted[c], naturalWidth(table.columns().get(c), TABLE) + 2 * PageFlow.PAD + 1);
            }
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                wanted[c] = Math.max(wanted[c], naturalWidth(row.get(c), TABLE) + 2 * PageFlow.PAD + 1);
            }
        }
        float sum = 0;
        for (float w : wanted) {
            sum += w;
        }
        float[] widths = new float[columns];
        if (sum <= total) {
            for (int c = 0; c < columns; c++) {
                widths[c] = wanted[c] * total / sum;
            }
            return widths;
        }
        float floors = 0;
        float lacking = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(wanted[c], fair);
            floors += widths[c];
            lacking += wanted[c] - widths[c];
        }
        for (int c = 0; c < columns; c++) {
            widths[c] += (total - floors) * (wanted[c] - widths[c]) / lacking;
        }
        return widths;
    }

    /** A double-bordered box in larger type; one too tall for a page continues, boxed again, on the next. */
    private void notice(Notice notice) throws IOException {
        if (notice == null) {
            return;
        }
        float inner = flow.width() - 2 * NOTICE_PAD;
        List<Line> lines = new ArrayList<>();
        for (String line : flow.wrap(FormText.strip(notice.heading()), NOTICE_HEADING, inner)) {
            lines.add(new Line(line, NOTICE_HEADING, true));
        }
        for (String text : notice.lines()) {
            List<String> wrapped = flow.wrap(text.strip(), NOTICE_BODY, inner);
            for (String line : wrapped.isEmpty() ? List.of("") : wrapped) {
                lines.add(new Line(line, NOTICE_BODY, false));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        float height = 2 * NOTICE_PAD;
        for (Line line : lines) {
            height += line.style().leading();
        }
        flow.gap(SECTION_GAP);
        flow.keepTogether(Math.min(height, flow.pageRoom()));
        int from = 0;
        while (from < lines.size()) {
            float room = flow.room() - 2 * NOTICE_PAD;
            float used = 0;
            int to = from;
            while (to < lines.size() && used + lines.get(to).style().leading() <= room) {
                used += lines.get(to++).style().leading();
            }
            if (to == from) {
                if (flow.room() < flow.pageRoom()) {
                    flow.newPage();
                    continue;
                }
                used = lines.get(to++).style().leading(); // taller than a page: draw it anyway
            }
            noticePart(lines.subList(from, to), used + 2 * NOTICE_PAD);
            from = to;
        }
        flow.gap(BLOCK_GAP);
    }

    private void noticePart(List<Line> lines, float height) throws IOException {
        float top = flow.y();
        flow.box(flow.left(), top, flow.width(), height, false);
        flow.box(flow.left() + NOTICE_INSET, top - NOTICE_INSET, flow.width() - 2 * NOTICE_INSET,
                height - 2 * NOTICE_INSET, false);
        float lineTop = top - NOTICE_PAD;
        for (Line line : lines) {
            float x = flow.left() + NOTICE_PAD;
            if (line.centred()) {
                x = flow.left() + (flow.width() - flow.textWidth(line.text(), line.style())) / 2;
            }
            flow.text(line.text(), x, lineTop, line.style());
            lineTop -= line.style().leading();
        }
        flow.gap(height);
    }

    private record Line(String text, TextStyle style, boolean centred) {
    }

    /** The width of the longest line of the text set on one line. */
    private float naturalWidth(String text, TextStyle style) throws IOException {
        float widest = 0;
        for (String line : DocumentFonts.printable(text).split("\n")) {
            widest = Math.max(widest, flow.textWidth(line, style));
        }
        return widest;
    }
}
