package jp.tomoni.ui.casework;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.PromiseService;
import jp.tomoni.application.casework.SupportEndService;
import jp.tomoni.domain.casework.plan.MonitoringSchedule;
import jp.tomoni.domain.casework.plan.PlanRepository;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.promise.PromiseRepository.DuePromise;
import jp.tomoni.domain.casework.promise.PromiseRules;
import jp.tomoni.domain.casework.promise.PromiseStatus;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/** 今日の予定: what the worker promised and is due today or overdue, across their whole caseload. */
@Route(value = "t/:tenant/today", layout = MainLayout.class)
@TenantView(titleKey = "today.title", order = 1, icon = VaadinIcon.CALENDAR_CLOCK, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class TodayView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final PromiseService promises;
    private final SupportEndService supportEnd;
    private final Grid<DuePromise> grid = new Grid<>();
    private final Grid<PlanRepository.MonitoringDue> monitoring = new Grid<>();
    private final H2 monitoringTitle = new H2();
    private final Paragraph summary = new Paragraph();
    private String tenant;

    @Inject
    public TodayView(PromiseService promises, SupportEndService supportEnd) {
        this.promises = promises;
        this.supportEnd = supportEnd;
        setId("today");
        H1 title = new H1(getTranslation("today.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        summary.setId("today-summary");
        grid.setId("today-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(d -> status(d)).setHeader(getTranslation("today.col.status")).setAutoWidth(true);
        grid.addColumn(d -> CaseFormat.dateTime(d.promise().dueAt())).setHeader(getTranslation("today.col.due")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("promise.kind." + d.promise().kind().name())).setHeader(getTranslation("today.col.kind"));
        grid.addColumn(d -> d.promise().description()).setHeader(getTranslation("today.col.what")).setFlexGrow(2);
        grid.addColumn(d -> d.caseNumber() + " " + d.personName()).setHeader(getTranslation("today.col.case"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("t/" + tenant + "/cases/" + e.getItem().promise().caseId())));
        monitoringTitle.setText(getTranslation("today.monitoring"));
        monitoringTitle.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        monitoring.setId("today-monitoring");
        monitoring.setAllRowsVisible(true);
        monitoring.addComponentColumn(m -> MonitoringSchedule.isOverdue(m.month(), null, CaseFormat.today())
                ? CaseFormat.badge(getTranslation("monitoring.overdue"), "error")
                : CaseFormat.badge(getTranslation("today.monitoring.due"), "contrast"))
                .setHeader(getTranslation("today.col.status")).setAutoWidth(true);
        monitoring.addColumn(m -> CaseFormat.month(m.month())).setHeader(getTranslation("today.monitoring.month")).setAutoWidth(true);
        monitoring.addColumn(m -> m.caseNumber() + " " + m.personName()).setHeader(getTranslation("today.col.case")).setFlexGrow(2);
        monitoring.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("t/" + tenant + "/cases/" + e.getItem().caseId())));
        add(title, summary, grid, monitoringTitle, monitoring);
    }

    private Span status(DuePromise d) {
        PromiseStatus s = PromiseRules.status(d.promise().promise(), Instant.now());
        Span span = new Span(getTranslation("promise.status." + s.name()));
        span.getElement().getThemeList().add(s == PromiseStatus.OVERDUE ? "badge error" : s == PromiseStatus.AT_RISK ? "badge" : "badge contrast");
        return span;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        tenant = TenantContext.require().tenantId();
        List<DuePromise> due = promises.today();
        long overdue = due.stream().filter(d -> PromiseRules.isOverdue(d.promise().promise(), Instant.now())).count();
        summary.setText(getTranslation("today.summary", due.size(), overdue));
        grid.setItems(due);
        List<PlanRepository.MonitoringDue> months = supportEnd.monitoringDue();
        monitoring.setItems(months);
        monitoringTitle.setVisible(!months.isEmpty());
        monitoring.setVisible(!months.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("today.title"));
    }
}
