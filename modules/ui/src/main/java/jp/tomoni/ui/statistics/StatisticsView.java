package jp.tomoni.ui.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.statistics.StatisticsService;
import jp.tomoni.application.statistics.StatisticsService.Line;
import jp.tomoni.application.statistics.StatisticsService.PeerView;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.statistics.ClosedMonth;
import jp.tomoni.domain.statistics.Figure;
import jp.tomoni.domain.statistics.Improvement;
import jp.tomoni.domain.statistics.ImprovementFigures;
import jp.tomoni.domain.statistics.MonthlyFigures;
import jp.tomoni.domain.statistics.NationalTargets;
import jp.tomoni.domain.statistics.PeerBenchmark;
import jp.tomoni.domain.statistics.StatisticsRepository.Peers;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 支援状況調査（月次）: the national monthly figures of the tenant for a span of months (this fiscal year so far by
 * default), one row per figure and one column per month, as computed from the records now. Each column says
 * whether its month is closed (確定 第n版) or not (未確定); a figure that changed since its month was closed reads
 * 「3 → 4」 with 要再確定, in words and not by colour alone. Choosing a count lists the cases behind it (each listing
 * is an audited read). The chief and the tenant admin close a month, a correction with its reason; every reader
 * sees the versions and what changed between them. Below: the averages of peers per 100,000 for the last month
 * of the span (shown from five tenants), and the export in CSV or Excel laid out for submission.
 */
