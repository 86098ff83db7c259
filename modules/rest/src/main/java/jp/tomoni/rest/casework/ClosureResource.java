package jp.tomoni.rest.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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

import jp.tomoni.application.casework.SupportEndService;
import jp.tomoni.domain.casework.plan.Attainment;
import jp.tomoni.domain.casework.plan.Closure;
import jp.tomoni.domain.casework.plan.ClosureKind;
import jp.tomoni.domain.casework.plan.Evaluation;
import jp.tomoni.domain.casework.plan.Monitoring;
import jp.tomoni.domain.shared.FieldViolation;

/** 終結 / 中断 of a case: proposed, heard by a meeting, confirmed. */
@Path("t/{tenant}/cases/{id}/closure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClosureResource {
    @Inject
    SupportEndService support;
    /** {@code kind} TERMINATION (終結) or SUSPENSION (中断). */
    public record ClosureInput(String kind, Boolean wishConfirmed, String wishText, String reason, String proposedOn) {
    }

    /** {@code followUp} FOLLOW_UP (with {@code followUpUntil}) or NONE; {@code version} of the closure read. */
    public record ConfirmationInput(String confirmedOn, String followUp, String followUpUntil, Long version) {
    }

    public record ClosureDto(UUID id, UUID planId, String kind, boolean wishConfirmed, String wishText, String reason,
                             String status, LocalDate proposedOn, String proposedBy, LocalDate reportedOn,
                             UUID meetingId, LocalDate confirmedOn, String confirmedBy, String followUp,
                             LocalDate followUpUntil, long version) {
        static ClosureDto of(Closure k) {
            return new ClosureDto(k.id(), k.planId(), k.kind().name(), k.wishConfirmed(), k.wishText(), k.reason(),
                    k.status().name(), k.proposedOn(), k.proposedBy(), k.reportedOn(), k.meetingId(), k.confirmedOn(),
                    k.confirmedBy(), k.followUp() == null ? null : k.followUp().name(), k.followUpUntil(), k.version());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@PathParam("id") UUID id, ClosureInput input) {
        ClosureInput in = input == null ? new ClosureInput(null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Closure.Draft d = new Closure.Draft(Inputs.choice(ClosureKind.class, in.kind(), "kind", v),
                Boolean.TRUE.equals(in.wishConfirmed()), in.wishText(), in.reason(),
                Inputs.date(in.proposedOn(), "proposedOn", v));
        Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
        return Response.status(201).entity(ClosureDto.of(support.propose(id, d))).build();
    }

    @GET
    public List<ClosureDto> closures(@PathParam("id") UUID id) {
        return support.closures(id).stream().map(ClosureDto::of).toList();
    }

    /** After a meeting heard it: the case ends (TERMINATED or SUSPENDED). */
    @POST
    @Path("{closureId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClosureDto confirm(@PathParam("id") UUID id, @PathParam("closureId") UUID closureId,
                              ConfirmationInput input) {
        ConfirmationInput in = input == null ? new ConfirmationInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Closure.Confirmation c = new Closure.Confirmation(Inputs.date(in.confirmedOn(), "confirmedOn", v),
                Inputs.choice(Closure.FollowUp.class, in.followUp(), "followUp", v),
                Inputs.date(in.followUpUntil(), "followUpUntil", v));
        Inputs.throwIfUnreadable(v, List.of());
        return ClosureDto.of(support.confirm(id, closureId, c, version));
    }
}
