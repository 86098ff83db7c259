package jp.tomoni.ui.casework;

import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/** 相談受付・申込票: registers a new case (with or without consent); {@code ?outreach=<id>} links an outreach record. */
@Route(value = "t/:tenant/cases/new", layout = MainLayout.class)
@TenantView(titleKey = "intake.title", order = 3, inMenu = false, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class IntakeView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final CaseService cases;
    private IntakeForm form;

    @Inject
    public IntakeView(CaseService cases) {
        this.cases = cases;
        setId("intake");
        setMaxWidth("60em");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("intake.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        form = new IntakeForm(cases.agencies(), TenantContext.require().actor());
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("outreach")) {
            try {
                form.fromOutreach(UUID.fromString(params.get("outreach").get(0)),
                        params.getOrDefault("person", java.util.List.of("")).get(0));
            } catch (IllegalArgumentException ignored) {
                // a mangled link opens an empty form rather than an error page
            }
        }
        Button save = new Button(getTranslation("intake.save"), e -> save());
        save.setId("intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, form, save);
    }

    private void save() {
        SupportCase c;
        try {
            c = cases.registerIntake(form.intake(), form.consent());
        } catch (InvalidInputException e) {
            form.showViolations(e.violations(), getLocale()).forEach(m ->
                    Notification.show(m, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            Notification.show(getTranslation("form.checkFields")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(getTranslation("intake.saved", c.caseNumber())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("t/" + c.tenantId() + "/cases/" + c.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("intake.title"));
    }
}
