package jp.tomoni.domain.study;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import jp.tomoni.domain.shared.JapaneseHolidays;

/**
 * A group's weekly series. Each session remembers the date the series gave it (its series date), so
 * a date moved to another day or cancelled stays part of the series: extending the series never
 * brings it back nor adds a second session for it. Japanese public holidays are skipped (schools
 * and most NPOs are closed) and listed, so guardians see why a week has no session.
 */
public final class StudySeries {
    /** Sessions are dated in Japan. */
    public static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");
    /** A series is planned at most a year ahead. */
    public static final int MAX_WEEKS = 53;

    private StudySeries() {
    }

    /** The new series dates, oldest first, and the holidays skipped with their names. */
    public record Plan(List<LocalDate> dates, SortedMap<LocalDate, String> skippedHolidays) {
        public Plan {
            dates = List.copyOf(dates);
            skippedHolidays = Collections.unmodifiableSortedMap(new TreeMap<>(skippedHolidays));
        }
    }

    /** {@link #plan(DayOfWeek, LocalDate, LocalDate, Set, Function)} with Japan's public holidays. */
    public static Plan plan(DayOfWeek weekday, LocalDate from, LocalDate until, Set<LocalDate> existing) {
        return plan(weekday, from, until, existing, JapaneseHolidays::name);
    }

    /**
     * The weekday's dates from {@code from} to {@code until} (both included) that the series does not
     * have yet ({@code existing}: series dates of sessions already made, moved or cancelled ones too),
     * without holidays.
     */
    public static Plan plan(DayOfWeek weekday, LocalDate from, LocalDate until, Set<LocalDate> existing,
                            Function<LocalDate, Optional<String>> holidays) {
        Objects.requireNonNull(weekday, "weekday");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until before from: " + from + " > " + until);
        }
        if (from.plusWeeks(MAX_WEEKS).isBefore(until)) {
            throw new IllegalArgumentException("a series is planned at most " + MAX_WEEKS + " weeks ahead");
        }
        List<LocalDate> dates = new ArrayList<>();
        SortedMap<LocalDate, String> skipped = new TreeMap<>();
        LocalDate d = from.plusDays(Math.floorMod(weekday.getValue() - from.getDayOfWeek().getValue(), 7));
        for (; !d.isAfter(until); d = d.plusWeeks(1)) {
            if (existing.contains(d)) {
                continue;
            }
            Optional<String> holiday = holidays.apply(d);
            if (holiday.isPresent()) {
                skipped.put(d, holiday.get());
            } else {
                dates.add(d);
            }
        }
        return new Plan(dates, skipped);
    }

    /** Whether a session was moved away from the date its series gave it. */
    public static boolean moved(LocalDate seriesDate, LocalDate heldOn) {
        return !seriesDate.equals(heldOn);
    }
}
