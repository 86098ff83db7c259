/*
 * <tomoni-chart spec='{"kind":"BAR",...}'>: draws the spec written by jp.tomoni.ui.chart.ChartData#toJson with
 * Apache ECharts (the global `echarts`, loaded from its webjar before or after this file). Plain script: no imports.
 */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('tomoni-chart')) {
    return;
  }
  var PALETTE = ['#1f5fa8', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0f766e'];
  var SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin'];
  var FONT = "'Noto Sans JP', sans-serif";
  var TEXT = '#374151';

  function format(v) {
    return v === null || v === undefined ? '\u2014' : Number(v).toLocaleString(document.documentElement.lang || undefined);
  }

  function option(spec) {
    var kind = spec.kind;
    var horizontal = kind === 'HORIZONTAL_BAR';
    var line = kind === 'LINE';
    var many = spec.series.length > 1;
    var integers = spec.series.every(function (s) {
      return s.values.every(function (v) { return v === null || Number.isInteger(v); });
    });
    var reduced = !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    // ECharts lets an undefined value hide its default: set only what differs.
    var category = {
      type: 'category', data: spec.categories, name: spec.categoryLabel, inverse: horizontal,
      boundaryGap: !line, axisTick: { alignWithLabel: true },
      axisLabel: horizontal ? { color: TEXT, hideOverlap: true, width: 112, overflow: 'truncate' }
        : { color: TEXT, hideOverlap: true },
      // Inverse (first category on top): 'start' is the top end.
      nameLocation: horizontal ? 'start' : 'middle', nameGap: horizontal ? 12 : 28,
      nameTextStyle: { color: TEXT, align: horizontal ? 'left' : 'center' }
    };
    var value = {
      type: 'value', name: spec.valueLabel,
      axisLabel: { color: TEXT, hideOverlap: true, formatter: format },
      nameLocation: horizontal ? 'middle' : 'end', nameGap: horizontal ? 28 : 12,
      nameTextStyle: { color: TEXT, align: horizontal ? 'center' : 'left' }
    };
    if (integers) {
      value.minInterval = 1;
    }
    return {
      animation: !reduced,
      color: PALETTE,
      textStyle: { fontFamily: FONT, color: TEXT },
      legend: { show: many, type: 'scroll', top: 0, textStyle: { fontFamily: FONT, color: TEXT } },
      tooltip: { trigger: 'axis', confine: true, axisPointer: { type: line ? 'line' : 'shadow' },
        valueFormatter: format, textStyle: { fontFamily: FONT } },
      grid: { left: 8, right: 24, top: many ? 56 : 32, bottom: 32, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: spec.series.map(function (s, i) {
        return line
          ? { type: 'line', name: s.name, data: s.values, symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: 8,
            showSymbol: true, connectNulls: false, lineStyle: { width: 2 } }
          : kind === 'STACKED_BAR' ? { type: 'bar', name: s.name, data: s.values, stack: 'total', barMaxWidth: 48 }
            : { type: 'bar', name: s.name, data: s.values, barMaxWidth: 48 };
      })
    };
  }

  class TomoniChart extends HTMLElement {
    static get observedAttributes() { return ['spec']; }

    connectedCallback() {
      if (!this.style.display) {
        this.style.display = 'block';
      }
      if (!this.style.height && getComputedStyle(this).height === '0px') {
        this.style.height = '280px';
      }
      if (!this._box) {
        this._box = document.createElement('div');
        this._box.style.cssText = 'width:100%;height:100%';
        this.appendChild(this._box);
      }
      this._render();
    }

    disconnectedCallback() {
      clearTimeout(this._retry);
      this._retry = null;
      this._tries = 0;
      if (this._observer) {
        this._observer.disconnect();
        this._observer = null;
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
      if (this._box) {
        this._box.remove();
        this._box = null;
      }
    }

    attributeChangedCallback() {
      this._render();
    }

    _render() {
      if (!this.isConnected || !this._box) {
        return;
      }
      var spec;
      try {
        spec = JSON.parse(this.getAttribute('spec'));
      } catch (e) {
        return;
      }
      if (!spec || !Array.isArray(spec.series)) {
        return;
      }
      if (!window.echarts) {
        // echarts.min.js may arrive after this file: try again for about 20 s.
        if (!this._retry && (this._tries = (this._tries || 0) + 1) <= 100) {
          var self = this;
          this._retry = setTimeout(function () { self._retry = null; self._render(); }, 200);
        }
        return;
      }
      if (!this._chart) {
        this._chart = window.echarts.init(this._box, null, { renderer: 'svg' });
        var chart = this._chart;
        this._observer = new ResizeObserver(function (entries) {
          var r = entries[0].contentRect;
          if (r.width > 0 && r.height > 0) {
            chart.resize();
          }
        });
        this._observer.observe(this);
      }
      this._chart.setOption(option(spec), true);
    }
  }

  customElements.define('tomoni-chart', TomoniChart);
})();
