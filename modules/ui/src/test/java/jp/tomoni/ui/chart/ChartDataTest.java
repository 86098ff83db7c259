package jp.tomoni.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import jp.tomoni.ui.chart.ChartData.Kind;
import jp.tomoni.ui.chart.ChartData.Series;

class ChartDataTest {
    private static final String TRICKY = "引用\"符\" と \\ と </script><b>&amp;";

    @Test
    void every_series_needs_one_value_per_category_and_there_is_at_least_one_series() {
        List<String> months = List.of("4月", "5月", "6月");
        assertThrows(IllegalArgumentException.class, () -> new ChartData(Kind.BAR, "月", "件数", months,
                List.of(new Series("新規相談", List.of(1, 2)))));
        assertThrows(IllegalArgumentException.class, () -> new ChartData(Kind.LINE, "月", "件数", months,
                List.of(new Series("a", List.of(1, 2, 3)), new Series("b", List.of(1, 2, 3, 4)))));
        assertThrows(IllegalArgumentException.class, () -> new ChartData(Kind.BAR, "月", "件数", months, List.of()));
    }

    @Test
    void the_json_escapes_every_string_and_parses_back_to_the_same_text() {
        ChartData d = new ChartData(Kind.STACKED_BAR, TRICKY, "人数（人）", List.of(TRICKY, "就労"),
                List.of(new Series(TRICKY, List.of(3, 4)), new Series("住まい", List.of(1, 2))));
        String json = d.toJson();
        assertFalse(json.contains("</script>"), json);
        assertFalse(json.contains("<"), json);
        assertTrue(json.contains("人数（人）"), "Japanese stays readable: " + json);
        JsonObject o = Json.parse(json);
        assertEquals("STACKED_BAR", o.getString("kind"));
        assertEquals(TRICKY, o.getString("categoryLabel"));
        assertEquals("人数（人）", o.getString("valueLabel"));
        assertEquals(TRICKY, o.getArray("categories").getString(0));
        JsonArray series = o.getArray("series");
        assertEquals(2, series.length());
        assertEquals(TRICKY, series.getObject(0).getString("name"));
        assertEquals(4, series.getObject(0).getArray("values").getNumber(1));
        assertEquals("住まい", series.getObject(1).getString("name"));
    }

    @Test
    void missing_values_stay_null_and_other_numbers_keep_their_value() {
        ChartData d = new ChartData(Kind.LINE, "月", "率", List.of("4月", "5月", "6月", "7月"),
                List.of(new Series("率", Arrays.asList(1.5, null, new BigDecimal("2.25"), Double.NaN))));
        assertEquals(Arrays.asList(1.5, null, new BigDecimal("2.25"), Double.NaN), d.series().get(0).values());
        JsonArray values = Json.parse(d.toJson()).getArray("series").getObject(0).getArray("values");
        assertEquals(1.5, values.getNumber(0));
        assertEquals(JsonType.NULL, values.get(1).getType());
        assertEquals(2.25, values.getNumber(2));
        assertEquals(JsonType.NULL, values.get(3).getType(), "not a number: no data");
    }

    @Test
    void the_data_cannot_be_changed_afterwards() {
        List<Integer> values = new java.util.ArrayList<>(List.of(1, 2));
        ChartData d = new ChartData(Kind.HORIZONTAL_BAR, "分類", "人数", List.of("a", "b"),
                List.of(new Series("人", values)));
        values.set(0, 99);
        assertEquals(1, d.series().get(0).values().get(0));
        assertThrows(UnsupportedOperationException.class, () -> d.categories().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> d.series().clear());
    }
}
