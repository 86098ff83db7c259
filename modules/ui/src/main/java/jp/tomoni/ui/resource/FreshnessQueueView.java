package jp.tomoni.ui.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.resource.DirectoryService;
import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.resource.ResourceRepository.StaleRecord;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 確認が必要な情報: the records not checked by a person for the tenant's number of months, and those
 * someone reported as outdated. 「確認した」 marks one of the tenant's own records as still right today
 * (and settles its reports); 「編集」 opens it to put it right first.
 */
@Route(value = "t/:tenant/resources/freshness", layout = MainLayout.class)
@TenantView(titleKey = "freshness.title", order = 12, icon = VaadinIcon.CLOCK, roles = {TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class FreshnessQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final ResourceService resources;
    private final DirectoryService directory;
    private final Grid<StaleRecord> grid = new Grid<>();
    private final Paragraph explanation = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private String tenant;

    @Inject
    public FreshnessQueueView(ResourceService resources, DirectoryService directory) {
        this.resources = resources;
        this.directory = directory;
        setId("freshness");
        setWidthFull();
        explanation.setId("freshness-explanation");
        empty.setId("freshness-empty");
        empty.setText(getTranslation("freshness.none"));
        grid.setId("freshness-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::nameCell)).setHeader(getTranslation("freshness.col.name"))
                .setFlexGrow(3).setAutoWidth(false).setWidth("12rem");
        grid.addColumn(r -> verifiedOn(r.verifiedAt())).setHeader(getTranslation("freshness.col.verifiedAt"))
                .setFlexGrow(1).setWidth("9rem");
        grid.addColumn(r -> r.verifiedBy() == null ? "" : r.verifiedBy()).setHeader(getTranslation("freshness.col.verifiedBy"))
                .setFlexGrow(1).setWidth("8rem");
        grid.addColumn(new ComponentRenderer<>(this::reportsCell)).setHeader(getTranslation("freshness.col.reports"))
                .setFlexGrow(2).setWidth("10rem");
        grid.addColumn(new ComponentRenderer<>(this::actionsCell)).setHeader(getTranslation("freshness.col.actions"))
                .setFlexGrow(1).setWidth("11rem").setTextAlign(ColumnTextAlign.START);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("freshness.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        removeAll();
        H1 title = new H1(getTranslation("freshness.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Anchor back = new Anchor("t/" + tenant + "/resources", getTranslation("organizations.back"));
        back.setId("freshness-back");
        back.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
        add(title, back);
        try {
            int months = directory.settings().verifyEveryMonths();
            explanation.setText(getTranslation("freshness.explanation", months));
        } catch (RuntimeException e) {
            // the interval is the administrator's setting; the queue itself does not depend on reading it here
            explanation.setText(getTranslation("freshness.explanation.general"));
        }
        add(explanation, empty, grid);
        reload();
    }

    private void denied() {
        Paragraph p = new Paragraph(getTranslation("common.notAllowed"));
        p.setId("freshness-denied");
        add(p);
    }

    private void reload() {
        List<StaleRecord> queue;
        try {
            queue = resources.freshnessQueue();
        } catch (AccessDeniedException e) {
            remove(explanation, empty, grid);
            denied();
            return;
        }
        grid.setItems(queue);
        empty.setVisible(queue.isEmpty());
        grid.setVisible(!queue.isEmpty());
    }

    private Component nameCell(StaleRecord r) {
        Anchor name = new Anchor("t/" + tenant + "/resources/" + r.id(), r.name());
        name.setId("freshness-open-" + r.id());
        Div cell = new Div(name);
        if (r.shared()) {
            Span shared = new Span(getTranslation("freshness.shared"));
            shared.getElement().getThemeList().add("badge contrast small");
            shared.getStyle().set("margin-left", "var(--lumo-space-s)");
            cell.add(shared);
        }
        return cell;
    }

    private String verifiedOn(Instant at) {
        if (at == null) {
            return getTranslation("freshness.neverVerified");
        }
        LocalDate day = LocalDate.ofInstant(at, JAPAN);
        return english() ? day.toString() : JapaneseDates.format(day);
    }

    private boolean english() {
        Locale l = getLocale();
        return l != null && "en".equals(l.getLanguage());
    }

    private Component reportsCell(StaleRecord r) {
        Div cell = new Div();
        if (r.openReports() == 0) {
            cell.add(new Span(getTranslation("freshness.reports.none")));
            return cell;
        }
        Span count = new Span(getTranslation("freshness.reports.count", r.openReports()));
        count.getElement().getThemeList().add("badge error");
        cell.add(count);
        if (r.lastReason() != null && !r.lastReason().isBlank()) {
            Span reason = new Span(getTranslation("freshness.reports.last", r.lastReason()));
            reason.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            cell.add(reason);
        }
        return cell;
    }

    private Component actionsCell(StaleRecord r) {
        Div cell = new Div();
        cell.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (r.shared()) {
            // a shared record is kept up to date by whoever publishes it; a tenant can only report it
            Span note = new Span(getTranslation("freshness.sharedNote"));
            note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            cell.add(note);
            return cell;
        }
        Button verify = new Button(getTranslation("freshness.verify"), e -> verify(r));
        verify.setId("freshness-verify-" + r.id());
        verify.getElement().setAttribute("aria-label", getTranslation("freshness.verify.aria", r.name()));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Anchor edit = new Anchor("t/" + tenant + "/resources/" + r.id() + "/edit", getTranslation("freshness.edit"));
        edit.setId("freshness-edit-" + r.id());
        edit.getElement().setAttribute("aria-label", getTranslation("freshness.edit.aria", r.name()));
        edit.getStyle().set("align-self", "center");
        cell.add(verify, edit);
        return cell;
    }

    private void verify(StaleRecord r) {
        try {
            resources.verify(r.id());
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        } catch (NotFoundException e) {
            error(getTranslation("freshness.gone"));
            reload();
            return;
        }
        Notification.show(getTranslation("freshness.verified", r.name()), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload();
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