@Route(value = "t/:tenant/statistics", layout = MainLayout.class)
@TenantView(titleKey = "statistics.title", order = 40, icon = VaadinIcon.TABLE, roles = {TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.MUNICIPAL_OFFICER})
public class StatisticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StatisticsView.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    /** How many months the pickers offer, the last complete month the newest. */
    static final int PICKER_MONTHS = StatisticsService.MAX_MONTHS;
    static final String CSV = "csv";
    static final String XLSX = "xlsx";
    private static final String BORDER = "1px solid var(--lumo-contrast-20pct)";

    private final transient StatisticsService service;
    private String tenant;
    /** The tenant of this page, for the download requests, which carry none of their own. */
    private CurrentTenant tenantOfPage;
    private boolean closer;

    private final FieldErrors periodErrors = new FieldErrors();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Paragraph periodText = new Paragraph();
    private final Div tableBox = new Div();
    private final Section peers = new Section();
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();

    @Inject
    public StatisticsView(StatisticsService service) {
        this.service = service;
        setId("statistics");
        setWidthFull();
        H1 title = new H1(getTranslation("statistics.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");

        add(title, new Paragraph(getTranslation("statistics.intro")), periodSection(), tableSection(), peers,
                exportSection());
        peers.setId("stats-peers");
        peers.setWidthFull();
    }

    // ---- the period

    private Section periodSection() {
        from.setLabel(getTranslation("statistics.from"));
        to.setLabel(getTranslation("statistics.to"));
        for (Select<YearMonth> s : List.of(from, to)) {
            s.setItemLabelGenerator(m -> m == null ? "" : month(m));
            s.setRequiredIndicatorVisible(true);
        }
        periodErrors.field("from", from, "stats-from");
        periodErrors.field("to", to, "stats-to");
        Button show = new Button(getTranslation("statistics.show"), e -> load());
        show.setId("stats-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout pickers = new HorizontalLayout(from, to, show);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("flex-wrap", "wrap");
        Paragraph help = new Paragraph(getTranslation("statistics.period.help", StatisticsService.MAX_MONTHS));
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Section s = new Section(new H2(getTranslation("statistics.period")), pickers, help);
        s.setId("stats-period");
        s.setWidthFull();
        return s;
    }

    private Section tableSection() {
        periodText.setId("stats-period-text");
        periodText.getStyle().set("font-weight", "600");
        tableBox.setId("stats-table-box");
        tableBox.setWidthFull();
        // the table scrolls sideways inside its own box on a tablet; the box takes the keyboard for that
        tableBox.getStyle().set("overflow-x", "auto").set("max-width", "100%").set("box-sizing", "border-box");
        tableBox.getElement().setAttribute("role", "region");
        tableBox.getElement().setAttribute("aria-label", getTranslation("statistics.table.region"));
        tableBox.getElement().setAttribute("tabindex", "0");
        Paragraph legend = new Paragraph(getTranslation("statistics.table.legend"));
        legend.setId("stats-legend");
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Section s = new Section(new H2(getTranslation("statistics.table.heading")), periodText, legend, tableBox);
        s.setWidthFull();
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        tenantOfPage = TenantContext.require();
        closer = TenantContext.current()
                .map(t -> t.hasAny(StatisticsService.CLOSERS.toArray(TenantRole[]::new))).orElse(false);
        YearMonth last = service.lastMonth();
        List<YearMonth> months = pickerMonths(last);
        from.setItems(months);
        to.setItems(months);
        from.setValue(fiscalYearStart(last));
        to.setValue(last);
        load();
    }

    /** The months the pickers offer, oldest first, ending with {@code last}. */
    static List<YearMonth> pickerMonths(YearMonth last) {
        List<YearMonth> out = new ArrayList<>();
        for (int i = PICKER_MONTHS - 1; i >= 0; i--) {
            out.add(last.minusMonths(i));
        }
        return out;
    }

    /** April of the fiscal year {@code month} belongs to (a fiscal year runs April to March). */
    static YearMonth fiscalYearStart(YearMonth month) {
        int year = month.getMonthValue() >= Month.APRIL.getValue() ? month.getYear() : month.getYear() - 1;
        return YearMonth.of(year, Month.APRIL);
    }

    /** {@code statistics-2026-04-2026-09.csv}: plain ASCII for every browser. */
    static String fileName(YearMonth from, YearMonth to, String format) {
        return "statistics-" + from + "-" + to + "." + format;
    }

    private void load() {
        YearMonth f = from.getValue();
        YearMonth t = to.getValue();
        List<StatisticsService.Month> months;
        try {
            months = service.months(f, t);
        } catch (InvalidInputException e) {
            List<String> elsewhere = periodErrors.show(e.violations(), getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join("\n", elsewhere));
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        } catch (IllegalStateException e) {
            // the service refuses to compute per 100,000 without the tenant's population
            LOG.log(Level.WARNING, "statistics could not be computed", e);
            error(getTranslation("statistics.noPopulation"));
            return;
        }
        periodErrors.clear();
        periodText.setText(getTranslation("statistics.period.shown", month(f), month(t), months.size()));
        tableBox.removeAll();
        tableBox.add(table(months));
        tableBox.add(improvements(f, t));
        showPeers(months.get(months.size() - 1));
        offerExport(f, t);
    }

    // ---- 自立に向けた改善

    /** The checklist of improvements of the evaluated, per month: the people, the share, each item. */
    private Component improvements(YearMonth f, YearMonth t) {
        List<ImprovementFigures> months = service.improvements(f, t);
        NativeTable table = new NativeTable();
        table.setId("stats-improvements");
        table.setCaptionText(getTranslation("statistics.improvements.title"));
        table.getCaption().getStyle().set("text-align", "start").set("font-weight", "600")
                .set("padding", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)")
                .set("min-width", "100%");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("statistics.improvements.item"));
        for (ImprovementFigures m : months) {
            head.addHeaderCell().setText(month(m.month()));
        }
        var body = table.getBody();
        NativeTableRow evaluated = body.addRow();
        evaluated.add(rowHeader(new Span(getTranslation("statistics.improvements.evaluated"))));
        NativeTableRow improved = body.addRow();
        improved.add(rowHeader(new Span(getTranslation("statistics.improvements.improved"))));
        NativeTableRow share = body.addRow();
        share.setId("stats-improvements-share");
        share.add(rowHeader(new Span(getTranslation("statistics.improvements.share"))));
        for (ImprovementFigures m : months) {
            evaluated.add(number(Integer.toString(m.evaluated())));
            improved.add(number(Integer.toString(m.improved())));
            share.add(number(plain(m.share())));
        }
        for (Improvement i : Improvement.values()) {
            NativeTableRow row = body.addRow();
            row.add(rowHeader(new Span(getTranslation("improvement.group." + i.group().name()) + "：" + getTranslation("improvement." + i.name()))));
            for (ImprovementFigures m : months) {
                row.add(number(Integer.toString(m.count(i))));
            }
        }
        return table;
    }

    // ---- the table

    private NativeTable table(List<StatisticsService.Month> months) {
        NativeTable table = new NativeTable();
        table.setId("stats-table");
        table.setCaptionText(getTranslation("statistics.table.caption", month(months.get(0).figures().month()),
                month(months.get(months.size() - 1).figures().month())));
        table.getCaption().getStyle().set("text-align", "start").set("font-weight", "600")
                .set("padding", "var(--lumo-space-xs) 0");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)")
                .set("min-width", "100%");

        NativeTableRow head = table.getHead().addRow();
        NativeTableHeaderCell corner = head.addHeaderCell();
        corner.setText(getTranslation("statistics.col.figure"));
        column(corner);
        sticky(corner);
        for (StatisticsService.Month m : months) {
            head.add(monthHeader(m));
        }
        NativeTableHeaderCell target = head.addHeaderCell();
        target.setText(getTranslation("statistics.col.target"));
        column(target);

        var body = table.getBody();
        for (Figure f : Figure.values()) {
            NativeTableRow row = body.addRow();
            row.setId("stats-row-" + f.name());
            row.add(rowHeader(new Span(f.labelJa())));
            for (StatisticsService.Month m : months) {
                row.add(countCell(m, f));
            }
            row.add(cell(""));
            if (f.perPopulation()) {
                NativeTableRow per = body.addRow();
                per.setId("stats-row-" + f.name() + "-per100k");
                Span hidden = hidden(f.labelJa());
                Span shown = new Span(getTranslation("statistics.row.per100k"));
                shown.getStyle().set("padding-inline-start", "var(--lumo-space-m)");
                per.add(rowHeader(hidden, shown));
                for (StatisticsService.Month m : months) {
                    NativeTableCell c = number(plain(m.per100k().get(f)));
                    c.setId("stats-per100k-" + f.name() + "-" + m.figures().month());
                    per.add(c);
                }
                NativeTableCell targetCell = number(plain(NationalTargets.of(f)));
                targetCell.setId("stats-target-" + f.name());
                per.add(targetCell);
            }
        }
        NativeTableRow rate = body.addRow();
        rate.setId("stats-row-rate");
        rate.add(rowHeader(new Span(getTranslation("statistics.row.rate"))));
        for (StatisticsService.Month m : months) {
            NativeTableCell c;
            if (m.rate() == null) {
                Span dash = new Span("—");
                dash.getElement().setAttribute("aria-hidden", "true");
                c = number("");
                c.add(dash, hidden(getTranslation("statistics.rate.none")));
            } else {
                c = number(getTranslation("statistics.rate.value", m.rate().toPlainString()));
            }
            c.setId("stats-rate-" + m.figures().month());
            rate.add(c);
        }
        rate.add(cell(""));

        NativeTableRow actions = table.getFoot().addRow();
        actions.setId("stats-row-actions");
        actions.add(rowHeader(new Span(getTranslation(closer ? "statistics.row.actions.closer"
                : "statistics.row.actions"))));
        for (StatisticsService.Month m : months) {
            actions.add(actionsCell(m));
        }
        actions.add(cell(""));
        return table;
    }

    /** The month in the era calendar and its state: 確定 第n版, or 未確定; 要再確定 when changed since closed. */
    private NativeTableHeaderCell monthHeader(StatisticsService.Month m) {
        YearMonth ym = m.figures().month();
        NativeTableHeaderCell th = new NativeTableHeaderCell();
        th.setId("stats-col-" + ym);
        column(th);
        Span name = new Span(month(ym));
        name.getStyle().set("display", "block");
        Span state = new Span(m.closed().map(c -> getTranslation("statistics.state.closed", c.reportVersion()))
                .orElse(getTranslation("statistics.state.open")));
        state.addClassName("stats-state");
        state.getStyle().set("display", "block").set("font-weight", "normal").set("font-size", "var(--lumo-font-size-xs)");
        th.add(name, state);
        if (m.closed().isPresent() && !m.sinceClosed().isEmpty()) {
            Span badge = badge(getTranslation("statistics.reclose"), "error small");
            badge.addClassName("stats-reclose");
            th.add(badge);
        }
        th.getElement().setAttribute("data-month", ym.toString());
        th.getElement().setAttribute("data-closed",
                m.closed().map(c -> String.valueOf(c.reportVersion())).orElse("0"));
        return th;
    }

    /** The count now, as a button to the people behind it; 「3 → 4 要再確定」 when it changed since closed. */
    private NativeTableCell countCell(StatisticsService.Month m, Figure f) {
        YearMonth ym = m.figures().month();
        int now = m.figures().count(f);
        int[] changed = m.sinceClosed().get(f);
        Button open = new Button(String.valueOf(now), e -> openBehind(ym, f));
        open.setId("stats-cell-" + f.name() + "-" + ym);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.getStyle().set("min-height", "44px").set("min-width", "44px").set("justify-content", "flex-end");
        NativeTableCell td = number("");
        if (changed == null) {
            open.getElement().setAttribute("aria-label", getTranslation("statistics.cell.aria", month(ym), f.labelJa(),
                    now));
            td.add(open);
        } else {
            open.getElement().setAttribute("aria-label", getTranslation("statistics.cell.changed.aria", month(ym),
                    f.labelJa(), changed[0], now));
            Span before = new Span(getTranslation("statistics.cell.before", changed[0]));
            before.getElement().setAttribute("aria-hidden", "true");
            before.getStyle().set("margin-inline-end", "var(--lumo-space-xs)").set("white-space", "nowrap");
            Span badge = badge(getTranslation("statistics.reclose"), "error small");
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            badge.getElement().setAttribute("aria-hidden", "true");
            td.add(before, open, badge);
            td.addClassName("stats-changed");
            td.getElement().setAttribute("data-closed-count", String.valueOf(changed[0]));
        }
        td.getElement().setAttribute("data-count", String.valueOf(now));
        return td;
    }

    private NativeTableCell actionsCell(StatisticsService.Month m) {
        YearMonth ym = m.figures().month();
        NativeTableCell td = new NativeTableCell();
        td.getStyle().set("border", BORDER).set("padding", "var(--lumo-space-xs)").set("vertical-align", "top");
        Button versions = new Button(getTranslation("statistics.versions.link"), e -> openVersions(ym));
        versions.setId("stats-versions-" + ym);
        versions.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        versions.getElement().setAttribute("aria-label", getTranslation("statistics.versions.aria", month(ym)));
        versions.getStyle().set("min-height", "44px").set("text-decoration", "underline");
        Div box = new Div(versions);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "flex-start");
        if (closer) {
            Button close = new Button(getTranslation("statistics.close.button"), e -> openClose(m));
            close.setId("stats-close-" + ym);
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            close.getElement().setAttribute("aria-label", getTranslation("statistics.close.aria", month(ym)));
            close.getStyle().set("min-height", "44px").set("white-space", "normal");
            box.add(close);
        }
        td.add(box);
        return td;
    }

    // ---- the people behind a figure

    private void openBehind(YearMonth ym, Figure f) {
        List<Line> lines;
        try {
            lines = service.behind(ym, f);
        } catch (InvalidInputException e) {
            error(messages(e.violations()));
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        }
        Dialog d = dialog("stats-behind", getTranslation("statistics.behind.title", month(ym), f.labelJa()));
        Paragraph count = new Paragraph(getTranslation("statistics.behind.count", lines.size()));
        count.setId("stats-behind-count");
        Paragraph audited = new Paragraph(getTranslation("statistics.behind.audited"));
        audited.setId("stats-behind-audited");
        audited.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        d.add(count, audited);
        if (lines.isEmpty()) {
            d.add(new Paragraph(getTranslation("statistics.behind.none")));
        } else {
            NativeTable t = new NativeTable();
            t.setId("stats-behind-table");
            t.setCaptionText(getTranslation("statistics.behind.caption", month(ym), f.labelJa()));
            hide(t.getCaption());
            t.getStyle().set("border-collapse", "collapse").set("width", "100%");
            NativeTableRow head = t.getHead().addRow();
            for (String key : List.of("statistics.behind.col.case", "statistics.behind.col.person",
                    "statistics.behind.col.worker", "statistics.behind.col.on")) {
                NativeTableHeaderCell th = head.addHeaderCell();
                th.setText(getTranslation(key));
                column(th);
            }
            for (Line l : lines) {
                NativeTableRow row = t.getBody().addRow();
                row.setId("stats-behind-row-" + l.c().caseId());
                Anchor link = new Anchor("t/" + tenant + "/cases/" + l.c().caseId(), nz(l.c().caseNumber()));
                link.getElement().addEventListener("click", e -> d.close());
                NativeTableHeaderCell caseCell = new NativeTableHeaderCell(link);
                caseCell.getElement().setAttribute("scope", "row");
                caseCell.getStyle().set("border", BORDER).set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                        .set("text-align", "start").set("font-weight", "normal").set("white-space", "nowrap");
                row.add(caseCell, cell(nz(l.c().personName())), cell(nz(l.c().worker())),
                        cell(JapaneseDates.format(l.on())));
            }
            Div box = new Div(t);
            box.getStyle().set("overflow-x", "auto").set("max-width", "100%");
            d.add(box);
        }
        d.open();
    }

    // ---- closing a month

    private void openClose(StatisticsService.Month m) {
        YearMonth ym = m.figures().month();
        Optional<ClosedMonth> latest = m.closed();
        Dialog d = dialog("stats-close", getTranslation("statistics.close.title", month(ym)));
        Paragraph what = new Paragraph(latest.map(c -> getTranslation("statistics.close.next", c.reportVersion() + 1,
                c.reportVersion())).orElse(getTranslation("statistics.close.first")));
        what.setId("stats-close-what");
        d.add(what);
        if (latest.isPresent()) {
            if (m.sinceClosed().isEmpty()) {
                Paragraph same = new Paragraph(getTranslation("statistics.close.unchanged"));
                same.setId("stats-close-unchanged");
                d.add(same);
            } else {
                d.add(new Paragraph(getTranslation("statistics.close.changes")), differences(m.sinceClosed(),
                        "stats-close-changes"));
            }
        }
        TextArea note = new TextArea(getTranslation(latest.isPresent() ? "statistics.close.reason"
                : "statistics.close.note"));
        note.setMaxLength(ClosedMonth.NOTE_MAX);
        note.setWidthFull();
        note.setMinHeight("6em");
        note.setRequiredIndicatorVisible(latest.isPresent());
        note.setHelperText(getTranslation(latest.isPresent() ? "statistics.close.reason.help"
                : "statistics.close.note.help", ClosedMonth.NOTE_MAX));
        FieldErrors errors = new FieldErrors();
        errors.field("note", note, "stats-close-note");
        d.add(note);

        Button confirm = new Button(getTranslation("statistics.close.confirm"));
        confirm.setId("stats-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            try {
                ClosedMonth c = service.close(ym, note.getValue());
                d.close();
                Notification.show(getTranslation("statistics.close.done", month(ym), c.reportVersion()), 5000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                load();
            } catch (InvalidInputException ex) {
                List<String> elsewhere = errors.show(ex.violations(), getLocale());
                if (!elsewhere.isEmpty()) {
                    error(String.join("\n", elsewhere));
                }
                confirm.setEnabled(true);
            } catch (AccessDeniedException ex) {
                error(getTranslation("common.notAllowed"));
                confirm.setEnabled(true);
            } catch (jakarta.persistence.PersistenceException | jakarta.transaction.TransactionalException ex) {
                // another closer made the same version meanwhile (one version number per month)
                LOG.log(Level.INFO, "closing " + ym + " failed", ex);
                d.close();
                error(getTranslation("statistics.close.conflict"));
                load();
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> d.close());
        cancel.setId("stats-close-cancel");
        d.getFooter().add(cancel, confirm);
        d.open();
        note.focus();
    }

    // ---- versions

    private void openVersions(YearMonth ym) {
        List<ClosedMonth> versions;
        try {
            versions = service.versions(ym);
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        }
        Dialog d = dialog("stats-versions", getTranslation("statistics.versions.title", month(ym)));
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("statistics.versions.none"));
            none.setId("stats-versions-none");
            d.add(none);
        }
        for (int i = 0; i < versions.size(); i++) {
            ClosedMonth v = versions.get(i);
            ClosedMonth before = i + 1 < versions.size() ? versions.get(i + 1) : null;
            Section s = new Section();
            s.setId("stats-version-" + v.reportVersion());
            s.getStyle().set("border-top", BORDER).set("padding-block", "var(--lumo-space-s)");
            H3 heading = new H3(getTranslation(i == 0 ? "statistics.versions.version.latest"
                    : "statistics.versions.version", v.reportVersion()));
            heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
            UnorderedList facts = new UnorderedList(
                    new ListItem(getTranslation("statistics.versions.closedAt", dateTime(v.closedAt()))),
                    new ListItem(getTranslation("statistics.versions.closedBy", nz(v.closedBy()))),
                    new ListItem(getTranslation("statistics.versions.note",
                            v.note() == null || v.note().isBlank() ? "—" : v.note())));
            facts.getStyle().set("white-space", "pre-line");
            s.add(heading, facts);
            if (before == null) {
                s.add(new Paragraph(getTranslation("statistics.versions.first")));
            } else {
                Map<Figure, int[]> diff = v.figures().differences(before.figures());
                boolean population = before.population() != v.population();
                if (diff.isEmpty() && !population) {
                    s.add(new Paragraph(getTranslation("statistics.versions.noChange", before.reportVersion())));
                } else {
                    s.add(new Paragraph(getTranslation("statistics.versions.changes", before.reportVersion())));
                    UnorderedList list = differences(diff, "stats-version-" + v.reportVersion() + "-changes");
                    if (population) {
                        list.add(new ListItem(getTranslation("statistics.versions.population", before.population(),
                                v.population())));
                    }
                    s.add(list);
                }
            }
            d.add(s);
        }
        d.open();
    }

    private UnorderedList differences(Map<Figure, int[]> diff, String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (Map.Entry<Figure, int[]> e : diff.entrySet()) {
            ListItem item = new ListItem(getTranslation("statistics.change", e.getKey().labelJa(), e.getValue()[0],
                    e.getValue()[1]));
            item.getElement().setAttribute("data-figure", e.getKey().name());
            list.add(item);
        }
        return list;
    }

    // ---- peers

    private void showPeers(StatisticsService.Month last) {
        peers.removeAll();
        YearMonth ym = last.figures().month();
        peers.add(new H2(getTranslation("statistics.peers.heading")));
        PeerView p;
        try {
            p = service.peers(ym);
        } catch (AccessDeniedException e) {
            peers.add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("statistics.peers.intro", month(ym)));
        intro.setId("stats-peers-month");
        peers.add(intro);
        String prefName = p.prefecture() == null || p.prefecture().isBlank()
                ? getTranslation("statistics.peers.prefecture.unknown") : p.prefecture();
        if (p.prefectureAverages().isEmpty() && p.nationalAverages().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("statistics.peers.tooFew", PeerBenchmark.MIN_TENANTS));
            none.setId("stats-peers-none");
            peers.add(none);
            return;
        }
        // this tenant as it stands beside its peers: its closed version when closed (the peers' are), else as computed
        MonthlyFigures own = last.closed().map(ClosedMonth::figures).orElse(last.figures());
        int population = last.closed().map(ClosedMonth::population).orElse(last.population());

        NativeTable t = new NativeTable();
        t.setId("stats-peers-table");
        t.setCaptionText(getTranslation("statistics.peers.caption", month(ym)));
        hide(t.getCaption());
        t.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        NativeTableRow head = t.getHead().addRow();
        NativeTableHeaderCell corner = head.addHeaderCell();
        corner.setText(getTranslation("statistics.col.figure"));
        column(corner);
        NativeTableHeaderCell ownHead = head.addHeaderCell();
        ownHead.setText(getTranslation(last.closed().isPresent() ? "statistics.peers.own"
                : "statistics.peers.own.open"));
        column(ownHead);
        p.prefectureAverages().ifPresent(x -> {
            NativeTableHeaderCell th = head.addHeaderCell();
            th.setText(getTranslation("statistics.peers.prefecture", prefName, x.tenants()));
            th.setId("stats-peers-col-prefecture");
            column(th);
        });
        p.nationalAverages().ifPresent(x -> {
            NativeTableHeaderCell th = head.addHeaderCell();
            th.setText(getTranslation("statistics.peers.national", x.tenants()));
            th.setId("stats-peers-col-national");
            column(th);
        });
        NativeTableHeaderCell target = head.addHeaderCell();
        target.setText(getTranslation("statistics.peers.target"));
        column(target);
        for (Figure f : Figure.values()) {
            if (!f.perPopulation()) {
                continue;
            }
            NativeTableRow row = t.getBody().addRow();
            row.setId("stats-peers-row-" + f.name());
            row.add(rowHeader(new Span(f.labelJa())));
            row.add(number(plain(own.per100k(f, population))));
            p.prefectureAverages().ifPresent(x -> row.add(number(plain(average(x, f)))));
            p.nationalAverages().ifPresent(x -> row.add(number(plain(average(x, f)))));
            row.add(number(plain(NationalTargets.of(f))));
        }
        Div box = new Div(t);
        box.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        peers.add(box);
        if (p.prefectureAverages().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("statistics.peers.tooFew.prefecture", prefName,
                    PeerBenchmark.MIN_TENANTS));
            none.setId("stats-peers-none-prefecture");
            peers.add(none);
        }
        if (p.nationalAverages().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("statistics.peers.tooFew.national", PeerBenchmark.MIN_TENANTS));
            none.setId("stats-peers-none-national");
            peers.add(none);
        }
    }

    private static BigDecimal average(Peers p, Figure f) {
        return p.per100k() == null ? null : p.per100k().get(f);
    }

    // ---- export

    private Section exportSection() {
        csv.setText(getTranslation("statistics.export.csv"));
        csv.setId("stats-export-csv");
        xlsx.setText(getTranslation("statistics.export.xlsx"));
        xlsx.setId("stats-export-xlsx");
        for (Anchor a : List.of(csv, xlsx)) {
            a.getElement().setAttribute("download", true);
            a.getElement().getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px")
                    .set("padding", "0 var(--lumo-space-s)");
            a.setEnabled(false);
        }
        HorizontalLayout links = new HorizontalLayout(csv, xlsx);
        links.getStyle().set("flex-wrap", "wrap");
        Section s = new Section(new H2(getTranslation("statistics.export.heading")),
                new Paragraph(getTranslation("statistics.export.intro")), links);
        s.setId("stats-export");
        s.setWidthFull();
        return s;
    }

    /** Points the links at the period shown, made with this page's tenant when the browser asks for it. */
    private void offerExport(YearMonth f, YearMonth t) {
        csv.setHref(download(f, t, CSV));
        xlsx.setHref(download(f, t, XLSX));
        csv.getElement().setAttribute("download", true);
        xlsx.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("aria-label", getTranslation("statistics.export.csv.aria", month(f), month(t)));
        xlsx.getElement().setAttribute("aria-label", getTranslation("statistics.export.xlsx.aria", month(f), month(t)));
        csv.setEnabled(true);
        xlsx.setEnabled(true);
    }

    private DownloadHandler download(YearMonth f, YearMonth t, String format) {
        CurrentTenant pageTenant = tenantOfPage;
        StatisticsService s = service;
        String name = fileName(f, t, format);
        String type = StatisticsService.contentType(format);
        return event -> {
            byte[] bytes;
            try {
                bytes = TenantContext.call(pageTenant, () -> s.export(f, t, format));
            } catch (AccessDeniedException e) {
                event.getResponse().setStatus(403);
                return;
            } catch (InvalidInputException e) {
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName(name);
            event.setContentType(type);
            event.setContentLength(bytes.length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "no-store");
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }

    // ---- small parts

    private Dialog dialog(String id, String title) {
        Dialog d = new Dialog();
        d.setId(id);
        d.setHeaderTitle(title);
        d.setWidth("min(48rem, 95vw)");
        d.setMaxHeight("90vh");
        Button close = new Button(getTranslation("statistics.dialog.close"), e -> d.close());
        close.setId(id + "-dismiss");
        if (!"stats-close".equals(id)) {
            d.getFooter().add(close);
        }
        // kept in this view, so it goes when the page does (a case opened from the list)
        add(d);
        d.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(d);
            }
        });
        return d;
    }

    /** 令和8年4月. */
    static String month(YearMonth m) {
        return JapaneseDates.formatMonth(m.atDay(1));
    }

    /** 令和8年5月1日 9:30, in Japan. */
    static String dateTime(Instant i) {
        if (i == null) {
            return "";
        }
        var local = i.atZone(CaseDates.ZONE);
        return JapaneseDates.format(local.toLocalDate()) + " " + TIME.format(local);
    }

    private static String plain(BigDecimal b) {
        return b == null ? "—" : b.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String messages(List<FieldViolation> violations) {
        return String.join("\n", violations.stream().map(v -> Messages.of(getLocale(), v)).toList());
    }

    private static NativeTableHeaderCell rowHeader(Component... content) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(content);
        th.getElement().setAttribute("scope", "row");
        th.getStyle().set("border", BORDER).set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("text-align", "start").set("font-weight", "normal").set("min-width", "12rem");
        sticky(th);
        return th;
    }

    private static void column(NativeTableHeaderCell th) {
        th.getElement().setAttribute("scope", "col");
        th.getStyle().set("border", BORDER).set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("text-align", "start").set("vertical-align", "bottom").set("white-space", "nowrap")
                .set("background", "var(--lumo-contrast-5pct)");
    }

    /** The figure's name stays in view while the months scroll sideways. */
    private static void sticky(NativeTableHeaderCell th) {
        th.getStyle().set("position", "sticky").set("left", "0").set("z-index", "1")
                .set("background", "var(--lumo-base-color)");
    }

    private static NativeTableCell cell(String text) {
        NativeTableCell td = new NativeTableCell(text);
        td.getStyle().set("border", BORDER).set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        return td;
    }

    private static NativeTableCell number(String text) {
        NativeTableCell td = cell(text);
        td.getStyle().set("text-align", "end").set("white-space", "nowrap").set("font-variant-numeric", "tabular-nums");
        return td;
    }

    private static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    /** Text for screen readers only. */
    private static Span hidden(String text) {
        Span s = new Span(text);
        hide(s);
        return s;
    }

    private static void hide(HasStyle c) {
        c.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip", "rect(0 0 0 0)").set("clip-path", "inset(50%)").set("white-space", "nowrap")
                .set("margin", "-1px").set("padding", "0").set("border", "0");
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("statistics.title"));
    }
}
