package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class CapacityTest {
    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void a_session_has_room_while_fewer_than_its_capacity_are_booked() {
        assertTrue(Capacity.hasRoom(10, 0));
        assertTrue(Capacity.hasRoom(10, 9));
        assertFalse(Capacity.hasRoom(10, 10));
        assertFalse(Capacity.hasRoom(10, 11));
    }

    @Test
    void a_session_without_a_capacity_always_has_room() {
        assertTrue(Capacity.hasRoom(null, 0));
        assertTrue(Capacity.hasRoom(null, 10_000));
    }

    @Test
    void a_negative_number_booked_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Capacity.hasRoom(10, -1));
        assertThrows(IllegalArgumentException.class, () -> Capacity.hasRoom(null, -1));
    }

    @Test
    void a_capacity_is_optional_and_from_1_to_200() {
        assertEquals(List.of(), Capacity.violations(null));
        assertEquals(List.of(), Capacity.violations(1));
        assertEquals(List.of(), Capacity.violations(200));
        assertEquals(List.of("capacity:outOfRange"), fields(Capacity.violations(0)));
        assertEquals(List.of("capacity:outOfRange"), fields(Capacity.violations(201)));
        assertArrayEquals(new Object[] {1, 200}, Capacity.violations(-5).get(0).args());
    }
}
