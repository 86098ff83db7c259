package jp.tomoni.ui.staff;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.registration.RegistrationService;
import jp.tomoni.application.staff.StaffService;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.domain.staff.RoleChange;
import jp.tomoni.domain.staff.StaffInvitation;
import jp.tomoni.domain.staff.StaffMember;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.security.UiCallers;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * The tenant admin's page of people (職員・利用者): who holds which role here, inviting someone by
 * e-mail, changing roles, signing someone out of every device, and approving company recruiters
 * who registered themselves.
 */
@Route(value = "t/:tenant/staff", layout = MainLayout.class)
@TenantView(titleKey = "staff.title", order = 90, icon = VaadinIcon.USERS, roles = TenantRole.TENANT_ADMIN)
public class StaffView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private static final Logger LOG = Logger.getLogger(StaffView.class.getName());

    private final StaffService staff;
    private final UiCallers callers;
    private final InviteForm form = new InviteForm(this::invite);
    private final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
    private final RecruiterApprovals recruiters;

    @Inject
    public StaffView(StaffService staff, UiCallers callers, RegistrationService registration) {
        this.staff = staff;
        this.callers = callers;
        this.recruiters = new RecruiterApprovals(registration);
        setId("staff");
        H1 title = new H1(getTranslation("staff.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Section invite = new Section(new H2(getTranslation("staff.invite.heading")),
                new Paragraph(getTranslation("staff.invite.explain")), form);
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        grid.addColumn(StaffMember::email).setHeader(getTranslation("staff.email")).setAutoWidth(true);
        grid.addColumn(m -> m.roles().stream().sorted().map(r -> getTranslation("role." + r.id()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("staff.roles")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("staff.status")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("staff.edit"), e -> edit(m));
            edit.setId("staff-edit-" + m.username());
            edit.getElement().setAttribute("aria-label", getTranslation("staff.edit.label", m.displayName()));
            return edit;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Section people = new Section(new H2(getTranslation("staff.list.heading")), grid);
        people.setWidthFull();
        add(title, recruiters, people, invite);
    }

    private Span status(StaffMember m) {
        String key = !m.enabled() ? "staff.status.disabled" : m.pending() ? "staff.status.pending" : "staff.status.active";
        Span s = new Span(getTranslation(key));
        s.getElement().getThemeList().add("badge" + (!m.enabled() ? " error" : m.pending() ? " contrast" : " success"));
        return s;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        form.clear();
        refresh();
        recruiters.refresh();
    }

    private void refresh() {
        try {
            grid.setItems(staff.members());
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "staff list failed", e);
            error(getTranslation("staff.unavailable"));
        }
    }

    private void invite(StaffInvitation invitation) {
        try {
            staff.invite(invitation);
        } catch (InvalidInputException e) {
            form.showViolations(e.violations(), getLocale()).forEach(this::error);
            return;
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "invitation failed", e);
            error(getTranslation("staff.invite.failed"));
            return;
        }
        Notification.show(getTranslation("staff.invited", invitation.email())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        form.clear();
        refresh();
        recruiters.refresh();
    }

    /** One dialog per person: tick the roles they should hold here, or sign them out everywhere. */
    private void edit(StaffMember m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.edit.title", m.displayName()));
        CheckboxGroup<TenantRole> roles = new CheckboxGroup<>(getTranslation("staff.roles"));
        roles.setId("staff-dialog-roles");
        roles.setItems(TenantRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.id()));
        roles.setValue(m.roles());
        Button save = new Button(getTranslation("staff.save"), e -> {
            if (save(m, roles.getValue())) {
                dialog.close();
            }
        });
        save.setId("staff-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button signOut = new Button(getTranslation("staff.signOut"), e -> {
            signOut(m);
            dialog.close();
        });
        signOut.setId("staff-signout");
        signOut.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> dialog.close());
        dialog.add(roles, new Paragraph(getTranslation("staff.signOut.explain")));
        dialog.getFooter().add(signOut, cancel, save);
        dialog.open();
    }

    private boolean save(StaffMember m, Set<TenantRole> wanted) {
        String me = callers.current().map(c -> c.userId()).orElse("");
        Set<TenantRole> add = EnumSet.noneOf(TenantRole.class);
        add.addAll(wanted);
        add.removeAll(m.roles());
        Set<TenantRole> remove = EnumSet.noneOf(TenantRole.class);
        remove.addAll(m.roles());
        remove.removeAll(wanted);
        try {
            for (TenantRole r : add) {
                staff.change(new RoleChange(m.userId(), r, true), me);
            }
            for (TenantRole r : remove) {
                staff.change(new RoleChange(m.userId(), r, false), me);
            }
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> error(Messages.of(getLocale(), v)));
            refresh();
            return false;
        } catch (UnavailableException e) {
            error(getTranslation("staff.unavailable"));
            return false;
        }
        Notification.show(getTranslation("staff.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    private void signOut(StaffMember m) {
        try {
            staff.signOutEverywhere(m.userId());
            Notification.show(getTranslation("staff.signedOut", m.displayName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UnavailableException e) {
            error(getTranslation("staff.unavailable"));
        }
    }

    private void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("staff.title"));
    }
}
