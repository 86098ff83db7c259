package jp.tomoni.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.dashboard.DashboardService;
import jp.tomoni.domain.dashboard.DashboardRepository.OpenReferrals;
import jp.tomoni.domain.dashboard.DashboardRepository.Overdue;
import jp.tomoni.domain.dashboard.DashboardRepository.WorkerLoad;
import jp.tomoni.domain.employment.EmploymentOutcomes;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.chart.ChartCard;
import jp.tomoni.ui.chart.ChartData;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * チームの状況: five charts a chief reads at a glance on a tablet — open cases per worker by stage, overdue
 * promises per worker, retention risk, referrals waiting for an answer, and employment outcomes over twelve
 * months. Each chart has its table (always there for screen readers, shown on request) and a link to the list
 * where the work is done. Counts only: no person is named.
 */
@Route(value = "t/:tenant/dashboard", layout = MainLayout.class)
@TenantView(titleKey = "dashboard.title", order = 1, icon = VaadinIcon.CHART, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient DashboardService service;
    private final Div grid = new Div();

    @Inject
    public DashboardView(DashboardService service) {
        this.service = service;
        setId("dashboard");
        setWidthFull();
        H1 title = new H1(getTranslation("dashboard.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        grid.setId("dashboard-grid");
        grid.setWidthFull();
        // one column on a phone, two or three on a tablet or a desk
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-l)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 22rem), 1fr))");
        add(title, new Paragraph(getTranslation("dashboard.intro")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        DashboardService.Dashboard d = service.read();
        grid.removeAll();
        grid.add(
                card("dashboard-caseload", "dashboard.caseload", caseload(d.caseload()), d.caseload().isEmpty(),
                        link(tenant, "cases", "dashboard.caseload.link")),
                card("dashboard-overdue", "dashboard.overdue", overdue(d.overdue()), d.overdue().isEmpty(),
                        link(tenant, "today", "dashboard.overdue.link")),
                card("dashboard-retention", "dashboard.retention", retention(d.retention()),
                        d.retention().high() + d.retention().watch() + d.retention().low() == 0,
                        link(tenant, "retention", "dashboard.retention.link")),
                card("dashboard-referrals", "dashboard.referrals", referrals(d.referrals()), d.referrals().isEmpty(),
                        null),
                card("dashboard-outcomes", "dashboard.outcomes", outcomes(d.outcomes()), false,
                        link(tenant, "statistics", "dashboard.outcomes.link")));
    }

    private Component card(String id, String titleKey, ChartData data, boolean empty, Anchor link) {
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("min-width", "0");
        if (empty) {
            // nothing to draw: the title and a sentence, in a frame like the charts'
            Div frame = new Div(new com.vaadin.flow.component.html.H3(getTranslation(titleKey)),
                    new Paragraph(getTranslation(titleKey + ".none")));
            frame.getStyle().set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)");
            box.add(frame);
        } else {
            box.add(new ChartCard(getTranslation(titleKey), data));
        }
        if (link != null) {
            box.add(link);
        }
        return box;
    }

    private Anchor link(String tenant, String path, String key) {
        Anchor a = new Anchor("t/" + tenant + "/" + path, getTranslation(key));
        a.getStyle().set("display", "inline-block").set("margin-top", "var(--lumo-space-s)");
        return a;
    }

    private ChartData caseload(List<WorkerLoad> rows) {
        return stacked("dashboard.worker", "dashboard.cases", rows, WorkerLoad::worker, List.of(
                series("dashboard.stage.intake", rows, WorkerLoad::intake),
                series("dashboard.stage.planning", rows, WorkerLoad::planning),
                series("dashboard.stage.inSupport", rows, WorkerLoad::inSupport)));
    }

    private ChartData overdue(List<Overdue> rows) {
        return stacked("dashboard.worker", "dashboard.promises", rows, Overdue::owner, List.of(
                series("dashboard.overdue.appointments", rows, Overdue::appointments),
                series("dashboard.overdue.other", rows, Overdue::other)));
    }

    private ChartData retention(DashboardService.RetentionRisk r) {
        return new ChartData(ChartData.Kind.BAR, getTranslation("dashboard.retention.level"),
                getTranslation("dashboard.people"),
                List.of(getTranslation("dashboard.retention.high"), getTranslation("dashboard.retention.watch"),
                        getTranslation("dashboard.retention.low")),
                List.of(new ChartData.Series(getTranslation("dashboard.people"), List.of(r.high(), r.watch(), r.low()))));
    }

    private ChartData referrals(List<OpenReferrals> rows) {
        List<String> names = rows.stream().map(r -> getTranslation("referral.destination." + r.destination())).toList();
        return new ChartData(ChartData.Kind.STACKED_BAR, getTranslation("dashboard.referrals.destination"),
                getTranslation("dashboard.referrals.count"), names, List.of(
                        series("dashboard.referrals.onTime", rows, OpenReferrals::onTime),
                        series("dashboard.referrals.overdue", rows, OpenReferrals::overdue)));
    }

    private ChartData outcomes(List<EmploymentOutcomes.Month> months) {
        List<String> names = months.stream().map(m -> JapaneseDates.formatMonth(m.month().atDay(1))).toList();
        return new ChartData(ChartData.Kind.LINE, getTranslation("dashboard.month"), getTranslation("dashboard.people"),
                names, List.of(
                        series("dashboard.outcomes.started", months, EmploymentOutcomes.Month::started),
                        series("dashboard.outcomes.incomeUp", months, EmploymentOutcomes.Month::incomeUp),
                        series("dashboard.outcomes.losses", months, EmploymentOutcomes.Month::losses)));
    }

    private <T> ChartData stacked(String categoryKey, String valueKey, List<T> rows, Function<T, String> name,
                                  List<ChartData.Series> series) {
        return new ChartData(ChartData.Kind.STACKED_BAR, getTranslation(categoryKey), getTranslation(valueKey),
                rows.stream().map(name).toList(), series);
    }

    private <T> ChartData.Series series(String key, List<T> rows, ToIntFunction<T> value) {
        List<Integer> values = new ArrayList<>(rows.size());
        rows.forEach(r -> values.add(value.applyAsInt(r)));
        return new ChartData.Series(getTranslation(key), values);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("dashboard.title"));
    }
}
