package jp.tomoni.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tomoni.rest.problem.Problem;
import jp.tomoni.security.BearerTokens;
import jp.tomoni.security.Caller;

/** The API's one way to read the caller from the bearer token, and to answer before JAX-RS is reached. */
final class ApiAuth {
    private ApiAuth() {
    }

    /** The caller of a valid token; otherwise writes 401 problem+json and returns null. */
    static Caller caller(HttpServletRequest req, HttpServletResponse res, BearerTokens tokens, Locale locale)
            throws IOException {
        String header = req.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                return tokens.verify(header.substring(7).strip());
            } catch (BearerTokens.InvalidTokenException e) {
                res.setHeader("WWW-Authenticate", "Bearer realm=\"tomoni\", error=\"invalid_token\"");
                write(res, 401, Problem.of(401, "unauthorized", "problem.unauthorized.title", locale, req.getRequestURI()));
                return null;
            }
        }
        res.setHeader("WWW-Authenticate", "Bearer realm=\"tomoni\"");
        write(res, 401, Problem.of(401, "unauthorized", "problem.unauthorized.title", locale, req.getRequestURI()));
        return null;
    }

    static void write(HttpServletResponse res, int status, JsonObject body) throws IOException {
        res.setStatus(status);
        res.setContentType(Problem.MEDIA_TYPE);
        res.setCharacterEncoding("UTF-8");
        res.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
