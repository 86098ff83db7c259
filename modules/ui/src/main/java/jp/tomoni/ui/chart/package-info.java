/**
 * Charts without Vaadin Charts: {@link jp.tomoni.ui.chart.ChartElement} wraps Apache ECharts (served from its webjar,
 * loaded at run time, not bundled) in the plain custom element {@code tomoni-chart}; {@link jp.tomoni.ui.chart.ChartCard}
 * puts it beside a native table holding the same figures, which screen readers always read.
 */
package jp.tomoni.ui.chart;
