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

/** 評価シート of a case. */
@Path("t/{tenant}/cases/{id}/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationsResource {
    @Inject
    SupportEndService support;
    /** Attainment ACHIEVED / PARTLY / NOT_ACHIEVED; {@code improvements}: checklist codes. */
    public record EvaluationInput(String evaluatedOn, String personAttainment, String workerAttainment,
                                  String personComment, String workerComment, List<String> improvements,
                                  String nextPolicy) {
    }

    public record EvaluationDto(UUID id, UUID planId, LocalDate evaluatedOn, String personAttainment,
                                String workerAttainment, String personComment, String workerComment,
                                List<String> improvements, String nextPolicy, Instant createdAt, String createdBy) {
        static EvaluationDto of(Evaluation e) {
            var d = e.draft();
            return new EvaluationDto(e.id(), e.planId(), d.evaluatedOn(), d.personAttainment().name(),
                    d.workerAttainment().name(), d.personComment(), d.workerComment(),
                    d.improvements().stream().sorted().toList(), d.nextPolicy(), e.createdAt(), e.createdBy());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response evaluate(@PathParam("id") UUID id, EvaluationInput input) {
        EvaluationInput in = input == null ? new EvaluationInput(null, null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Evaluation.Draft d = new Evaluation.Draft(Inputs.date(in.evaluatedOn(), "evaluatedOn", v),
                Inputs.choice(Attainment.class, in.personAttainment(), "personAttainment", v),
                Inputs.choice(Attainment.class, in.workerAttainment(), "workerAttainment", v), in.personComment(),
                in.workerComment(), in.improvements() == null ? null : new HashSet<>(in.improvements()), in.nextPolicy());
        Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
        return Response.status(201).entity(EvaluationDto.of(support.evaluate(id, d))).build();
    }

    @GET
    public List<EvaluationDto> evaluations(@PathParam("id") UUID id) {
        return support.evaluations(id).stream().map(EvaluationDto::of).toList();
    }
}
