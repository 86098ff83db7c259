package jp.tomoni.rest.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Request values arrive as text so that a wrong one is reported at its field ({@code invalidChoice},
 * {@code invalid}) instead of failing the whole body; each parser adds to the caller's violations.
 */
public final class Inputs {
    private Inputs() {
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            v.add(FieldViolation.of(field, "invalidChoice"));
            return null;
        }
    }

    public static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field, List<FieldViolation> v) {
        Set<E> out = EnumSet.noneOf(type);
        if (values != null) {
            for (String s : values) {
                E e = choice(type, s, field, v);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    public static LocalDate date(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(FieldViolation.of(field, "invalid"));
            return null;
        }
    }

    /** A local date-time as typed (e.g. 2026-12-17T18:00), in Japan when the caller converts it. */
    public static java.time.LocalDateTime dateTime(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(FieldViolation.of(field, "invalid"));
            return null;
        }
    }

    /** An id from the path: a malformed one is refused at once (400 with the field). */
    public static java.util.UUID pathId(String value, String field) {
        List<FieldViolation> v = new java.util.ArrayList<>();
        java.util.UUID id = uuid(value, field, v);
        throwIfUnreadable(v, List.of());
        return id;
    }

    public static Instant instant(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            v.add(FieldViolation.of(field, "invalid"));
            return null;
        }
    }

    public static java.util.UUID uuid(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            v.add(FieldViolation.of(field, "invalid"));
            return null;
        }
    }

    /** A month as {@code 2026-06} (or its first day), stored as the first day of the month. */
    public static LocalDate month(String value, String field, List<FieldViolation> v) {
        if (value != null && value.strip().length() == 7) {
            try {
                return java.time.YearMonth.parse(value.strip()).atDay(1);
            } catch (DateTimeParseException e) {
                v.add(FieldViolation.of(field, "invalid"));
                return null;
            }
        }
        return date(value, field, v);
    }

    public static Integer integer(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            v.add(FieldViolation.of(field, "invalid"));
            return null;
        }
    }

    public static long version(Long version, List<FieldViolation> v) {
        if (version == null) {
            v.add(FieldViolation.of("version", "required"));
            return -1;
        }
        return version;
    }

    /**
     * When some values could not be read, throws them together with the draft's other faults, so
     * the person sees every field at fault at once; otherwise the service checks the draft.
     */
    public static void throwIfUnreadable(List<FieldViolation> unreadable, List<FieldViolation> draftViolations) {
        if (unreadable.isEmpty()) {
            return;
        }
        Set<String> fields = new java.util.HashSet<>();
        unreadable.forEach(f -> fields.add(f.field()));
        List<FieldViolation> all = new java.util.ArrayList<>(unreadable);
        draftViolations.stream().filter(f -> !fields.contains(f.field())).forEach(all::add);
        throw new jp.tomoni.domain.shared.InvalidInputException(all);
    }

    public static LocalDate today() {
        return jp.tomoni.application.casework.CaseDates.today(java.time.Clock.systemUTC());
    }
}
