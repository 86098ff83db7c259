package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * A tenant's own search synonyms, one group per line ({@code ハロワ, ハローワーク}): any word of a group
 * also finds the others. Applied when searching, so a change works at once, with no reindex. The
 * national ones (生保, 社協 …) are in the index template.
 */
public final class SynonymRules {
    public static final int GROUPS_MAX = 500;
    public static final int TERMS_MAX = 10;
    public static final int TERM_MAX = 30;
    /** At most this many rewritten queries besides the original. */
    public static final int ALTERNATIVES_MAX = 8;
    private static final Pattern SPLIT = Pattern.compile("\\s*[,、，]\\s*");
    private static final Pattern FORBIDDEN = Pattern.compile("[\"\\\\=>#\\p{Cntrl}]");

    private final List<List<String>> groups;

    private SynonymRules(List<List<String>> groups) {
        this.groups = groups;
    }

    public static SynonymRules none() {
        return new SynonymRules(List.of());
    }

    /** Parses groups that were checked when saved; a bad line is skipped rather than breaking search. */
    public static SynonymRules of(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) {
            List<String> terms = terms(line);
            if (terms.size() >= 2 && lineViolation(terms) == null) {
                out.add(terms);
            }
        }
        return new SynonymRules(List.copyOf(out));
    }

    /** Each saved line's fault, reported on {@code synonyms[i]}. */
    public static List<FieldViolation> violations(List<String> lines) {
        List<FieldViolation> out = new ArrayList<>();
        if (lines.size() > GROUPS_MAX) {
            out.add(FieldViolation.of("synonyms", "tooMany", GROUPS_MAX));
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            List<String> terms = terms(lines.get(i));
            String code = terms.size() < 2 ? "synonyms.twoOrMore" : lineViolation(terms);
            if (code != null) {
                out.add(FieldViolation.of("synonyms[" + i + "]", code, TERM_MAX, TERMS_MAX));
            }
        }
        return out;
    }

    /** The query rewritten with each synonym of each group word it contains (the original not included). */
    public List<String> alternatives(String query) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> group : groups) {
            for (String term : group) {
                if (!query.contains(term)) {
                    continue;
                }
                for (String other : group) {
                    if (!other.equals(term) && !query.contains(other)) {
                        out.add(query.replace(term, other));
                    }
                }
            }
        }
        return out.stream().limit(ALTERNATIVES_MAX).toList();
    }

    public List<List<String>> groups() {
        return groups;
    }

    static List<String> terms(String line) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(SPLIT.splitAsStream(line.strip()).filter(t -> !t.isBlank())
                .map(String::strip).toList()));
    }

    private static String lineViolation(List<String> terms) {
        if (terms.size() > TERMS_MAX) {
            return "synonyms.tooManyTerms";
        }
        for (String t : terms) {
            if (t.length() > TERM_MAX || FORBIDDEN.matcher(t).find()) {
                return "synonyms.term";
            }
        }
        return null;
    }
}
