package jp.tomoni.ui.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.tenant.TenantRole;

class TenantRequestInterceptorTest {
    private static final CurrentTenant MIDORINO = new CurrentTenant("midorino", "worker", Set.of(TenantRole.CONSULTANT));
    private static final CurrentTenant AOBA = new CurrentTenant("aoba", "other", Set.of(TenantRole.TENANT_ADMIN));

    private final TenantRequestInterceptor interceptor = new TenantRequestInterceptor();
    private final Map<String, Object> sessionAttributes = new HashMap<>();

    @AfterEach
    void clearThread() {
        TenantContext.unbind();
    }

    @Test
    void a_request_from_an_admitted_tab_runs_in_that_tab_s_tenant() {
        UiTenants.of(session()).bind(4, MIDORINO);
        interceptor.requestStart(request("4", session()), null);
        assertEquals(Optional.of(MIDORINO), TenantContext.current());
    }

    @Test
    void a_request_from_a_tab_never_admitted_runs_with_no_tenant() {
        UiTenants.of(session()).bind(4, MIDORINO);
        interceptor.requestStart(request("5", session()), null);
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void a_request_without_a_session_runs_with_no_tenant() {
        interceptor.requestStart(request("4", null), null);
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void a_binding_left_on_a_pooled_thread_is_dropped_at_request_start() {
        TenantContext.bind(AOBA);
        interceptor.requestStart(request(null, session()), null);
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void the_tenant_is_unbound_when_the_request_ends_or_fails() {
        TenantContext.bind(MIDORINO);
        interceptor.requestEnd(null, null, null);
        assertTrue(TenantContext.current().isEmpty());
        TenantContext.bind(MIDORINO);
        interceptor.handleException(null, null, null, new IllegalStateException());
        assertTrue(TenantContext.current().isEmpty());
    }

    private WrappedSession session() {
        return (WrappedSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {WrappedSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> sessionAttributes.get((String) args[0]);
                    case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static VaadinRequest request(String uiId, WrappedSession session) {
        return (VaadinRequest) Proxy.newProxyInstance(TenantRequestInterceptorTest.class.getClassLoader(),
                new Class<?>[] {VaadinRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> "v-uiId".equals(args[0]) ? uiId : null;
                    case "getWrappedSession" -> session;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
