package jp.tomoni.domain.casework.assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a form definition: one record a line, fields separated by {@code |}, {@code #} starts a comment.
 * <pre>
 * form    &lt;id&gt; | &lt;valid from yyyy-mm-dd&gt; | &lt;name ja&gt; | &lt;name en&gt;
 * section &lt;key&gt; | &lt;label ja&gt; | &lt;label en&gt;
 * item    &lt;key&gt; | &lt;TYPE&gt; | &lt;flags&gt; | &lt;label ja&gt; | &lt;label en&gt;
 * option  &lt;key&gt; | &lt;label ja&gt; | &lt;label en&gt;
 * </pre>
 * An item's key starts with its section's key. Flags: {@code ※} mandatory, {@code 国} reported to the state, {@code ✔} confirmed against a
 * published form, {@code -} none. YES_NO items get their options {@code yes} / {@code no} here.
 */
final class AssessmentFormReader {
    private static final Pattern ITEM_KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");
    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern SECTION_KEY = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern OPTION_KEY = Pattern.compile("[a-z0-9][a-zA-Z0-9]*");
    private static final List<Option> YES_NO = List.of(new Option("yes", "はい", "Yes"), new Option("no", "いいえ", "No"));

    private final String source;
    private String formId;
    private LocalDate validFrom;
    private String nameJa;
    private String nameEn;
    private final List<AssessmentSection> sections = new ArrayList<>();
    private final Set<String> itemKeys = new HashSet<>();
    private SectionDraft section;
    private ItemDraft item;
    private int lineNumber;

    private AssessmentFormReader(String source) {
        this.source = source;
    }

    /** @throws IllegalArgumentException naming {@code source} and the line when the definition is broken */
    static AssessmentForm read(String source, Reader in) {
        AssessmentFormReader r = new AssessmentFormReader(source);
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            while ((line = lines.readLine()) != null) {
                r.lineNumber++;
                r.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
        return r.finish();
    }

    private void line(String raw) {
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
            return;
        }
        String[] head = line.split("\\s+", 2);
        String[] f = head.length < 2 ? new String[0] : head[1].split("\\|", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
            if (f[i].isEmpty()) {
                throw fail("empty field " + (i + 1));
            }
        }
        switch (head[0]) {
            case "form" -> form(fields(f, 4));
            case "section" -> section(fields(f, 3));
            case "item" -> item(fields(f, 5));
            case "option" -> option(fields(f, 3));
            default -> throw fail("unknown record '" + head[0] + "'");
        }
    }

    private void form(String[] f) {
        if (formId != null) {
            throw fail("second form line");
        }
        key(FORM_ID, f[0]);
        formId = f[0];
        try {
            validFrom = LocalDate.parse(f[1]);
        } catch (DateTimeParseException e) {
            throw fail("bad date " + f[1]);
        }
        nameJa = f[2];
        nameEn = f[3];
    }

    private void section(String[] f) {
        if (formId == null) {
            throw fail("section before the form line");
        }
        closeSection();
        key(SECTION_KEY, f[0]);
        if (sections.stream().anyMatch(s -> s.key().equals(f[0]))) {
            throw fail("duplicate section " + f[0]);
        }
        section = new SectionDraft(f[0], f[1], f[2]);
    }

    private void item(String[] f) {
        if (section == null) {
            throw fail("item before any section");
        }
        closeItem();
        key(ITEM_KEY, f[0]);
        if (!f[0].startsWith(section.key + ".")) {
            throw fail("item " + f[0] + " does not start with its section's key " + section.key);
        }
        if (!itemKeys.add(f[0])) {
            throw fail("duplicate item " + f[0]);
        }
        ItemType type;
        try {
            type = ItemType.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            throw fail("unknown type " + f[1]);
        }
        String flags = f[2].equals("-") ? "" : f[2];
        if (!flags.replaceAll("[※国✔\\s]", "").isEmpty()) {
            throw fail("unknown flags " + f[2]);
        }
        item = new ItemDraft(f[0], type, f[3], f[4], flags.contains("※"), flags.contains("国"), flags.contains("✔"));
        if (type == ItemType.YES_NO) {
            item.options.addAll(YES_NO);
        }
    }

    private void option(String[] f) {
        if (item == null || (item.type != ItemType.SINGLE_CHOICE && item.type != ItemType.MULTI_CHOICE)) {
            throw fail("option outside a choice item");
        }
        key(OPTION_KEY, f[0]);
        if (item.options.stream().anyMatch(o -> o.key().equals(f[0]))) {
            throw fail("duplicate option " + f[0]);
        }
        item.options.add(new Option(f[0], f[1], f[2]));
    }

    private void closeItem() {
        if (item == null) {
            return;
        }
        if (item.type.hasOptions() && item.options.size() < 2) {
            throw fail("item " + item.key + " needs at least two options");
        }
        section.items.add(new AssessmentItem(item.key, item.type, item.labelJa, item.labelEn, item.options,
                item.mandatory, item.reported, item.confirmed));
        item = null;
    }

    private void closeSection() {
        closeItem();
        if (section == null) {
            return;
        }
        if (section.items.isEmpty()) {
            throw fail("section " + section.key + " has no items");
        }
        sections.add(new AssessmentSection(section.key, section.labelJa, section.labelEn, section.items));
        section = null;
    }

    private AssessmentForm finish() {
        if (formId == null) {
            throw fail("no form line");
        }
        closeSection();
        if (sections.isEmpty()) {
            throw fail("no sections");
        }
        return new AssessmentForm(formId, validFrom, nameJa, nameEn, sections);
    }

    private String[] fields(String[] f, int n) {
        if (f.length != n) {
            throw fail("expected " + n + " fields separated by |, found " + f.length);
        }
        return f;
    }

    private void key(Pattern pattern, String key) {
        if (!pattern.matcher(key).matches()) {
            throw fail("bad key " + key);
        }
    }

    private IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(source + ":" + lineNumber + ": " + message);
    }

    private static final class SectionDraft {
        final String key;
        final String labelJa;
        final String labelEn;
        final List<AssessmentItem> items = new ArrayList<>();

        SectionDraft(String key, String labelJa, String labelEn) {
            this.key = key;
            this.labelJa = labelJa;
            this.labelEn = labelEn;
        }
    }

    private static final class ItemDraft {
        final String key;
        final ItemType type;
        final String labelJa;
        final String labelEn;
        final boolean mandatory;
        final boolean reported;
        final boolean confirmed;
        final List<Option> options = new ArrayList<>();

        ItemDraft(String key, ItemType type, String labelJa, String labelEn,
                boolean mandatory, boolean reported, boolean confirmed) {
            this.key = key;
            this.type = type;
            this.labelJa = labelJa;
            this.labelEn = labelEn;
            this.mandatory = mandatory;
            this.reported = reported;
            this.confirmed = confirmed;
        }
    }
}
