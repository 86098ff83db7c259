package jp.tomoni.domain.fidelity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fidelity catalogue versions shipped in this package's {@code catalogue.txt}, read once. A version file
 * has one record a line ({@code #} at the start of a line: a comment):
 * <pre>
 * &#64; &lt;id&gt; &lt;valid from yyyy-mm-dd&gt;
 * E &lt;element code&gt; &lt;title&gt;
 * I &lt;element code&gt;.&lt;n&gt; &lt;text&gt; [| &lt;EvidenceRule name&gt;]
 * O &lt;option text&gt;            (a △ option of the preceding item)
 * </pre>
 * Loading fails on a broken line, a duplicate code, an unknown or repeated rule, or an option without an item.
 */
public final class FidelityCatalogues {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Pattern ELEMENT_CODE = Pattern.compile("[A-Z]-[0-9]+");
    private static final Pattern ITEM_CODE = Pattern.compile("([A-Z]-[0-9]+)\\.[0-9]+");

    private FidelityCatalogues() {
    }

    /** Every version, oldest first. */
    public static List<FidelityCatalogue> all() {
        return Loaded.CATALOGUES;
    }

    /** The version in force today in Japan: new assessments use it. */
    public static FidelityCatalogue current() {
        return inForceOn(LocalDate.now(JAPAN));
    }

    /** The latest version in force on {@code day}. */
    public static FidelityCatalogue inForceOn(LocalDate day) {
        return Loaded.CATALOGUES.stream().filter(c -> !c.validFrom().isAfter(day))
                .reduce((older, newer) -> newer)
                .orElseThrow(() -> new IllegalStateException("no fidelity catalogue in force on " + day));
    }

    /** The version an assessment was made under. */
    public static Optional<FidelityCatalogue> byId(String id) {
        return Loaded.CATALOGUES.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException naming {@code source} and the line when the file is broken */
    static FidelityCatalogue read(String source, Reader in) {
        Parse p = new Parse(source);
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            while ((line = lines.readLine()) != null) {
                p.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
        return p.finish();
    }

    /** The state of one file being read: the element and item still open. */
    private static final class Parse {
        private final String source;
        private final List<FidelityElement> elements = new ArrayList<>();
        private final Set<String> codes = new HashSet<>();
        private final Set<EvidenceRule> rules = new HashSet<>();
        private String id;
        private LocalDate validFrom;
        private String elementCode;
        private String title;
        private List<FidelityItem> items = new ArrayList<>();
        private String itemCode;
        private String itemText;
        private EvidenceRule rule;
        private List<String> options = new ArrayList<>();
        private int n;

        Parse(String source) {
            this.source = source;
        }

        void line(String raw) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\\s+", 3);
            switch (f[0]) {
                case "@" -> header(f);
                case "E" -> element(f);
                case "I" -> item(f);
                case "O" -> {
                    if (itemCode == null || f.length < 2) {
                        throw fail("an option belongs under an item");
                    }
                    options.add(line.substring(1).strip());
                }
                default -> throw fail("unknown record " + f[0]);
            }
        }

        private void header(String[] f) {
            if (id != null || f.length != 3) {
                throw fail("one header '@ <id> <valid from>' expected");
            }
            id = f[1];
            try {
                validFrom = LocalDate.parse(f[2]);
            } catch (DateTimeParseException e) {
                throw fail("bad date " + f[2]);
            }
        }

        private void element(String[] f) {
            code(f);
            if (!ELEMENT_CODE.matcher(f[1]).matches()) {
                throw fail("bad element code " + f[1]);
            }
            closeElement();
            elementCode = f[1];
            title = f[2];
        }

        private void item(String[] f) {
            code(f);
            var m = ITEM_CODE.matcher(f[1]);
            if (!m.matches() || !m.group(1).equals(elementCode)) {
                throw fail("item " + f[1] + " outside its element");
            }
            closeItem();
            itemCode = f[1];
            itemText = f[2];
            int bar = f[2].lastIndexOf('|');
            if (bar >= 0) {
                itemText = f[2].substring(0, bar).strip();
                String name = f[2].substring(bar + 1).strip();
                try {
                    rule = EvidenceRule.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw fail("unknown rule " + name);
                }
                if (!rules.add(rule)) {
                    throw fail("rule " + name + " used twice");
                }
            }
        }

        private void code(String[] f) {
            if (id == null || f.length != 3) {
                throw fail("the header first, then '" + f[0] + " <code> <text>'");
            }
            if (!codes.add(f[1])) {
                throw fail("duplicate code " + f[1]);
            }
        }

        private void closeItem() {
            if (itemCode != null) {
                items.add(new FidelityItem(itemCode, itemText, options, Optional.ofNullable(rule)));
            }
            itemCode = null;
            rule = null;
            options = new ArrayList<>();
        }

        private void closeElement() {
            closeItem();
            if (elementCode != null) {
                if (items.isEmpty()) {
                    throw fail("element " + elementCode + " has no items");
                }
                elements.add(new FidelityElement(elementCode, title, items));
            }
            items = new ArrayList<>();
        }

        FidelityCatalogue finish() {
            if (id == null) {
                throw fail("no header");
            }
            closeElement();
            if (elements.isEmpty()) {
                throw fail("no elements");
            }
            return new FidelityCatalogue(id, validFrom, elements);
        }

        private IllegalArgumentException fail(String why) {
            return new IllegalArgumentException(source + ":" + n + ": " + why);
        }
    }

    // holder idiom: the files are read on first use, once, thread-safely
    private static final class Loaded {
        static final List<FidelityCatalogue> CATALOGUES = load();

        private static List<FidelityCatalogue> load() {
            List<FidelityCatalogue> catalogues = new ArrayList<>();
            try (BufferedReader index = open("catalogue.txt")) {
                String line;
                while ((line = index.readLine()) != null) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        catalogues.add(read(name, open(name)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (catalogues.stream().map(FidelityCatalogue::id).distinct().count() != catalogues.size()) {
                throw new IllegalStateException("two fidelity catalogues share an id");
            }
            catalogues.sort(Comparator.comparing(FidelityCatalogue::validFrom));
            return List.copyOf(catalogues);
        }

        private static BufferedReader open(String name) {
            InputStream in = FidelityCatalogues.class.getResourceAsStream(name);
            Objects.requireNonNull(in, () -> "missing resource " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
