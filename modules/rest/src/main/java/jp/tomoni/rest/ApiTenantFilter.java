package jp.tomoni.rest;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.rest.problem.Problem;
import jp.tomoni.security.Caller;

/**
 * Binds each {@code /api/t/{tenant}/…} request to its tenant: the bearer token must be valid and
 * grant a role in that tenant. A refused attempt is answered 403 and written to that tenant's audit trail.
 */
@WebFilter(urlPatterns = "/api/t/*")
public class ApiTenantFilter extends HttpFilter {
    /** The request attribute holding the {@link Caller} the request was admitted for. */
    public static final String CALLER = Caller.class.getName();

    @Inject
    ApiAuth auth;
    @Inject
    TenantStore tenants;
    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Locale locale = Problem.locale(req.getHeader("Accept-Language"));
        String instance = req.getRequestURI();
        String tenant = tenantOf(req.getRequestURI().substring(req.getContextPath().length()));
        if (tenant == null || tenants.find(tenant).isEmpty()) {
            ApiAuth.write(res, 404, Problem.of(404, "not-found", "problem.notFound.title", locale, instance));
            return;
        }
        Caller caller = auth.caller(req, res, locale);
        if (caller == null) {
            return;
        }
        Optional<CurrentTenant> bound = caller.in(tenant);
        if (bound.isEmpty()) {
            audit.recordDenied(tenant, caller.username(), req.getMethod() + " " + instance);
            ApiAuth.write(res, 403, Problem.of(403, "forbidden", "problem.forbidden.title", locale, instance));
            return;
        }
        req.setAttribute(CALLER, caller);
        TenantContext.bind(bound.get());
        try {
            chain.doFilter(req, res);
        } finally {
            TenantContext.unbind();
        }
    }

    /** "/api/t/midorino/resources" → "midorino". */
    static String tenantOf(String path) {
        String rest = path.startsWith("/api/t/") ? path.substring("/api/t/".length()) : null;
        if (rest == null || rest.isEmpty()) {
            return null;
        }
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

}
