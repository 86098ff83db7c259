package jp.tomoni.rest.casework;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.casework.CaseRecords;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.domain.casework.AccessLogEntry;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.CaseStatus;
import jp.tomoni.domain.casework.CaseloadQuery;
import jp.tomoni.domain.casework.CaseloadRow;
import jp.tomoni.domain.casework.NoteDraft;
import jp.tomoni.domain.casework.NoteMeans;
import jp.tomoni.domain.casework.ProgressNote;
import jp.tomoni.domain.casework.ReferralDestination;
import jp.tomoni.domain.casework.ReferralDraft;
import jp.tomoni.domain.casework.ReferralStatus;
import jp.tomoni.domain.casework.Screening;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.TimelineEvent;
import jp.tomoni.domain.shared.FieldViolation;

/**
 * Cases of one tenant: caseload, intake, the case file, consent, referrals, progress records and timeline.
 *
 * <p>One instance for all requests (it holds only injected services; per-request values come as
 * method parameters): creating and injecting a request-scoped instance per request was ~5 % of
 * Payara's CPU in the caseload benchmark.
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {
    @Inject
    CaseService cases;
    @Inject
    CaseRecords records;

    /** The caseload: filter by {@code status} and {@code worker}, sort by {@code nextDue|received|caseNumber}. */
    @GET
    @Path("cases")
    public List<CaseloadRow> caseload(@QueryParam("status") String status, @QueryParam("worker") String worker,
                                      @QueryParam("sort") @DefaultValue("NEXT_DUE") String sort,
                                      @QueryParam("offset") @DefaultValue("0") int offset,
                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        List<FieldViolation> v = new ArrayList<>();
        CaseStatus s = Inputs.choice(CaseStatus.class, status, "status", v);
        CaseloadQuery.Sort order = Inputs.choice(CaseloadQuery.Sort.class, sort, "sort", v);
        Inputs.throwIfUnreadable(v, List.of());
        return cases.caseload(new CaseloadQuery(s, worker == null || worker.isBlank() ? null : worker, order, offset,
                limit, null));
    }

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerIntake(IntakeInput input, @Context UriInfo uri) {
        IntakeInput in = input == null ? empty() : input;
        SupportCase c = cases.registerIntake(in.toDraft(), in.consent() == null ? null : in.consent().toDraft());
        URI location = uri.getAbsolutePathBuilder().path(c.id().toString()).build();
        return Response.created(location).entity(CaseDto.of(cases.file(c.id()))).build();
    }

    @GET
    @Path("cases/{id}")
    public CaseDto get(@PathParam("id") UUID id) {
        return CaseDto.of(cases.file(id));
    }

    /** Send back the {@code version} you read: someone else's newer save answers 409 and nothing changes. */
    @PUT
    @Path("cases/{id}/intake")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDto changeIntake(@PathParam("id") UUID id, IntakeInput input) {
        IntakeInput in = input == null ? empty() : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        cases.changeIntake(id, in.toDraft(), version);
        return CaseDto.of(cases.file(id));
    }

    public record ScreeningInput(String screening, Long version) {
    }

    @POST
    @Path("cases/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDto screen(@PathParam("id") UUID id, ScreeningInput input) {
        ScreeningInput in = input == null ? new ScreeningInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Screening s = Inputs.choice(Screening.class, in.screening(), "screening", v);
        long version = Inputs.version(in.version(), v);
        if (s == null && v.stream().noneMatch(f -> f.field().equals("screening"))) {
            v.add(FieldViolation.of("screening", "required"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        cases.screen(id, s, version);
        return CaseDto.of(cases.file(id));
    }

    @POST
    @Path("cases/{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response giveConsent(@PathParam("id") UUID id, ConsentInput input) {
        ConsentInput in = input == null ? new ConsentInput(null, null, null, null, null) : input;
        var consent = cases.giveConsent(id, in.toDraft());
        return Response.status(201).entity(CaseDto.ConsentDto.of(consent)).build();
    }

    /** Revoking takes effect on the partner's next request. */
    @POST
    @Path("cases/{id}/consents/{consentId}/revocation")
    public CaseDto.ConsentDto revokeConsent(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId) {
        return CaseDto.ConsentDto.of(cases.revokeConsent(id, consentId));
    }

    public record ReferralInput(String destination, String destinationName, String reason, String sentOn,
                                String dueOn) {
    }

    @POST
    @Path("cases/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refer(@PathParam("id") UUID id, ReferralInput input) {
        ReferralInput in = input == null ? new ReferralInput(null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        ReferralDraft draft = new ReferralDraft(Inputs.choice(ReferralDestination.class, in.destination(), "destination", v),
                in.destinationName(), in.reason(), Inputs.date(in.sentOn(), "sentOn", v), Inputs.date(in.dueOn(), "dueOn", v));
        Inputs.throwIfUnreadable(v, draft.violations(Inputs.today()));
        return Response.status(201).entity(CaseDto.ReferralDto.of(records.refer(id, draft), Inputs.today())).build();
    }

    public record AnswerInput(String status, String outcome, Long version) {
    }

    @POST
    @Path("cases/{id}/referrals/{referralId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDto.ReferralDto answer(@PathParam("id") UUID id, @PathParam("referralId") UUID referralId,
                                      AnswerInput input) {
        AnswerInput in = input == null ? new AnswerInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        ReferralStatus status = Inputs.choice(ReferralStatus.class, in.status(), "status", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return CaseDto.ReferralDto.of(records.answerReferral(id, referralId, status, in.outcome(), version),
                Inputs.today());
    }

    public record NoteInput(String occurredAt, String means, String counterpart, String body) {
    }

    public record NoteDto(UUID id, Instant occurredAt, String means, String staff, String counterpart, String body) {
        static NoteDto of(ProgressNote n) {
            return new NoteDto(n.id(), n.occurredAt(), n.means().name(), n.staff(), n.counterpart(), n.body());
        }
    }

    @GET
    @Path("cases/{id}/notes")
    public List<NoteDto> notes(@PathParam("id") UUID id) {
        return records.notes(id).stream().map(NoteDto::of).toList();
    }

    @POST
    @Path("cases/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") UUID id, NoteInput input) {
        NoteInput in = input == null ? new NoteInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        NoteDraft draft = new NoteDraft(Inputs.instant(in.occurredAt(), "occurredAt", v),
                Inputs.choice(NoteMeans.class, in.means(), "means", v), in.counterpart(), in.body());
        Inputs.throwIfUnreadable(v, draft.violations(Instant.now()));
        return Response.status(201).entity(NoteDto.of(records.addNote(id, draft))).build();
    }

    @GET
    @Path("cases/{id}/timeline")
    public List<TimelineEvent> timeline(@PathParam("id") UUID id) {
        return records.timeline(id);
    }

    public record AssignInput(String worker, Long version) {
    }

    @PUT
    @Path("cases/{id}/worker")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDto assign(@PathParam("id") UUID id, AssignInput input) {
        AssignInput in = input == null ? new AssignInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        cases.assign(id, in.worker(), version);
        return CaseDto.of(cases.file(id));
    }

    @GET
    @Path("cases/{id}/access-log")
    public List<AccessLogEntry> accessLog(@PathParam("id") UUID id) {
        return cases.accessLog(id);
    }

    public record TransferInput(String from, String to) {
    }

    /** A staff change: every open case of {@code from} moves to {@code to}. */
    @POST
    @Path("caseload-transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> transfer(TransferInput input) {
        TransferInput in = input == null ? new TransferInput(null, null) : input;
        return Map.of("moved", cases.transferCaseload(in.from(), in.to()));
    }

    @GET
    @Path("agencies")
    public List<Agency> agencies() {
        return cases.agencies();
    }

    private static IntakeInput empty() {
        return new IntakeInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

}
