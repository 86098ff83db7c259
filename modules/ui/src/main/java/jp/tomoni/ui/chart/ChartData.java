package jp.tomoni.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

/**
 * The figures of one chart: categories along one axis and one or more series of values, one value per category
 * ({@code null} for no data, drawn as a gap).
 *
 * @param kind          how the figures are drawn
 * @param categoryLabel the name of the category axis, also the heading of the table's first column
 * @param valueLabel    the name of the value axis
 * @param categories    the categories, in order
 * @param series        at least one series, each with exactly one value per category
 */
public record ChartData(Kind kind, String categoryLabel, String valueLabel, List<String> categories,
        List<Series> series) {

    /** How the figures are drawn. */
    public enum Kind { BAR, HORIZONTAL_BAR, STACKED_BAR, LINE }

    /**
     * One named row of values, one per category; a {@code null} value means no data.
     *
     * @param name   the name shown in the legend and as the table's column heading
     * @param values the values, in the order of the categories
     */
    public record Series(String name, List<? extends Number> values) {
        /** Copies the values, keeping nulls. */
        public Series {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
        }
    }

    /** Checks that there is a series and that every series has one value per category. */
    public ChartData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(categoryLabel, "categoryLabel");
        Objects.requireNonNull(valueLabel, "valueLabel");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * The spec read by the {@code tomoni-chart} element. {@code <}, {@code >} and {@code &} are escaped as
     * {@code \}{@code u003c} etc., so the text is safe even inside an HTML {@code <script>}.
     */
    public String toJson() {
        JsonObject o = Json.createObject();
        o.put("kind", kind.name());
        o.put("categoryLabel", categoryLabel);
        o.put("valueLabel", valueLabel);
        JsonArray cats = Json.createArray();
        categories.forEach(c -> cats.set(cats.length(), c));
        o.put("categories", cats);
        JsonArray all = Json.createArray();
        for (Series s : series) {
            JsonObject so = Json.createObject();
            so.put("name", s.name());
            JsonArray values = Json.createArray();
            for (Number n : s.values()) {
                double d = n == null ? Double.NaN : n.doubleValue();
                values.set(values.length(), Double.isFinite(d) ? Json.create(d) : Json.createNull());
            }
            so.put("values", values);
            all.set(all.length(), so);
        }
        o.put("series", all);
        // These characters occur only inside JSON strings, where the escapes mean the same.
        return o.toJson().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
