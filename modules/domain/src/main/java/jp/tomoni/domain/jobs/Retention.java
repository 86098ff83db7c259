package jp.tomoni.domain.jobs;

import java.time.LocalDate;
import java.util.List;

/**
 * Retention of hires at 3, 6 and 12 months (定着率): of the hires whose job is recorded and whose
 * N-month day has come, how many had not left the job by then. A hire whose job the supporter has not
 * recorded is counted apart ({@code unrecorded}): its retention is not known, and is not guessed.
 */
public final class Retention {
    public static final List<Integer> MONTHS = List.of(3, 6, 12);

    private Retention() {
    }

    /** One hire: the first day, whether the job is recorded, and the day it ended (null: still working). */
    public record Hire(LocalDate startsOn, boolean recorded, LocalDate endedOn) {
    }

    /** At {@code months}: hires whose day has come, and those still in the job on that day. */
    public record Rate(int months, int due, int retained) {
        /** Whole per cent, or null when no hire is due yet. */
        public Integer percent() {
            return due == 0 ? null : (int) Math.round(100.0 * retained / due);
        }
    }

    public static Rate at(int months, List<Hire> hires, LocalDate today) {
        int due = 0;
        int retained = 0;
        for (Hire h : hires) {
            if (!h.recorded() || h.startsOn() == null) {
                continue;
            }
            LocalDate mark = h.startsOn().plusMonths(months);
            if (mark.isAfter(today)) {
                continue;
            }
            due++;
            if (h.endedOn() == null || !h.endedOn().isBefore(mark)) {
                retained++;
            }
        }
        return new Rate(months, due, retained);
    }

    public static List<Rate> rates(List<Hire> hires, LocalDate today) {
        return MONTHS.stream().map(m -> at(m, hires, today)).toList();
    }

    public static int unrecorded(List<Hire> hires) {
        return (int) hires.stream().filter(h -> !h.recorded()).count();
    }
}
