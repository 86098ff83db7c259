package jp.tomoni.rest;

import java.io.IOException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tomoni.rest.problem.Problem;
import jp.tomoni.security.Caller;

/** {@code /api/platform/…} is for platform operators only; no tenant is bound, so no tenant data is reachable. */
@WebFilter(urlPatterns = "/api/platform/*")
public class PlatformFilter extends HttpFilter {
    @Inject
    ApiAuth auth;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Locale locale = Problem.locale(req.getHeader("Accept-Language"));
        Caller caller = auth.caller(req, res, locale);
        if (caller == null) {
            return;
        }
        if (!caller.platformRoles().contains(Caller.PLATFORM_OPERATOR)) {
            ApiAuth.write(res, 403, Problem.of(403, "forbidden", "problem.forbidden.title", locale, req.getRequestURI()));
            return;
        }
        chain.doFilter(req, res);
    }
}
