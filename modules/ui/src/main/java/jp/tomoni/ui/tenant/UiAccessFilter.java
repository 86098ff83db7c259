package jp.tomoni.ui.tenant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.security.AccessRevokedException;
import jp.tomoni.security.Caller;
import jp.tomoni.security.LiveAccess;
import jp.tomoni.security.UiCallers;

/**
 * Every UI request of a signed-in person (page loads and Vaadin's own round trips) is checked
 * against what Keycloak holds now: a person disabled or signed out elsewhere loses the session at
 * once, and a removed role leaves every open tab at that request.
 */
@WebFilter(urlPatterns = "/*")
public class UiAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    // what Vaadin's client reads as "your session is over": it reloads, and the reload signs in anew
    private static final String VAADIN_SESSION_EXPIRED = "for(;;);[{\"meta\":{\"sessionExpired\":true}}]";

    @Inject
    UiCallers callers;
    @Inject
    LiveAccess live;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = req.getSession(false);
        if (session == null || !checked(req.getRequestURI().substring(req.getContextPath().length()))) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Caller> signedIn = callers.fromToken();
        if (signedIn.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        Caller now;
        try {
            now = live.confirm(signedIn.get());
        } catch (AccessRevokedException e) {
            session.invalidate();
            if ("uidl".equals(req.getParameter("v-r"))) {
                res.setContentType("application/json");
                res.getOutputStream().write(VAADIN_SESSION_EXPIRED.getBytes(StandardCharsets.UTF_8));
            } else {
                res.sendRedirect(req.getRequestURI());
            }
            return;
        } catch (UnavailableException e) {
            res.sendError(503);
            return;
        }
        Object tabs = session.getAttribute(UiTenants.ATTRIBUTE);
        if (tabs instanceof UiTenants map) {
            map.refresh(now::in);
        }
        chain.doFilter(req, res);
    }

    /** Not the sign-in steps, the API (bearer tokens), health, or static files. */
    static boolean checked(String path) {
        return !(path.startsWith("/api/") || path.startsWith("/health") || path.startsWith("/openapi")
                || path.startsWith("/VAADIN/") || path.equals("/callback") || path.equals("/logout")
                || path.startsWith("/icons/") || path.startsWith("/images/") || path.equals("/favicon.ico"));
    }
}
