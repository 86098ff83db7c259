package jp.tomoni.domain.study;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.ToLongFunction;

/**
 * Seats of a session and its waitlist. A confirmed booking holds a seat number from 1 to the
 * capacity (the database refuses a second holder of a number and a number beyond the capacity); a
 * new booking takes the lowest free number, or waits. When a seat frees, the child who asked first
 * (lowest arrival number) is promoted — first come, first served — one per freed seat.
 */
public final class Seats {
    private Seats() {
    }

    /** The lowest free seat number, or empty when all are taken. */
    public static OptionalInt firstFree(int capacity, Collection<Integer> taken) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        for (int seat = 1; seat <= capacity; seat++) {
            if (!taken.contains(seat)) {
                return OptionalInt.of(seat);
            }
        }
        return OptionalInt.empty();
    }

    /** The waiting bookings in the order they are promoted: by arrival, first first. */
    public static <T> List<T> promotionOrder(Collection<T> waiting, ToLongFunction<T> arrival) {
        return waiting.stream().sorted(Comparator.comparingLong(arrival)).toList();
    }

    /** How many waiting children get a seat: as many as seats are free, at most as many as wait. */
    public static int promotions(int capacity, int confirmed, int waiting) {
        return Math.max(0, Math.min(capacity - confirmed, waiting));
    }
}
