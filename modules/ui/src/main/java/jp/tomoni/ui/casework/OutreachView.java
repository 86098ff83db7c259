package jp.tomoni.ui.casework;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.OutreachService;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.Outreach;
import jp.tomoni.domain.casework.OutreachDraft;
import jp.tomoni.domain.casework.OutreachRoute;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/** 把握・アウトリーチ: record people found before they asked for help, and take them on to intake. */
@Route(value = "t/:tenant/outreach", layout = MainLayout.class)
@TenantView(titleKey = "outreach.title", order = 3, icon = VaadinIcon.SEARCH, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class OutreachView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final OutreachService outreach;
    private final DatePicker foundOn = jp.tomoni.ui.form.Pickers.date();
    private final RadioButtonGroup<OutreachRoute> route = new RadioButtonGroup<>();
    private final TextField place = new TextField();
    private final TextField foundBy = new TextField();
    private final TextField person = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea followUp = new TextArea();
    private final FieldErrors errors = new FieldErrors();
    private final Grid<Outreach> recent = new Grid<>();
    private String tenant;

    @Inject
    public OutreachView(OutreachService outreach) {
        this.outreach = outreach;
        setId("outreach");
        H1 title = new H1(getTranslation("outreach.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        foundOn.setLabel(getTranslation("outreach.foundOn"));
        foundOn.setLocale(Locale.JAPAN);
        route.setLabel(getTranslation("outreach.route"));
        route.setItems(OutreachRoute.values());
        route.setItemLabelGenerator(r -> getTranslation("outreach.route." + r.name()));
        place.setLabel(getTranslation("outreach.place"));
        foundBy.setLabel(getTranslation("outreach.foundBy"));
        person.setLabel(getTranslation("outreach.person"));
        summary.setLabel(getTranslation("outreach.summary"));
        followUp.setLabel(getTranslation("outreach.followUp"));
        errors.field("foundOn", foundOn, "outreach-foundOn");
        errors.field("route", route, "outreach-route");
        errors.field("place", place, "outreach-place");
        errors.field("foundBy", foundBy, "outreach-foundBy");
        errors.field("person", person, "outreach-person");
        errors.field("summary", summary, "outreach-summary");
        errors.field("followUp", followUp, "outreach-followUp");
        FormLayout form = new FormLayout(foundOn, route, place, foundBy, person, summary, followUp);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(summary, 2);
        form.setColspan(followUp, 2);
        Button save = new Button(getTranslation("outreach.save"), e -> save());
        save.setId("outreach-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        recent.setId("outreach-grid");
        recent.setAllRowsVisible(true);
        recent.addColumn(o -> CaseFormat.date(o.draft().foundOn())).setHeader(getTranslation("outreach.foundOn")).setAutoWidth(true);
        recent.addColumn(o -> getTranslation("outreach.route." + o.draft().route().name())).setHeader(getTranslation("outreach.route"));
        recent.addColumn(o -> o.draft().person()).setHeader(getTranslation("outreach.person"));
        recent.addColumn(o -> o.draft().place()).setHeader(getTranslation("outreach.place"));
        recent.addColumn(o -> o.draft().followUp() == null ? "" : o.draft().followUp()).setHeader(getTranslation("outreach.followUp")).setFlexGrow(2);
        recent.addComponentColumn(this::intakeLink).setHeader("");
        add(title, form, save, new H2(getTranslation("outreach.recent")), recent);
    }

    private com.vaadin.flow.component.Component intakeLink(Outreach o) {
        if (o.caseId() != null) {
            return new Span(getTranslation("outreach.linked"));
        }
        Button b = new Button(getTranslation("outreach.toIntake"), e -> getUI().ifPresent(ui -> ui.navigate(
                "t/" + tenant + "/cases/new", QueryParameters.simple(java.util.Map.of("outreach", o.id().toString(),
                        "person", o.draft().person())))));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName("outreach-to-intake");
        return b;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        tenant = TenantContext.require().tenantId();
        foundOn.setValue(LocalDate.now(CaseDates.ZONE));
        foundBy.setValue(TenantContext.require().actor());
        recent.setItems(outreach.recent(50));
    }

    private void save() {
        try {
            outreach.record(new OutreachDraft(foundOn.getValue(), route.getValue(), place.getValue(), foundBy.getValue(),
                    person.getValue(), summary.getValue(), followUp.getValue()));
        } catch (InvalidInputException e) {
            errors.show(e.violations(), getLocale());
            return;
        }
        Notification.show(getTranslation("common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        place.clear();
        person.clear();
        summary.clear();
        followUp.clear();
        route.clear();
        recent.setItems(outreach.recent(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("outreach.title"));
    }
}
