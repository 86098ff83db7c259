package jp.tomoni.ui.casework;

import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.casework.CaseStatus;
import jp.tomoni.domain.casework.CaseloadQuery;
import jp.tomoni.domain.casework.CaseloadRow;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/** 支援ケース一覧: the caseload, filtered by status and worker, sorted by what is due next. */
@Route(value = "t/:tenant/cases", layout = MainLayout.class)
@TenantView(titleKey = "cases.title", order = 2, icon = VaadinIcon.FOLDER_OPEN_O, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.MUNICIPAL_OFFICER, TenantRole.PARTNER_STAFF})
public class CaseloadView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    static final int PAGE = 50;

    private final CaseService cases;
    private final Select<CaseStatus> status = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Select<CaseloadQuery.Sort> sort = new Select<>();
    private final Grid<CaseloadRow> grid = new Grid<>();
    private final Button newIntake = new Button();
    private final Button transfer = new Button();
    private String tenant;

    @Inject
    public CaseloadView(CaseService cases) {
        this.cases = cases;
        setId("caseload");
        H1 title = new H1(getTranslation("cases.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");

        status.setLabel(getTranslation("cases.filter.status"));
        status.setId("caseload-status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("cases.filter.all"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("cases.filter.all") : getTranslation("case.status." + s.name()));
        mine.setLabel(getTranslation("cases.filter.mine"));
        mine.setId("caseload-mine");
        sort.setLabel(getTranslation("cases.sort"));
        sort.setId("caseload-sort");
        sort.setItems(CaseloadQuery.Sort.values());
        sort.setValue(CaseloadQuery.Sort.NEXT_DUE);
        sort.setItemLabelGenerator(s -> getTranslation("cases.sort." + s.name()));
        status.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());

        newIntake.setText(getTranslation("cases.newIntake"));
        newIntake.setId("caseload-new-intake");
        newIntake.setIcon(VaadinIcon.PLUS.create());
        newIntake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newIntake.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("t/" + tenant + "/cases/new")));
        transfer.setText(getTranslation("cases.transfer"));
        transfer.setId("caseload-transfer");
        transfer.addClickListener(e -> openTransfer());

        HorizontalLayout filters = new HorizontalLayout(status, sort, mine, newIntake, transfer);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("caseload-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CaseloadRow::caseNumber).setHeader(getTranslation("cases.col.number")).setAutoWidth(true);
        grid.addColumn(r -> r.kana() == null ? r.name() : r.name() + "（" + r.kana() + "）")
                .setHeader(getTranslation("cases.col.name")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("case.status." + r.status().name())).setHeader(getTranslation("cases.col.status"));
        grid.addColumn(CaseloadRow::worker).setHeader(getTranslation("cases.col.worker"));
        grid.addColumn(r -> CaseFormat.date(r.receivedOn())).setHeader(getTranslation("cases.col.received"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("cases.col.due"));
        grid.addColumn(r -> getTranslation(r.sharingAllowed() ? "cases.sharing.yes" : "cases.sharing.no"))
                .setHeader(getTranslation("cases.col.sharing"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);
        add(title, filters, grid);
    }

    private Span due(CaseloadRow r) {
        Span s = new Span(r.nextDue() == null ? "" : CaseFormat.date(r.nextDue()));
        if (r.nextDue() != null && r.nextDue().isBefore(CaseDates.today(java.time.Clock.systemUTC()))) {
            s.getElement().getThemeList().add("badge error");
            s.setText(getTranslation("cases.overdue", CaseFormat.date(r.nextDue())));
        }
        return s;
    }

    private void open(CaseloadRow r) {
        getUI().ifPresent(ui -> ui.navigate("t/" + tenant + "/cases/" + r.id()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        CurrentTenant t = TenantContext.require();
        tenant = t.tenantId();
        boolean caseworker = t.roles().stream().anyMatch(CaseAccessRule.CASEWORKERS::contains);
        newIntake.setVisible(caseworker);
        mine.setVisible(caseworker);
        transfer.setVisible(t.roles().contains(TenantRole.CHIEF_CONSULTANT));
        refresh();
    }

    private void refresh() {
        if (tenant == null) {
            return;
        }
        CurrentTenant t = TenantContext.require();
        List<CaseloadRow> rows = cases.caseload(new CaseloadQuery(status.getValue(),
                mine.getValue() ? t.actor() : null, sort.getValue(), 0, PAGE, null));
        grid.setItems(rows);
    }

    private void openTransfer() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("cases.transfer"));
        TextField from = new TextField(getTranslation("cases.transfer.from"));
        from.setId("transfer-from");
        TextField to = new TextField(getTranslation("cases.transfer.to"));
        to.setId("transfer-to");
        Button go = new Button(getTranslation("cases.transfer.go"), e -> {
            try {
                int n = cases.transferCaseload(from.getValue(), to.getValue());
                Notification.show(getTranslation("cases.transfer.done", n)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                d.close();
                refresh();
            } catch (InvalidInputException ex) {
                Notification.show(jp.tomoni.application.i18n.Messages.of(getLocale(), ex.violations().get(0)))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        go.setId("transfer-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(from, to));
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), go);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("cases.title"));
    }

}
