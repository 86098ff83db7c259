package jp.tomoni.application.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharedResourcesTest {

    @Test
    void every_row_of_the_shared_list_kept_as_code_is_a_valid_record() {
        var rows = SharedResources.rows();
        assertTrue(rows.size() >= 8, "rows: " + rows.size());
        rows.forEach(r -> assertTrue(r.ok(), "row " + r.row() + ": " + r.violations()));
    }

    @Test
    void a_shared_record_keeps_its_id_from_load_to_load_and_names_give_distinct_ids() {
        assertEquals(SharedResources.id("resource", "法テラス"), SharedResources.id("resource", "法テラス"));
        assertNotEquals(SharedResources.id("resource", "法テラス"), SharedResources.id("organization", "法テラス"));
    }
}
