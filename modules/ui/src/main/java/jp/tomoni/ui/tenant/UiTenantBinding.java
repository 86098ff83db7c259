package jp.tomoni.ui.tenant;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.security.Caller;
import jp.tomoni.security.UiCallers;

/**
 * Tenant isolation for the UI. Every navigation is checked before any layout or view acts on it
 * (a listener on each UI, so no route can forget it): a {@code tenant} route parameter admits
 * the tab to that tenant only if the signed-in person holds a role there. Later requests of the
 * tab are bound by {@link TenantRequestInterceptor}.
 */
@ApplicationScoped
public class UiTenantBinding {
    private static final Logger LOG = Logger.getLogger(UiTenantBinding.class.getName());
    /** The tenant this person last worked in (any tab), so moving to another is a recorded switch. */
    static final String LAST_TENANT = UiTenantBinding.class.getName() + ".last";

    @Inject
    UiCallers callers;
    @Inject
    TenantStore tenants;
    @Inject
    AuditTrail audit;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new TenantRequestInterceptor());
        event.getSource().addUIInitListener(init -> watch(init.getUI()));
    }

    private void watch(UI ui) {
        ui.addBeforeEnterListener(this::enter);
        VaadinSession session = ui.getSession();
        int uiId = ui.getUIId();
        ui.addDetachListener(e -> forget(session, uiId));
    }

    private static void forget(VaadinSession session, int uiId) {
        try {
            UiTenants.find(session.getSession()).ifPresent(map -> map.forget(uiId));
        } catch (IllegalStateException sessionInvalidated) {
            // signing out closes the tabs after the HTTP session, and with it the map, is gone
        }
    }

    void enter(BeforeEnterEvent event) {
        UI ui = event.getUI();
        UiTenants map = UiTenants.of(ui.getSession().getSession());
        Optional<String> tenant = event.getRouteParameters().get(TenantRoutes.PARAM);
        Optional<String> before = map.get(ui.getUIId()).map(t -> t.tenantId())
                .or(() -> Optional.ofNullable((String) ui.getSession().getAttribute(LAST_TENANT)));
        // Leaving the tenant pages (or being refused) must leave the tab bound to nothing.
        map.forget(ui.getUIId());
        TenantContext.unbind();
        if (tenant.isEmpty()) {
            return;
        }
        Optional<Caller> caller = callers.current();
        switch (TenantGate.decide(caller, tenant.get(), tenants.find(tenant.get()).isPresent(),
                event.getNavigationTarget())) {
            case TenantGate.Admitted admitted -> {
                map.bind(ui.getUIId(), admitted.tenant());
                TenantContext.bind(admitted.tenant());
                String now = admitted.tenant().tenantId();
                if (before.isPresent() && !before.get().equals(now)) {
                    audit.recordAuthEvent(now, admitted.tenant().actor(), "auth.tenant-switch", "from " + before.get(), false);
                }
                ui.getSession().setAttribute(LAST_TENANT, now);
            }
            case TenantGate.Refused refused -> {
                LOG.info(() -> "UI refused " + caller.map(Caller::username).orElse("(not signed in)") + " at "
                        + event.getLocation().getPath() + ": " + refused.reason());
                if (refused.worthAuditing()) {
                    audit.recordDenied(tenant.get(), caller.orElseThrow().username(), "UI " + event.getLocation().getPath());
                }
                event.rerouteToError(new AccessDeniedException("tenant " + tenant.get() + ": " + refused.reason()), "");
            }
        }
    }
}
