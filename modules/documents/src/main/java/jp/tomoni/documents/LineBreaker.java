package jp.tomoni.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, the Japanese way: between any two characters, but keeping Latin
 * words and numbers whole, and never starting a line with closing punctuation (行頭禁則) or ending one with an
 * opening bracket (行末禁則).
 */
final class LineBreaker {

    /** Measures the printed width of a piece of text. */
    interface Measure {
        float width(String text);
    }

    private static final String NO_LINE_START = "、。，．,.)）]］｝〕〉》」』】〙〗〟’”ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ…‥・:;：；!?！？々";
    private static final String NO_LINE_END = "(（[［｛〔〈《「『【〘〖〝‘“";

    private LineBreaker() {
    }

    /** The lines of text in order; each "\n" starts a new line, and an empty text gives no lines. */
    static List<String> wrap(String text, float maxWidth, Measure measure) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float maxWidth, Measure measure, List<String> lines) {
        List<String> line = new ArrayList<>();
        float width = 0;
        for (String token : tokens(paragraph)) {
            float w = measure.width(token);
            if (w > maxWidth) { // a word wider than a whole line: break it between characters
                if (!line.isEmpty()) {
                    lines.add(String.join("", line).stripTrailing());
                }
                List<String> parts = splitByCharacter(token, maxWidth, measure);
                lines.addAll(parts.subList(0, parts.size() - 1));
                line = new ArrayList<>(List.of(parts.getLast()));
                width = measure.width(parts.getLast());
                continue;
            }
            if (width + w <= maxWidth) {
                line.add(token);
                width += w;
                continue;
            }
            List<String> carried = new ArrayList<>();
            if (NO_LINE_START.contains(token) && line.size() > 1) {
                carried.add(line.removeLast()); // push the previous character down with the punctuation
            }
            while (line.size() > 1 && NO_LINE_END.contains(line.getLast())) {
                carried.addFirst(line.removeLast());
            }
            lines.add(String.join("", line).stripTrailing());
            line = carried;
            if (line.isEmpty() && token.isBlank()) {
                width = 0; // a space at the break disappears
                continue;
            }
            line.add(token);
            width = 0;
            for (String t : line) {
                width += measure.width(t);
            }
        }
        lines.add(String.join("", line).stripTrailing());
    }

    /** Latin words and numbers (with their inner punctuation) stay together; every other character stands alone. */
    private static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(cp -> {
            if (isWordPart(cp)) {
                word.appendCodePoint(cp);
            } else {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(Character.toString(cp));
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isWordPart(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || "-_.,/:@%+&#'".indexOf(cp) >= 0)
                || cp >= 0xFF10 && cp <= 0xFF19; // full-width digits keep a number together too
    }

    private static List<String> splitByCharacter(String word, float maxWidth, Measure measure) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        word.codePoints().forEach(cp -> {
            String next = part + Character.toString(cp);
            if (!part.isEmpty() && measure.width(next) > maxWidth) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.appendCodePoint(cp);
        });
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }
}
