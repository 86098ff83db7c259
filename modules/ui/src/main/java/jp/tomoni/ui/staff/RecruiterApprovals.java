package jp.tomoni.ui.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import jp.tomoni.application.registration.RegistrationService;
import jp.tomoni.application.registration.RegistrationService.PendingRecruiter;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.domain.staff.StaffMember;

/**
 * Company recruiters who registered themselves and wait for the tenant admin: name, address,
 * company, 法人番号 and when they applied, with 承認 and 却下 for each. A decision someone else
 * made first is reported and the list reloaded; nothing is overwritten.
 */
public class RecruiterApprovals extends Section {
    private static final Logger LOG = Logger.getLogger(RecruiterApprovals.class.getName());
    // the municipality's time, whatever the server's zone
    private static final DateTimeFormatter APPLIED = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private final RegistrationService registration;
    private final Grid<PendingRecruiter> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public RecruiterApprovals(RegistrationService registration) {
        this.registration = registration;
        setId("recruiters");
        setWidthFull();
        none.setText(getTranslation("recruiters.none"));
        none.setId("recruiters-none");
        grid.setId("recruiters-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> name(p)).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        grid.addColumn(p -> p.account().map(StaffMember::email).orElse("")).setHeader(getTranslation("staff.email")).setAutoWidth(true);
        grid.addColumn(p -> p.application().companyName()).setHeader(getTranslation("recruiters.company")).setFlexGrow(1);
        grid.addColumn(p -> p.application().corporateNumber() == null ? "—" : p.application().corporateNumber())
                .setHeader(getTranslation("recruiters.corporateNumber")).setAutoWidth(true);
        grid.addColumn(p -> APPLIED.format(p.application().appliedAt())).setHeader(getTranslation("recruiters.appliedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::accountState).setHeader(getTranslation("recruiters.account")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("recruiters.heading")), new Paragraph(getTranslation("recruiters.explain")), none, grid);
    }

    private static String name(PendingRecruiter p) {
        return p.account().map(StaffMember::displayName).orElse("—");
    }

    private Span accountState(PendingRecruiter p) {
        boolean pending = p.account().map(StaffMember::pending).orElse(true);
        Span s = new Span(getTranslation(pending ? "recruiters.account.pending" : "recruiters.account.confirmed"));
        s.getElement().getThemeList().add("badge" + (pending ? " contrast" : " success"));
        return s;
    }

    private HorizontalLayout actions(PendingRecruiter p) {
        String id = p.application().id().toString();
        Button approve = new Button(getTranslation("recruiters.approve"), e -> decide(p, true));
        approve.setId("recruiter-approve-" + id);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.getElement().setAttribute("aria-label", getTranslation("recruiters.approve.label", name(p), p.application().companyName()));
        Button reject = new Button(getTranslation("recruiters.reject"), e -> decide(p, false));
        reject.setId("recruiter-reject-" + id);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.getElement().setAttribute("aria-label", getTranslation("recruiters.reject.label", name(p), p.application().companyName()));
        HorizontalLayout buttons = new HorizontalLayout(approve, reject);
        buttons.setSpacing(true);
        return buttons;
    }

    private void decide(PendingRecruiter p, boolean approve) {
        try {
            registration.decide(p.application().id(), p.application().version(), approve);
            Notification.show(getTranslation(approve ? "recruiters.approved" : "recruiters.rejected", name(p)))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            if (isConflict(e)) {
                error(getTranslation("recruiters.conflict"));
            } else if (e instanceof UnavailableException || e.getCause() instanceof UnavailableException) {
                LOG.log(Level.WARNING, "recruiter decision failed", e);
                error(getTranslation("staff.unavailable"));
            } else {
                throw e;
            }
        }
        refresh();
    }

    /** Someone decided first: a stale version, an already decided or (on another tenant's admin page) vanished application. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof ConflictException || t instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** Reloads the pending applications; an unreachable Keycloak is reported, not thrown. */
    public void refresh() {
        try {
            List<PendingRecruiter> pending = registration.pendingRecruiters();
            grid.setItems(pending);
            grid.setVisible(!pending.isEmpty());
            none.setVisible(pending.isEmpty());
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "recruiter list failed", e);
            error(getTranslation("staff.unavailable"));
        }
    }

    private void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
