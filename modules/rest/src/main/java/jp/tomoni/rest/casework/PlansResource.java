package jp.tomoni.rest.casework;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.casework.PlanService;
import jp.tomoni.application.casework.PlanView;
import jp.tomoni.domain.casework.plan.DecisionDraft;
import jp.tomoni.domain.casework.plan.PlanRevision;
import jp.tomoni.domain.casework.plan.StatutoryService;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.problem.ConflictWithCurrent;

/**
 * Plans of a case: write, read, revise (修正, PUT), re-plan (再プラン) and the municipal officer's
 * 支援決定・確認. A plan is shown as the form's read model {@link PlanView}, with the procedure it needs.
 */
@Path("t/{tenant}/cases/{id}/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {
    @Inject
    PlanService plans;
    @Inject
    jp.tomoni.application.casework.PlanDocuments documents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") UUID id, PlanInput input, @Context UriInfo uri) {
        PlanView p = plans.create(id, (input == null ? PlanInput.EMPTY : input).toDraft());
        URI location = uri.getAbsolutePathBuilder().path(p.id().toString()).build();
        return Response.created(location).entity(p).build();
    }

    @GET
    public List<PlanView> list(@PathParam("id") UUID id) {
        return plans.plans(id);
    }

    @GET
    @Path("{planId}")
    public PlanView get(@PathParam("id") UUID id, @PathParam("planId") UUID planId) {
        return plans.plan(id, planId);
    }

    /**
     * A revision: send the {@code version} you read. A newer save answers 409 with the stored plan as
     * {@code current}; a change of statutory services answers 400 {@code plan.replanRequired}.
     */
    @PUT
    @Path("{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView revise(@PathParam("id") UUID id, @PathParam("planId") UUID planId, PlanInput input) {
        PlanInput in = input == null ? PlanInput.EMPTY : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        var draft = in.toDraft(v);
        Inputs.throwIfUnreadable(v, draft.violations(Inputs.today()));
        return withCurrent(id, planId, () -> plans.revise(id, planId, draft, version));
    }

    /** A re-plan of {@code planId} (closed) into a new plan, numbered next. */
    @POST
    @Path("{planId}/replan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replan(@PathParam("id") UUID id, @PathParam("planId") UUID planId, PlanInput input,
                           @Context UriInfo uri) {
        PlanInput in = input == null ? PlanInput.EMPTY : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        var draft = in.toDraft(v);
        Inputs.throwIfUnreadable(v, draft.violations(Inputs.today()));
        PlanView p = withCurrent(id, planId, () -> plans.replan(id, planId, draft, version));
        return Response.status(201).entity(p).build();
    }

    public record RevisionDto(int revision, JsonObject snapshot, Instant revisedAt, String revisedBy) {
        static RevisionDto of(PlanRevision r) {
            try (var reader = Json.createReader(new StringReader(r.snapshot()))) {
                return new RevisionDto(r.revision(), reader.readObject(), r.revisedAt(), r.revisedBy());
            }
        }
    }

    /** The plan as it was before each revision. */
    @GET
    @Path("{planId}/revisions")
    public List<RevisionDto> revisions(@PathParam("id") UUID id, @PathParam("planId") UUID planId) {
        return plans.revisions(id, planId).stream().map(RevisionDto::of).toList();
    }

    /** {@code decided}: service numbers (3, 4, 5) decided; {@code confirmation}: the rest confirmed. */
    public record DecisionInput(List<Integer> decided, Boolean confirmation, String decidedOn) {
    }

    /** Municipal officers only, once the meeting approved the plan. */
    @POST
    @Path("{planId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView decide(@PathParam("id") UUID id, @PathParam("planId") UUID planId, DecisionInput input) {
        DecisionInput in = input == null ? new DecisionInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Set<StatutoryService> decided = EnumSet.noneOf(StatutoryService.class);
        if (in.decided() != null) {
            for (Integer n : in.decided()) {
                StatutoryService.byNumber(n == null ? 0 : n).ifPresentOrElse(decided::add,
                        () -> v.add(FieldViolation.of("decided", "invalidChoice")));
            }
        }
        DecisionDraft draft = new DecisionDraft(decided, Boolean.TRUE.equals(in.confirmation()),
                Inputs.date(in.decidedOn(), "decidedOn", v));
        Inputs.throwIfUnreadable(v, List.of());
        return plans.decide(id, planId, draft);
    }

    /** On a version conflict, the stored plan goes back with the 409 so the client can show both. */
    private PlanView withCurrent(UUID id, UUID planId, Supplier<PlanView> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!isOptimisticLock(e)) {
                throw e;
            }
            throw new ConflictWithCurrent(plans.plan(id, planId), e);
        }
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plan as a PDF in the national layout (A4, Japanese font embedded, era dates, a blank line for
     * the person's signature); {@code ?copy=person} gives the person's own copy in plain words.
     */
    @GET
    @Path("{planId}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id, @PathParam("planId") UUID planId,
                        @jakarta.ws.rs.QueryParam("copy") String copy) {
        var doc = documents.pdf(id, planId, "person".equals(copy));
        return Response.ok(doc.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + doc.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
