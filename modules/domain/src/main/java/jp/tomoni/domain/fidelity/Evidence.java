package jp.tomoni.domain.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What the records say about one item: {@code value} of {@code of} (weeks, months, people or plans; {@code of}
 * is -1 for a plain count), and {@code extra} a second figure some rules show (the mentors among
 * {@link EvidenceRule#F2_PEER_TUTORS}), else 0.
 */
public record Evidence(EvidenceRule rule, Status status, int value, int of, int extra) {
    /** Whether the records bear the item out. */
    public enum Status {
        SUPPORTED,
        NOT_SUPPORTED,
        /** Nothing to judge by in the period (no people, no plans). */
        NO_RECORDS
    }

    public Evidence {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
    }

    /** {@code value} of {@code of} in whole percent, half up; empty without a denominator. */
    public OptionalInt percent() {
        return of > 0 ? OptionalInt.of((int) ((value * 200L + of) / (2L * of))) : OptionalInt.empty();
    }

    /**
     * How many more people, plans, weeks, months or sessions would make it supported: 0 when it is, empty
     * when there are no records to judge by.
     */
    public OptionalInt missing() {
        return rule.missing(value, of);
    }

    /** The message key of the line shown beside the tick, e.g. {@code fidelity.rule.D5_HELLO_WORK_70}. */
    public String messageKey() {
        return "fidelity.rule." + rule.name();
    }

    /** As stored: {@code RULE:STATUS:value:of:extra}, separated by {@code ;}. */
    static String stored(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.rule + ":" + e.status + ":" + e.value + ":" + e.of + ":" + e.extra)
                .collect(Collectors.joining(";"));
    }

    /** Read back from {@link #stored}; a rule or status no longer known is left out. */
    static List<Evidence> fromStored(String stored) {
        List<Evidence> evidence = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return evidence;
        }
        for (String one : stored.split(";")) {
            String[] f = one.split(":");
            try {
                evidence.add(new Evidence(EvidenceRule.valueOf(f[0]), Status.valueOf(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4])));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                // a rule renamed or dropped since: the rest still reads
            }
        }
        return List.copyOf(evidence);
    }
}
