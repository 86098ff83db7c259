package jp.tomoni.ui.tenant;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;

import jp.tomoni.application.tenant.TenantContext;

/**
 * Binds every Vaadin request (clicks, form submits, navigation inside a tab) to the tenant its
 * tab was admitted to, and unbinds when the request ends. A request from a tab that was never
 * admitted runs with no tenant, so any tenant data access fails closed.
 */
public final class TenantRequestInterceptor implements VaadinRequestInterceptor {
    private static final long serialVersionUID = 1L;

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // Server threads are pooled: never trust what an earlier request may have left behind.
        TenantContext.unbind();
        UiTenants.find(request.getWrappedSession(false))
                .flatMap(map -> map.forParameter(request.getParameter(ApplicationConstants.UI_ID_PARAMETER)))
                .ifPresent(TenantContext::bind);
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
        TenantContext.unbind();
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        TenantContext.unbind();
    }
}
