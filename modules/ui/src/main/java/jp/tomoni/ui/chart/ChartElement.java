package jp.tomoni.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * The chart drawn by ECharts in the custom element {@code tomoni-chart}. Hidden from assistive technology
 * ({@code aria-hidden}): put the same figures in a table beside it, as {@link ChartCard} does. 280 px high unless
 * {@link #setHeight(String)} says otherwise; as wide as its container.
 */
@Tag("tomoni-chart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://tomoni/tomoni-chart.js")
public class ChartElement extends Component implements HasSize, HasStyle {
    private static final long serialVersionUID = 1L;

    /** An empty chart. */
    public ChartElement() {
        getElement().setAttribute("aria-hidden", "true");
        getStyle().set("display", "block");
        setWidthFull();
        setHeight("280px");
    }

    /** A chart of the given figures. */
    public ChartElement(ChartData data) {
        this();
        setData(data);
    }

    /** Draws the given figures, replacing any drawn before. */
    public void setData(ChartData data) {
        getElement().setAttribute("spec", data.toJson());
    }
}
