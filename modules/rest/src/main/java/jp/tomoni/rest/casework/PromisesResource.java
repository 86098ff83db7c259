package jp.tomoni.rest.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.casework.PromiseService;
import jp.tomoni.domain.casework.promise.AppointmentOutcome;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseDraft;
import jp.tomoni.domain.casework.promise.PromiseKind;
import jp.tomoni.domain.casework.promise.PromiseRules;
import jp.tomoni.domain.shared.FieldViolation;

/** Promises made to the person in a case, and a worker's list of what is due today. */
@Path("t/{tenant}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PromisesResource {
    @Inject
    PromiseService service;

    public record PromiseInput(String kind, String description, String owner, String dueAt) {
    }

    public record PromiseDto(UUID id, UUID caseId, String kind, String description, String owner, Instant dueAt,
                             Instant doneAt, String outcome, String status, long version) {
        static PromiseDto of(CasePromise p, Instant now) {
            return new PromiseDto(p.id(), p.caseId(), p.kind().name(), p.description(), p.owner(), p.dueAt(), p.doneAt(),
                    p.outcome() == null ? null : p.outcome().name(), PromiseRules.status(p.promise(), now).name(),
                    p.version());
        }
    }

    public record CasePromisesDto(List<PromiseDto> promises, long missedAppointments, boolean homeVisitSuggested) {
    }

    public record DueDto(PromiseDto promise, String caseNumber, String personName) {
    }

    @GET
    @Path("cases/{id}/promises")
    public CasePromisesDto ofCase(@PathParam("id") UUID id) {
        var p = service.ofCase(id);
        Instant now = service.now();
        return new CasePromisesDto(p.promises().stream().map(x -> PromiseDto.of(x, now)).toList(),
                p.missedAppointments(), p.homeVisitSuggested());
    }

    @POST
    @Path("cases/{id}/promises")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promise(@PathParam("id") UUID id, PromiseInput input) {
        PromiseInput in = input == null ? new PromiseInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        PromiseDraft d = new PromiseDraft(Inputs.choice(PromiseKind.class, in.kind(), "kind", v), in.description(),
                in.owner(), Inputs.instant(in.dueAt(), "dueAt", v));
        Inputs.throwIfUnreadable(v, d.violations());
        return Response.status(201).entity(PromiseDto.of(service.promise(id, d), service.now())).build();
    }

    public record CloseInput(String outcome, Long version) {
    }

    @POST
    @Path("cases/{id}/promises/{promiseId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public PromiseDto close(@PathParam("id") UUID id, @PathParam("promiseId") UUID promiseId, CloseInput input) {
        CloseInput in = input == null ? new CloseInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        AppointmentOutcome outcome = Inputs.choice(AppointmentOutcome.class, in.outcome(), "outcome", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return PromiseDto.of(service.close(id, promiseId, outcome, version), service.now());
    }

    /** The caller's open promises due by the end of today (and within the next 24 hours), overdue first. */
    @GET
    @Path("today")
    public List<DueDto> today() {
        Instant now = service.now();
        return service.today().stream()
                .map(d -> new DueDto(PromiseDto.of(d.promise(), now), d.caseNumber(), d.personName())).toList();
    }
}
