package jp.tomoni.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeatsTest {
    record Waiting(String child, long arrival) {
    }

    @Test
    void a_new_booking_takes_the_lowest_free_seat() {
        assertEquals(OptionalInt.of(1), Seats.firstFree(6, Set.of()));
        assertEquals(OptionalInt.of(3), Seats.firstFree(6, Set.of(1, 2, 4)));
    }

    @Test
    void a_full_session_has_no_free_seat() {
        assertEquals(OptionalInt.empty(), Seats.firstFree(3, Set.of(1, 2, 3)));
        assertThrows(IllegalArgumentException.class, () -> Seats.firstFree(0, Set.of()));
    }

    @Test
    void the_waitlist_is_promoted_in_arrival_order_first_come_first_served() {
        List<Waiting> waiting = List.of(new Waiting("c", 30), new Waiting("a", 7), new Waiting("b", 12));
        assertEquals(List.of("a", "b", "c"), Seats.promotionOrder(waiting, Waiting::arrival).stream().map(Waiting::child).toList());
    }

    @Test
    void as_many_are_promoted_as_seats_are_free_and_never_more_than_wait() {
        assertEquals(1, Seats.promotions(6, 5, 4));
        assertEquals(2, Seats.promotions(6, 4, 2));
        assertEquals(2, Seats.promotions(6, 2, 2));
        assertEquals(0, Seats.promotions(6, 6, 3));
        assertEquals(0, Seats.promotions(6, 3, 0));
    }
}
