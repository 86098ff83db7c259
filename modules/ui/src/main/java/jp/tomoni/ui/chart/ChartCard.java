package jp.tomoni.ui.chart;

import java.text.NumberFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Style;

/**
 * A titled chart with the same figures in a native table. The table is always in the page for screen readers; a
 * toggle button shows it instead of the chart. Fills the width of its container, down to 360 px.
 */
public class ChartCard extends Composite<Div> {
    private static final long serialVersionUID = 1L;
    private static final AtomicLong IDS = new AtomicLong();
    private static final String NO_DATA = "—";
    /** The usual "visually hidden" styles: out of sight, still read by screen readers. */
    private static final Map<String, String> SR_ONLY = Map.of("position", "absolute", "width", "1px", "height", "1px",
            "padding", "0", "margin", "-1px", "overflow", "hidden", "clip", "rect(0, 0, 0, 0)", "white-space", "nowrap",
            "border", "0");
    private static final Map<String, String> SHOWN_TABLE = Map.of("border-collapse", "collapse", "width", "100%",
            "font-size", "var(--lumo-font-size-s)", "font-variant-numeric", "tabular-nums");

    private final H3 heading;
    private final Button toggle = new Button();
    private final ChartElement chart = new ChartElement();
    private final Div scroller = new Div();
    private final NativeTable table = new NativeTable();
    private boolean tableMode;

    /** A card titled {@code title} showing {@code data} as a chart. */
    public ChartCard(String title, ChartData data) {
        heading = new H3(title);
        heading.setId("tomoni-chart-" + IDS.incrementAndGet());
        heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)").set("flex", "1 1 12em");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(e -> setTableMode(!tableMode));
        Div header = new Div(heading, toggle);
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("justify-content", "space-between").set("gap", "var(--lumo-space-s)");

        table.addClassName("tomoni-chart-table");
        table.setCaptionText(title);
        SR_ONLY.forEach(table.getCaption().getStyle()::set);
        scroller.add(table);
        Div card = getContent();
        card.addClassName("tomoni-chart-card");
        card.getElement().setAttribute("role", "region").setAttribute("aria-labelledby", heading.getId().orElseThrow());
        card.getStyle().set("position", "relative").set("box-sizing", "border-box").set("width", "100%")
                .set("max-width", "100%").set("min-width", "0").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)");
        card.add(header, chart, scroller);
        setData(data);
        setTableMode(false);
    }

    /** Shows {@code data} in both the chart and the table. */
    public void setData(ChartData data) {
        chart.setData(data);
        NumberFormat numbers = NumberFormat.getInstance(getLocale());
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        NativeTableRow head = table.getHead().addRow();
        cell(head.addHeaderCell(), data.categoryLabel(), "col", false);
        data.series().forEach(s -> cell(head.addHeaderCell(), s.name(), "col", true));
        for (int i = 0; i < data.categories().size(); i++) {
            NativeTableRow row = table.getBody().addRow();
            cell(row.addHeaderCell(), data.categories().get(i), "row", false);
            for (ChartData.Series s : data.series()) {
                Number n = s.values().get(i);
                cell(row.addDataCell(), n == null ? NO_DATA : numbers.format(n), null, true);
            }
        }
    }

    /** Whether the table is shown instead of the chart. */
    public boolean isTableMode() {
        return tableMode;
    }

    /** Shows the table instead of the chart, or the chart with the table only for screen readers. */
    public void setTableMode(boolean tableMode) {
        this.tableMode = tableMode;
        toggle.setText(getTranslation("chart.showTable")); // a toggle keeps its name; aria-pressed tells the state
        toggle.getElement().setAttribute("aria-pressed", Boolean.toString(tableMode));
        chart.getStyle().set("display", tableMode ? "none" : "block");
        Style ts = table.getStyle();
        (tableMode ? SR_ONLY : SHOWN_TABLE).keySet().forEach(ts::remove);
        (tableMode ? SHOWN_TABLE : SR_ONLY).forEach(ts::set);
        // A scrolling box must be reachable by keyboard: wide tables scroll sideways on a phone.
        scroller.getStyle().set("overflow-x", tableMode ? "auto" : null).set("max-width", tableMode ? "100%" : null);
        if (tableMode) {
            scroller.getElement().setAttribute("tabindex", "0");
        } else {
            scroller.getElement().removeAttribute("tabindex");
        }
    }

    private static void cell(HtmlContainer c, String text, String scope, boolean number) {
        c.setText(text);
        if (scope != null) {
            c.getElement().setAttribute("scope", scope);
        }
        c.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("text-align", number ? "end" : "start").set("vertical-align", "top")
                .set("font-weight", scope == null ? "normal" : "600");
    }
}
