package jp.tomoni.ui.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;

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
        grid.addColumn(p -> p.application().companyName()).setHeader(getTranslation("recruiters.company")).setFlexGrow(1).setWidth("10rem");
        grid.addColumn(p -> p.application().corporateNumber() == null ? "—" : p.application().corporateNumber())
                .setHeader(getTranslation("recruiters.corporateNumber")).setAutoWidth(true);
        grid.addColumn(p -> APPLIED.format(p.application().appliedAt())).setHeader(getTranslation("recruiters.appliedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::accountState).setHeader(getTranslation("recruiters.account")).setAutoWidth(true);
        // rendered in the browser (no server component per row), so a reload never leaves a second set of buttons;
        // a fixed width: measured automatically, the buttons were cut off beside long company names
        grid.addColumn(LitRenderer.<PendingRecruiter>of("""
                        <vaadin-button id="recruiter-approve-${item.id}" theme="primary success" aria-label="${item.approveLabel}"
                            @click="${approve}">${item.approveText}</vaadin-button>
                        <vaadin-button id="recruiter-reject-${item.id}" theme="error" aria-label="${item.rejectLabel}"
                            @click="${reject}">${item.rejectText}</vaadin-button>""")
                .withProperty("id", p -> p.application().id().toString())
                .withProperty("approveText", p -> getTranslation("recruiters.approve"))
                .withProperty("rejectText", p -> getTranslation("recruiters.reject"))
                .withProperty("approveLabel", p -> getTranslation("recruiters.approve.label", name(p), p.application().companyName()))
                .withProperty("rejectLabel", p -> getTranslation("recruiters.reject.label", name(p), p.application().companyName()))
                .withFunction("approve", p -> decide(p, true))
                .withFunction("reject", p -> decide(p, false)))
                .setWidth("13rem").setFlexGrow(0);
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
            // keyed by application: a reload replaces each row's buttons instead of adding a second set beside the old
            grid.setItems(new ListDataProvider<>(pending) {
                @Override
                public Object getId(PendingRecruiter item) {
                    return item.application().id();
                }
            });
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
