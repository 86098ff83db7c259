package jp.tomoni.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChildVisibilityTest {
    @Test
    void a_guardian_of_the_family_sees_everything_they_entered() {
        assertEquals(ChildVisibility.FULL, ChildVisibility.of(true, false));
        assertEquals(ChildVisibility.FULL, ChildVisibility.of(true, true));
    }

    @Test
    void the_people_of_a_session_the_child_is_booked_in_see_name_and_grade_only() {
        assertEquals(ChildVisibility.NAME_AND_GRADE, ChildVisibility.of(false, true));
    }

    @Test
    void anyone_else_sees_nothing_of_the_child() {
        assertEquals(ChildVisibility.NONE, ChildVisibility.of(false, false));
    }
}
