package jp.tomoni.domain.casework.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * One question of the assessment sheet. {@code mandatory} is the form's ※, {@code reportedToState}
 * its bold frame, and {@code confirmed} is false while the item is not yet checked against a
 * published copy of the form (✘ in FORMS.md).
 */
public record AssessmentItem(
        String key,
        ItemType type,
        String labelJa,
        String labelEn,
        List<Option> options,
        boolean mandatory,
        boolean reportedToState,
        boolean confirmed) {

    public static final int MAX_LENGTH = 4000;
    // twelve digits: a trillion yen is more than any household's figure
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,12}");

    public AssessmentItem {
        options = List.copyOf(options);
    }

    public Optional<Option> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }

    /**
     * The faults of one answer, named by this item's key. A blank answer is no fault here: items are
     * collected over several meetings, and the ※ items are demanded only when a plan is made.
     */
    public List<FieldViolation> check(String value) {
        List<FieldViolation> out = new ArrayList<>();
        if (isBlank(value)) {
            return out;
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            out.add(FieldViolation.of(key, "tooLong", MAX_LENGTH));
            return out;
        }
        switch (type) {
            case TEXT, LONG_TEXT -> { }
            case SINGLE_CHOICE, YES_NO -> checkOption(out, value.strip());
            case MULTI_CHOICE -> {
                for (String part : value.split(",", -1)) {
                    if (part.isBlank()) {
                        out.add(FieldViolation.of(key, "invalid"));
                    } else {
                        checkOption(out, part.strip());
                    }
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    out.add(FieldViolation.of(key, "invalid"));
                }
            }
            case NUMBER -> {
                if (!NUMBER.matcher(value.strip()).matches()) {
                    out.add(FieldViolation.of(key, "invalid"));
                }
            }
        }
        return out;
    }

    /** True when nothing was answered; a ※ item needs more than that before a plan. */
    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void checkOption(List<FieldViolation> out, String optionKey) {
        if (option(optionKey).isEmpty()) {
            out.add(FieldViolation.of(key, "unknownOption", optionKey));
        }
    }
}
