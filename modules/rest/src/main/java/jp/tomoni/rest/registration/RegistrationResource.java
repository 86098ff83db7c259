package jp.tomoni.rest.registration;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.registration.RegistrationService;
import jp.tomoni.domain.registration.SelfRegistration;
import jp.tomoni.rest.problem.Problem;

/**
 * A person's own registration in a municipality's community portal. Anonymous, and deliberately
 * outside {@code /api/t/…}. It takes JSON only and uses no cookies: a cross-site form cannot post
 * JSON without the browser asking first, which this endpoint never grants. A valid request is
 * always answered 202 {@code {"status":"mail-sent"}}, whether the address was new or already known.
 */
@Path("register/{tenant}")
@RequestScoped
public class RegistrationResource {
    @Inject
    RegistrationService service;
    @Inject
    RegistrationLimit limit;
    @Context
    HttpServletRequest request;
    @Context
    HttpHeaders headers;

    /** The body; {@code role} is {@code guardian}, {@code resident} or {@code company-recruiter}. */
    public record RegistrationInput(String email, String familyName, String givenName, String role,
                                    String companyName, String corporateNumber, Boolean agreed) {
        SelfRegistration toRegistration() {
            return new SelfRegistration(email, familyName, givenName, role, companyName, corporateNumber,
                    Boolean.TRUE.equals(agreed));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("tenant") String tenant, RegistrationInput input) {
        SelfRegistration registration = (input == null ? new RegistrationInput(null, null, null, null, null, null, null) : input)
                .toRegistration();
        // unknown tenants and typing mistakes are answered first and do not count against the limit
        service.check(tenant, registration);
        Optional<Duration> wait = limit.acquire(request);
        if (wait.isPresent()) {
            Locale locale = Problem.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return Response.status(429)
                    .header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())))
                    .header("Cache-Control", "no-store")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(429, "too-many-requests", "problem.tooManyRequests.title", locale,
                            request.getRequestURI()).toString())
                    .build();
        }
        service.register(tenant, registration);
        return Response.accepted(Json.createObjectBuilder().add("status", "mail-sent").build().toString())
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .build();
    }
}
