package jp.tomoni.rest.problem;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.UnavailableException;

/** Turns every failure into problem+json; causes are logged without request data (no personal data in logs). */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = Problem.locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        Throwable cause = unwrap(e);
        if (cause instanceof InvalidInputException invalid) {
            return respond(400, Problem.validation(invalid.violations(), locale, instance));
        }
        if (cause instanceof NoContentException) {
            return respond(400, Problem.validation(List.of(FieldViolation.of("body", "required")), locale, instance));
        }
        if (cause instanceof JsonbException) {
            return respond(400, Problem.validation(List.of(FieldViolation.of("body", "malformed")), locale, instance));
        }
        if (cause instanceof NotFoundException || cause instanceof jakarta.ws.rs.NotFoundException) {
            return respond(404, Problem.of(404, "not-found", "problem.notFound.title", locale, instance));
        }
        if (cause instanceof AccessDeniedException) {
            return respond(403, Problem.of(403, "forbidden", "problem.forbidden.title", locale, instance));
        }
        if (cause instanceof ConflictWithCurrent c) {
            JsonObject problem = Problem.of(409, "conflict", "problem.conflict.title", locale, instance);
            return respond(409, Json.createObjectBuilder(problem).add("current", asJson(c.current())).build());
        }
        if (cause instanceof OptimisticLockException) {
            return respond(409, Problem.of(409, "conflict", "problem.conflict.title", locale, instance));
        }
        if (cause instanceof ConflictException) {
            return respond(409, Problem.of(409, "conflict", "problem.alreadyDecided.title", locale, instance));
        }
        if (cause instanceof jp.tomoni.domain.shared.TooManyRequestsException tooMany) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), tooMany.retryAfter()).toSeconds() + 1);
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                    .entity(Problem.of(429, "too-many-requests", "problem.tooManyRequests.title", locale, instance).toString())
                    .build();
        }
        if (cause instanceof UnavailableException) {
            return respond(503, Problem.of(503, "unavailable", "problem.unavailable.title", locale, instance));
        }
        if (cause instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return respond(status, Problem.of(status, "http-" + status, "problem.malformed.title", locale, instance));
        }
        LOG.log(Level.SEVERE, "unhandled error on " + instance + ": " + cause.getClass().getName(), cause);
        return respond(500, Problem.of(500, "server", "problem.server.title", locale, instance));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 10 && t.getCause() != null
                && !(t instanceof InvalidInputException || t instanceof NotFoundException
                     || t instanceof AccessDeniedException || t instanceof OptimisticLockException
                     || t instanceof JsonbException || t instanceof UnavailableException
                     || t instanceof ConflictException || t instanceof NoContentException
                     || t instanceof ConflictWithCurrent
                     || t instanceof jp.tomoni.domain.shared.TooManyRequestsException); i++) {
            t = t.getCause();
        }
        return t;
    }

    private static JsonValue asJson(Object value) {
        try (var reader = Json.createReader(new StringReader(JSONB.toJson(value)))) {
            return reader.readValue();
        }
    }

    private static Response respond(int status, JsonObject body) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body.toString()).build();
    }
}
