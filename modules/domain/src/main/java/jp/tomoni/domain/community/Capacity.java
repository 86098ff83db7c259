package jp.tomoni.domain.community;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * How many members a session takes: optional (no capacity is unlimited), otherwise
 * {@value #MIN}..{@value #MAX}; a member can book only while a place is free.
 */
public final class Capacity {
    public static final int MIN = 1;
    public static final int MAX = 200;

    private Capacity() {
    }

    /** Whether one more member can book: always without a capacity, else while fewer are booked. */
    public static boolean hasRoom(Integer capacity, int booked) {
        if (booked < 0) {
            throw new IllegalArgumentException("booked must not be negative: " + booked);
        }
        return capacity == null || booked < capacity;
    }

    /** Optional; if given, {@value #MIN}..{@value #MAX} ({@code outOfRange} with both bounds). */
    public static List<FieldViolation> violations(Integer capacity) {
        List<FieldViolation> v = new ArrayList<>();
        if (capacity != null && (capacity < MIN || capacity > MAX)) {
            v.add(FieldViolation.of("capacity", "outOfRange", MIN, MAX));
        }
        return v;
    }
}
