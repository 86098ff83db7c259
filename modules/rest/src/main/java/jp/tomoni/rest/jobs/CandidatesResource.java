package jp.tomoni.rest.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.jobs.CandidateService;
import jp.tomoni.domain.jobs.HiringOutcome;
import jp.tomoni.domain.jobs.SupportRequest;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.rest.casework.Inputs;
import jp.tomoni.rest.jobs.JobDto.CandidateDto;
import jp.tomoni.rest.jobs.JobDto.InterviewDto;
import jp.tomoni.rest.jobs.JobDto.OutcomeDto;
import jp.tomoni.rest.jobs.JobDto.RequestDto;
import jp.tomoni.rest.jobs.JobDto.SupportRequestDto;
import jp.tomoni.rest.jobs.JobInput.AnswerInput;
import jp.tomoni.rest.jobs.JobInput.InterviewInput;
import jp.tomoni.rest.jobs.JobInput.OutcomeInput;
import jp.tomoni.rest.jobs.JobInput.QuestionInput;

/**
 * The company's side of its candidates, only under each person's consent for that company: the
 * candidates, interviews, the outcome, and after a hire its requests for support. The caseworkers'
 * side: the requests about a case, and the answer. A candidate the company may not see does not exist
 * for it (404).
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CandidatesResource {
    @Inject
    CandidateService service;

    /** The caller's company's candidates with their interviews and requests (recruiters). */
    @GET
    @Path("candidates")
    public List<CandidateDto> candidates() {
        return service.candidates().stream().map(CandidateDto::of).toList();
    }

    /** An interview in the future at a place (201). */
    @POST
    @Path("candidates/{interestId}/interviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response interview(@PathParam("interestId") UUID interestId, InterviewInput input) {
        InterviewInput in = input == null ? new InterviewInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Instant startsAt = JobInput.instant(in.startsAt(), "startsAt", v);
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(InterviewDto.of(service.schedule(interestId, startsAt, in.place(), in.note())))
                .build();
    }

    /** How it ended: HIRED (with the first day, {@code startsOn}), NOT_HIRED or DECLINED. */
    @POST
    @Path("candidates/{interestId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutcomeDto outcome(@PathParam("interestId") UUID interestId, OutcomeInput input) {
        OutcomeInput in = input == null ? new OutcomeInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        HiringOutcome outcome = Inputs.choice(HiringOutcome.class, in.outcome(), "outcome", v);
        LocalDate on = Inputs.date(in.outcomeOn(), "outcomeOn", v);
        LocalDate startsOn = Inputs.date(in.startsOn(), "startsOn", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return OutcomeDto.of(service.outcome(interestId, outcome, on, startsOn, version));
    }

    /** After a hire the company asks the person's supporter for support (201). */
    @POST
    @Path("candidates/{interestId}/support-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("interestId") UUID interestId, QuestionInput input) {
        String question = input == null ? null : input.question();
        return Response.status(201).entity(RequestDto.of(service.ask(interestId, question))).build();
    }

    /** The employers' requests about a case, open ones first (those who may read the case). */
    @GET
    @Path("cases/{caseId}/support-requests")
    public List<SupportRequestDto> ofCase(@PathParam("caseId") UUID caseId) {
        return service.requestsOfCase(caseId).stream().map(r -> SupportRequestDto.of(r.request(), r.companyName()))
                .toList();
    }

    /** A caseworker of the case answers; the company reads the answer. Answered once (then 409). */
    @POST
    @Path("support-requests/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public SupportRequestDto answer(@PathParam("id") UUID id, AnswerInput input) {
        AnswerInput in = input == null ? new AnswerInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        CandidateService.CaseRequest r = service.answer(id, in.answer(), version);
        return SupportRequestDto.of(r.request(), r.companyName());
    }
}
