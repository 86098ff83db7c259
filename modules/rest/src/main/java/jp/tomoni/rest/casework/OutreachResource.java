package jp.tomoni.rest.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.casework.OutreachService;
import jp.tomoni.domain.casework.Outreach;
import jp.tomoni.domain.casework.OutreachDraft;
import jp.tomoni.domain.casework.OutreachRoute;
import jp.tomoni.domain.shared.FieldViolation;

/** 把握・アウトリーチ records of one tenant. */
@Path("t/{tenant}/outreach")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutreachResource {
    @Inject
    OutreachService service;

    public record OutreachInput(String foundOn, String route, String place, String foundBy, String person,
                                String summary, String followUp, Long version) {
        OutreachDraft toDraft() {
            List<FieldViolation> v = new ArrayList<>();
            OutreachDraft d = new OutreachDraft(Inputs.date(foundOn, "foundOn", v),
                    Inputs.choice(OutreachRoute.class, route, "route", v), place, foundBy, person, summary, followUp);
            Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
            return d;
        }
    }

    public record OutreachDto(UUID id, LocalDate foundOn, String route, String place, String foundBy, String person,
                              String summary, String followUp, UUID caseId, String createdBy, Instant createdAt,
                              long version) {
        static OutreachDto of(Outreach o) {
            OutreachDraft d = o.draft();
            return new OutreachDto(o.id(), d.foundOn(), d.route().name(), d.place(), d.foundBy(), d.person(),
                    d.summary(), d.followUp(), o.caseId(), o.createdBy(), o.createdAt(), o.version());
        }
    }

    @GET
    public List<OutreachDto> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        return service.recent(limit).stream().map(OutreachDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(OutreachInput input) {
        OutreachInput in = input == null ? new OutreachInput(null, null, null, null, null, null, null, null) : input;
        return Response.status(201).entity(OutreachDto.of(service.record(in.toDraft()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutreachDto change(@PathParam("id") UUID id, OutreachInput input) {
        OutreachInput in = input == null ? new OutreachInput(null, null, null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return OutreachDto.of(service.change(id, in.toDraft(), version));
    }
}
