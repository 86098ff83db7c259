package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Outcomes of employment support per month (seed 003: measure employment, income change; seed 000
 * E-1: retention): jobs started, jobs kept at 3, 6 and 12 months, job changes with a higher wage,
 * job changes and job losses.
 *
 * <p>A job change (転職) continues the person's employment: a <em>run</em> of work starts with a job
 * that follows none and goes on through the jobs that follow it, until a job leaving (離職). A run
 * counts as kept at K months in the month of its K-month anniversary if it had not ended by then.
 */
public final class EmploymentOutcomes {
    public static final int[] KEPT_AT = {3, 6, 12};

    private EmploymentOutcomes() {
    }

    /** A job as the outcomes need it; {@code wage} in yen per month, null when unknown. */
    public record Job(UUID id, UUID follows, LocalDate startedOn, LocalDate endedOn, JobEndKind endKind, Integer wage) {
    }

    public record Month(YearMonth month, int started, int kept3, int kept6, int kept12, int changes, int incomeUp, int losses) {
    }

    public static List<Month> monthly(List<Job> jobs, YearMonth from, YearMonth to) {
        Map<UUID, Job> byId = new HashMap<>();
        Map<UUID, Job> next = new HashMap<>();
        for (Job j : jobs) {
            byId.put(j.id(), j);
        }
        for (Job j : jobs) {
            if (j.follows() != null && byId.containsKey(j.follows())) {
                next.put(j.follows(), j);
            }
        }
        Map<YearMonth, int[]> counts = new HashMap<>();
        for (Job j : jobs) {
            if (j.follows() == null || !byId.containsKey(j.follows())) {
                LocalDate start = j.startedOn();
                LocalDate lost = endOfRun(j, next);
                add(counts, YearMonth.from(start), 0);
                for (int k = 0; k < KEPT_AT.length; k++) {
                    LocalDate anniversary = start.plusMonths(KEPT_AT[k]);
                    if (lost == null || lost.isAfter(anniversary) || lost.isEqual(anniversary)) {
                        add(counts, YearMonth.from(anniversary), 1 + k);
                    }
                }
            }
            if (j.endKind() == JobEndKind.CHANGE) {
                add(counts, YearMonth.from(j.endedOn()), 4);
                Job after = next.get(j.id());
                if (after != null && j.wage() != null && after.wage() != null && after.wage() > j.wage()) {
                    add(counts, YearMonth.from(j.endedOn()), 5);
                }
            } else if (j.endKind() == JobEndKind.LEAVING) {
                add(counts, YearMonth.from(j.endedOn()), 6);
            }
        }
        List<Month> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            int[] c = counts.getOrDefault(m, new int[7]);
            out.add(new Month(m, c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        return out;
    }

    /** The day the run of work starting with {@code first} ended with a job leaving; null while it goes on. */
    private static LocalDate endOfRun(Job first, Map<UUID, Job> next) {
        Job j = first;
        for (int guard = 0; guard < 1000; guard++) {
            if (j.endKind() == JobEndKind.LEAVING) {
                return j.endedOn();
            }
            Job after = next.get(j.id());
            if (after == null) {
                // a change recorded without its next job ends the run where it was recorded
                return j.endKind() == JobEndKind.CHANGE ? j.endedOn() : null;
            }
            j = after;
        }
        throw new IllegalStateException("jobs follow each other in a loop");
    }

    private static void add(Map<YearMonth, int[]> counts, YearMonth month, int index) {
        counts.computeIfAbsent(month, m -> new int[7])[index]++;
    }
}
