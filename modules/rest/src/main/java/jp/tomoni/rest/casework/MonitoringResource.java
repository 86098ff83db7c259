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

/** モニタリング of the plan in delivery. */
@Path("t/{tenant}/cases/{id}/monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {
    @Inject
    SupportEndService support;

    /** {@code nextMonitoring}: a month, {@code 2026-08}. */
    public record MonitoringInput(String monitoredOn, String goalProgress, String notes, String nextMonitoring) {
    }

    public record MonitoringDto(UUID id, UUID planId, LocalDate monitoredOn, String goalProgress, String notes,
                                LocalDate nextMonitoring, Instant createdAt, String createdBy) {
        static MonitoringDto of(Monitoring m) {
            return new MonitoringDto(m.id(), m.planId(), m.monitoredOn(), m.goalProgress(), m.notes(), m.nextMonitoring(),
                    m.createdAt(), m.createdBy());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response monitor(@PathParam("id") UUID id, MonitoringInput input) {
        MonitoringInput in = input == null ? new MonitoringInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Monitoring.Draft d = new Monitoring.Draft(Inputs.date(in.monitoredOn(), "monitoredOn", v), in.goalProgress(),
                in.notes(), Inputs.month(in.nextMonitoring(), "nextMonitoring", v));
        Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
        return Response.status(201).entity(MonitoringDto.of(support.monitor(id, d))).build();
    }

    @GET
    public List<MonitoringDto> monitoring(@PathParam("id") UUID id) {
        return support.monitoring(id).stream().map(MonitoringDto::of).toList();
    }
}
