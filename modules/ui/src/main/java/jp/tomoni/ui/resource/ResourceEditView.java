package jp.tomoni.ui.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.resource.ResourceDetail;
import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ServiceLocation;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * Editing one of the tenant's own social resources. The form is filled with the record as stored and
 * saved against the version read; when someone else saved first, nothing is overwritten, what was typed
 * stays in the form, and the worker chooses to read the stored record again or to save theirs over it.
 */
@Route(value = "t/:tenant/resources/:id([0-9a-fA-F-]{36})/edit", layout = MainLayout.class)
@TenantView(titleKey = "resourceEdit.title", order = 10, inMenu = false, roles = {TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class ResourceEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private final ResourceService resources;
    private String tenant;
    private UUID id;
    private long version;
    private ResourceForm form;
    private ConflictNotice conflict;

    @Inject
    public ResourceEditView(ResourceService resources) {
        this.resources = resources;
        setId("resource-edit");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("resourceEdit.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(ResourceEditView::uuid).orElse(null);
        render();
    }

    static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("resourceEdit.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(title);
        if (id == null) {
            message("resourceEdit.notFound");
            return;
        }
        ResourceDetail detail;
        try {
            detail = resources.detail(id);
        } catch (NotFoundException e) {
            message("resourceEdit.notFound");
            return;
        } catch (AccessDeniedException e) {
            message("common.notAllowed");
            return;
        }
        add(back());
        if (!detail.editable()) {
            message(detail.resource().shared() ? "resourceEdit.shared" : "resourceEdit.notEditable");
            return;
        }
        version = detail.resource().version();
        form = new ResourceForm(this::save, resources::locations);
        form.setSubmitText(getTranslation("resourceEdit.save"));
        form.setOrganizations(organizations(detail.organization()));
        form.fill(draftOf(detail));
        conflict = new ConflictNotice(this, "resource-conflict", this::render, this::overwrite);
        Paragraph name = new Paragraph(getTranslation("resourceEdit.editing", detail.resource().name()));
        name.setId("resource-edit-name");
        add(name, conflict, form);
    }

    /** Every organization to choose from, and the record's own even if it is not among them (a shared one). */
    private List<Organization> organizations(Organization own) {
        List<Organization> list = new ArrayList<>();
        try {
            list.addAll(resources.organizations());
        } catch (AccessDeniedException e) {
            // the form still works without them
        }
        if (own != null && list.stream().noneMatch(o -> o.id().equals(own.id()))) {
            list.add(own);
        }
        return list;
    }

    /** The stored record as a draft; a place's time and phone are the record's own there (null when it has none). */
    static ResourceDraft draftOf(ResourceDetail detail) {
        List<ServiceLocation> places = detail.places() == null ? List.of() : detail.places().stream()
                .filter(p -> p.location() != null)
                .map(p -> new ServiceLocation(p.location().id(), p.hours(), p.phone()))
                .toList();
        return detail.resource().toDraft(places);
    }

    private void save(ResourceDraft draft) {
        try {
            resources.change(id, draft, version);
        } catch (InvalidInputException e) {
            List<String> elsewhere = form.showViolations(e.violations(), getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join(" / ", elsewhere));
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        } catch (NotFoundException e) {
            error(getTranslation("resourceEdit.gone"));
            return;
        } catch (RuntimeException e) {
            if (!isConflict(e)) {
                throw e;
            }
            conflict.show();
            error(getTranslation("resourceEdit.conflict"));
            return;
        }
        conflict.hide();
        Notification.show(getTranslation("resourceEdit.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("t/" + tenant + "/resources/" + id);
    }

    /** After a conflict, on the worker's word: their input over the record as it is now. */
    private void overwrite() {
        try {
            version = resources.detail(id).resource().version();
        } catch (NotFoundException e) {
            error(getTranslation("resourceEdit.gone"));
            return;
        }
        conflict.hide();
        save(form.draft());
    }

    private Component back() {
        Anchor back = new Anchor("t/" + tenant + "/resources/" + id, getTranslation("resourceEdit.back"));
        back.setId("resource-edit-back");
        back.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
        return back;
    }

    private void message(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("resource-edit-message");
        add(p);
        Anchor list = new Anchor("t/" + tenant + "/resources", getTranslation("resourceEdit.toList"));
        list.setId("resource-edit-to-list");
        add(list);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Someone else saved first: a stale version, however deep the persistence layer wrapped it. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof ConflictException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Told above a form when someone else saved first: the input stays; the worker may read the stored
     * record again (their input is then gone) or, where offered, save theirs over it.
     */
    static final class ConflictNotice extends Div {
        private static final long serialVersionUID = 1L;

        ConflictNotice(Component owner, String id, Runnable reload, Runnable overwrite) {
            setId(id);
            getElement().setAttribute("role", "alert");
            getStyle().set("border", "1px solid var(--lumo-error-color-50pct)").set("background", "var(--lumo-error-color-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                    .set("box-sizing", "border-box").set("width", "100%");
            Paragraph text = new Paragraph(owner.getTranslation("resourceEdit.conflict"));
            text.getStyle().set("margin-top", "0");
            Button again = new Button(owner.getTranslation("resourceEdit.conflict.reload"), e -> {
                hide();
                reload.run();
            });
            again.setId(id + "-reload");
            again.setMinHeight("44px");
            Div buttons = new Div(again);
            buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            if (overwrite != null) {
                Button mine = new Button(owner.getTranslation("resourceEdit.conflict.overwrite"), e -> overwrite.run());
                mine.setId(id + "-overwrite");
                mine.setMinHeight("44px");
                mine.addThemeVariants(ButtonVariant.LUMO_ERROR);
                buttons.add(mine);
            }
            add(text, buttons);
            setVisible(false);
        }

        void show() {
            setVisible(true);
        }

        void hide() {
            setVisible(false);
        }
    }
}
