package jp.tomoni.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.rest.problem.Problem;
import jp.tomoni.security.AccessRevokedException;
import jp.tomoni.security.BearerTokens;
import jp.tomoni.security.Caller;
import jp.tomoni.security.LiveAccess;

/**
 * The API's one way to read the caller: a valid bearer token whose person Keycloak still lets in
 * ({@link LiveAccess}), with the roles they hold now. Answers before JAX-RS is reached otherwise.
 */
@ApplicationScoped
class ApiAuth {
    @Inject
    BearerTokens tokens;
    @Inject
    LiveAccess live;

    /** The caller of a valid, still honoured token; otherwise writes 401 (or 503) problem+json and returns null. */
    Caller caller(HttpServletRequest req, HttpServletResponse res, Locale locale) throws IOException {
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"tomoni\"");
            write(res, 401, Problem.of(401, "unauthorized", "problem.unauthorized.title", locale, req.getRequestURI()));
            return null;
        }
        try {
            return live.confirm(tokens.verify(header.substring(7).strip()));
        } catch (BearerTokens.InvalidTokenException | AccessRevokedException e) {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"tomoni\", error=\"invalid_token\"");
            write(res, 401, Problem.of(401, "unauthorized", "problem.unauthorized.title", locale, req.getRequestURI()));
            return null;
        } catch (UnavailableException e) {
            write(res, 503, Problem.of(503, "unavailable", "problem.unavailable.title", locale, req.getRequestURI()));
            return null;
        }
    }

    static void write(HttpServletResponse res, int status, JsonObject body) throws IOException {
        res.setStatus(status);
        res.setContentType(Problem.MEDIA_TYPE);
        res.setCharacterEncoding("UTF-8");
        res.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
