package jp.tomoni.ui.casework;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.domain.casework.assessment.AssessmentItem;
import jp.tomoni.domain.casework.assessment.ItemType;
import jp.tomoni.domain.casework.assessment.Option;

/**
 * The assessment sheet's fields as the stored text of answers (see {@link ItemType}), and what one
 * save sends: only the items changed on screen, each with the version read, so saves of different
 * items by different workers never conflict.
 */
final class AssessmentValues {
    private static final String SEPARATOR = ",";

    private AssessmentValues() {
    }

    /** What a save sends: item key → text (blank clears), and the version read for each changed item that had an answer. */
    record Changes(Map<String, String> answers, Map<String, Long> versions) {
        boolean isEmpty() {
            return answers.isEmpty();
        }
    }

    /**
     * The items whose text on screen differs from what was read, in the form's order. An item never
     * answered is sent without a version: if someone answered it meanwhile, the save is refused.
     */
    static Changes changes(List<AssessmentItem> items, Map<String, String> read, Map<String, Long> versionsRead,
                           Map<String, String> onScreen) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (AssessmentItem item : items) {
            String key = item.key();
            if (!onScreen.containsKey(key) || same(item.type(), read.get(key), onScreen.get(key))) {
                continue;
            }
            String now = clean(onScreen.get(key));
            answers.put(key, now == null ? "" : now);
            Long version = versionsRead.get(key);
            if (version != null) {
                versions.put(key, version);
            }
        }
        return new Changes(Collections.unmodifiableMap(answers), Collections.unmodifiableMap(versions));
    }

    /** Blank is no answer; surrounding space is no difference; the same choices in another order are the same answer. */
    static boolean same(ItemType type, String a, String b) {
        String x = clean(a);
        String y = clean(b);
        if (type == ItemType.MULTI_CHOICE && x != null && y != null) {
            return choices(x).equals(choices(y));
        }
        return Objects.equals(x, y);
    }

    /** As the service keeps it: blank is no answer, the rest is stripped. */
    static String clean(String value) {
        return AssessmentItem.isBlank(value) ? null : value.strip();
    }

    /** The option keys of a MULTI_CHOICE answer. */
    static Set<String> choices(String stored) {
        if (AssessmentItem.isBlank(stored)) {
            return Set.of();
        }
        return Arrays.stream(stored.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The chosen options as stored: their keys in the form's order, comma-separated. */
    static String joinChoices(AssessmentItem item, Collection<String> chosen) {
        return item.options().stream().map(Option::key).filter(chosen::contains).collect(Collectors.joining(SEPARATOR));
    }

    /** A number as typed: full-width digits (IME) become ASCII, thousands separators and spaces go; the domain checks the rest. */
    static String number(String typed) {
        if (AssessmentItem.isBlank(typed)) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[,\\s]", "");
    }

    /** A stored ISO date, or null when there is none or it cannot be read. */
    static LocalDate date(String stored) {
        if (AssessmentItem.isBlank(stored)) {
            return null;
        }
        try {
            return LocalDate.parse(stored.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String label(AssessmentItem item, boolean english) {
        return english ? item.labelEn() : item.labelJa();
    }

    /** The item's label on its field: ※ in front of the items needed before a plan. */
    static String fieldLabel(AssessmentItem item, boolean english) {
        return (item.mandatory() ? "※" : "") + label(item, english);
    }

    static String label(Option option, boolean english) {
        return english ? option.labelEn() : option.labelJa();
    }

    /** A stored answer as people read it: options by their labels, dates in the era calendar. */
    static String display(AssessmentItem item, String stored, boolean english) {
        if (AssessmentItem.isBlank(stored)) {
            return "";
        }
        String value = stored.strip();
        return switch (item.type()) {
            case SINGLE_CHOICE, YES_NO -> optionLabel(item, value, english);
            case MULTI_CHOICE -> choices(value).stream().map(k -> optionLabel(item, k, english))
                    .collect(Collectors.joining(english ? ", " : "、"));
            case DATE -> {
                LocalDate d = date(value);
                yield d == null ? value : CaseFormat.date(d);
            }
            case TEXT, LONG_TEXT, NUMBER -> value;
        };
    }

    private static String optionLabel(AssessmentItem item, String key, boolean english) {
        return item.option(key).map(o -> label(o, english)).orElse(key);
    }

    /** A value for a text field: never null. */
    static String text(String stored) {
        return stored == null ? "" : stored;
    }
}
