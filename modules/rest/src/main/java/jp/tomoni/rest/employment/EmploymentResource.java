package jp.tomoni.rest.employment;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.employment.EmploymentDocuments;
import jp.tomoni.application.employment.EmploymentService;
import jp.tomoni.application.employment.RetentionBoard;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseRules;
import jp.tomoni.domain.employment.ContactKind;
import jp.tomoni.domain.employment.ContactMeans;
import jp.tomoni.domain.employment.Employment;
import jp.tomoni.domain.employment.EmploymentRepository;
import jp.tomoni.domain.employment.JobActivity;
import jp.tomoni.domain.employment.JobActivityKind;
import jp.tomoni.domain.employment.JobEndKind;
import jp.tomoni.domain.employment.JobStart;
import jp.tomoni.domain.employment.Readiness;
import jp.tomoni.domain.employment.ReportSharing;
import jp.tomoni.domain.employment.RetentionContact;
import jp.tomoni.domain.employment.RetentionPlan;
import jp.tomoni.domain.employment.RiskAssessment;
import jp.tomoni.domain.employment.RiskLevel;
import jp.tomoni.domain.employment.WarningSign;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/** Employment support and job retention on a case, and the team's retention board. */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmploymentResource {
    @Inject
    EmploymentService service;
    @Inject
    RetentionBoard board;
    @Inject
    EmploymentDocuments documents;

    public record ReadinessInput(String strengths, String barriers, String preferredWork, String hours,
                                 String accommodations, String helloWorkOn, String helloWorkOffice, Long version) {
    }

    public record ActivityInput(String kind, String doneOn, String employer, String note) {
    }

    public record JobInput(String employer, String job, String hours, String startedOn, Boolean trial, Boolean disability,
                           String months, String health, String money, String commuting, String wage) {
    }

    public record JobEndInput(String kind, String endedOn, String reason, JobInput newJob, Long version) {
    }

    public record ContactInput(String planId, String kind, String means, String contactedOn, List<String> signs, String note) {
    }

    public record ExtensionInput(String months, Long version) {
    }

    public record ActivityDto(UUID id, String kind, LocalDate doneOn, String employer, String note, String by) {
        static ActivityDto of(JobActivity a) {
            return new ActivityDto(a.id(), a.kind().name(), a.doneOn(), a.employer(), a.note(), a.createdBy());
        }
    }

    public record JobDto(UUID id, String employer, String job, String hours, LocalDate startedOn, boolean trial,
                         boolean disability, Integer wage, UUID follows, LocalDate endedOn, String endKind, String endReason,
                         long version) {
        static JobDto of(Employment e) {
            return new JobDto(e.id(), e.employer(), e.job(), e.hours(), e.startedOn(), e.trial(), e.disability(), e.wage(),
                    e.follows(), e.endedOn(), e.endKind() == null ? null : e.endKind().name(), e.endReason(), e.version());
        }
    }

    public record PlanDto(UUID id, UUID employmentId, LocalDate startsOn, int months, LocalDate endsOn, String health,
                          String money, String commuting, String owner, String status, LocalDate endedOn, String endNote,
                          long version) {
        static PlanDto of(RetentionPlan p) {
            return new PlanDto(p.id(), p.employmentId(), p.startsOn(), p.months(), p.endsOn(), p.health(), p.money(),
                    p.commuting(), p.owner(), p.status().name(), p.endedOn(), p.endNote(), p.version());
        }
    }

    public record ContactDto(UUID id, UUID planId, String kind, String means, LocalDate contactedOn, List<String> signs,
                             String note, String by) {
        static ContactDto of(RetentionContact c) {
            return new ContactDto(c.id(), c.planId(), c.kind().name(), c.means().name(), c.contactedOn(),
                    c.signs().stream().map(Enum::name).sorted().toList(), c.note(), c.createdBy());
        }
    }

    public record ScheduledDto(UUID id, String kind, String description, String owner, Instant dueAt, String status, long version) {
        static ScheduledDto of(CasePromise p, Instant now) {
            return new ScheduledDto(p.id(), p.kind().name(), p.description(), p.owner(), p.dueAt(),
                    PromiseRules.status(p.promise(), now).name(), p.version());
        }
    }

    public record RiskDto(String level, List<String> reasons) {
        static RiskDto of(RiskAssessment r) {
            return r == null ? null : new RiskDto(r.level().name(), r.reasons());
        }
    }

    public record FileDto(Readiness readiness, long readinessVersion, List<ActivityDto> activities, List<JobDto> jobs,
                          List<PlanDto> plans, List<ContactDto> contacts, List<ScheduledDto> schedule, RiskDto risk) {
    }

    @GET
    @Path("cases/{id}/employment")
    public FileDto file(@PathParam("id") UUID id) {
        var f = service.file(id);
        Instant now = service.now();
        return new FileDto(f.readiness(), f.readinessVersion(), f.activities().stream().map(ActivityDto::of).toList(),
                f.jobs().stream().map(JobDto::of).toList(), f.plans().stream().map(PlanDto::of).toList(),
                f.contacts().stream().map(ContactDto::of).toList(),
                f.schedule().stream().map(p -> ScheduledDto.of(p, now)).toList(), RiskDto.of(f.risk()));
    }

    @PUT
    @Path("cases/{id}/employment/readiness")
    @Consumes(MediaType.APPLICATION_JSON)
    public Readiness readiness(@PathParam("id") UUID id, ReadinessInput input) {
        ReadinessInput in = input == null ? new ReadinessInput(null, null, null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Readiness r = new Readiness(in.strengths(), in.barriers(), in.preferredWork(), in.hours(), in.accommodations(),
                Inputs.date(in.helloWorkOn(), "helloWorkOn", v), in.helloWorkOffice());
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, r.violations());
        return service.writeReadiness(id, r, version);
    }

    @POST
    @Path("cases/{id}/employment/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response activity(@PathParam("id") UUID id, ActivityInput input) {
        ActivityInput in = input == null ? new ActivityInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        JobActivity.Draft d = new JobActivity.Draft(Inputs.choice(JobActivityKind.class, in.kind(), "kind", v),
                Inputs.date(in.doneOn(), "doneOn", v), in.employer(), in.note());
        Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
        return Response.status(201).entity(ActivityDto.of(service.addActivity(id, d))).build();
    }

    /** The person started work: the job and its retention plan, with the monthly schedule. */
    @POST
    @Path("cases/{id}/employment/jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startWork(@PathParam("id") UUID id, JobInput input) {
        List<FieldViolation> v = new ArrayList<>();
        JobStart start = jobStart(input, "", v);
        Inputs.throwIfUnreadable(v, start.violations(true));
        return Response.status(201).entity(PlanDto.of(service.startWork(id, start))).build();
    }

    private static JobStart jobStart(JobInput input, String prefix, List<FieldViolation> v) {
        JobInput in = input == null ? new JobInput(null, null, null, null, null, null, null, null, null, null, null) : input;
        return new JobStart(in.employer(), in.job(), in.hours(), Inputs.date(in.startedOn(), prefix + "startedOn", v),
                Boolean.TRUE.equals(in.trial()), Boolean.TRUE.equals(in.disability()),
                Inputs.integer(in.months(), prefix + "months", v), in.health(), in.money(), in.commuting(),
                Inputs.integer(in.wage(), prefix + "wage", v));
    }

    /** 離職 (not wanted) or 転職 (wanted, with the new job). */
    @POST
    @Path("cases/{id}/employment/jobs/{jobId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public JobDto endJob(@PathParam("id") UUID id, @PathParam("jobId") UUID jobId, JobEndInput input) {
        JobEndInput in = input == null ? new JobEndInput(null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        JobEndKind kind = Inputs.choice(JobEndKind.class, in.kind(), "kind", v);
        LocalDate endedOn = Inputs.date(in.endedOn(), "endedOn", v);
        JobStart next = kind == JobEndKind.CHANGE && in.newJob() != null ? jobStart(in.newJob(), "newJob.", v) : null;
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return JobDto.of(service.endJob(id, jobId, kind, endedOn, in.reason(), next, version));
    }

    @POST
    @Path("cases/{id}/employment/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(@PathParam("id") UUID id, ContactInput input) {
        ContactInput in = input == null ? new ContactInput(null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID planId = Inputs.uuid(in.planId(), "planId", v);
        RetentionContact.Draft d = new RetentionContact.Draft(Inputs.choice(ContactKind.class, in.kind(), "kind", v),
                Inputs.choice(ContactMeans.class, in.means(), "means", v), Inputs.date(in.contactedOn(), "contactedOn", v),
                Inputs.choices(WarningSign.class, in.signs(), "signs", v), in.note());
        Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
        return Response.status(201).entity(ContactDto.of(service.recordContact(id, planId, d))).build();
    }

    @POST
    @Path("cases/{id}/retention-plans/{planId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanDto extend(@PathParam("id") UUID id, @PathParam("planId") UUID planId, ExtensionInput input) {
        ExtensionInput in = input == null ? new ExtensionInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Integer months = Inputs.integer(in.months(), "months", v);
        if (months == null && v.isEmpty()) {
            v.add(FieldViolation.of("months", "required"));
        }
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return PlanDto.of(service.extend(id, planId, months, version));
    }

    public record OutcomeDto(String month, int started, int kept3, int kept6, int kept12, int changes, int incomeUp,
                             int losses) {
    }

    /** Outcomes per month, {@code from} and {@code to} as YYYY-MM (default: the last twelve months). */
    @GET
    @Path("employment-outcomes")
    public List<OutcomeDto> outcomes(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldViolation> v = new ArrayList<>();
        LocalDate f = Inputs.month(from, "from", v);
        LocalDate t = Inputs.month(to, "to", v);
        java.time.YearMonth end = t == null ? java.time.YearMonth.from(Inputs.today()) : java.time.YearMonth.from(t);
        java.time.YearMonth start = f == null ? end.minusMonths(11) : java.time.YearMonth.from(f);
        if (v.isEmpty() && (start.isAfter(end) || start.plusYears(5).isBefore(end))) {
            v.add(FieldViolation.of("from", "invalid"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        return board.outcomes(start, end).stream().map(m -> new OutcomeDto(m.month().toString(), m.started(), m.kept3(),
                m.kept6(), m.kept12(), m.changes(), m.incomeUp(), m.losses())).toList();
    }

    public record PlanEndInput(String endedOn, String note, Long version) {
    }

    @POST
    @Path("cases/{id}/retention-plans/{planId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanDto endPlan(@PathParam("id") UUID id, @PathParam("planId") UUID planId, PlanEndInput input) {
        PlanEndInput in = input == null ? new PlanEndInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        LocalDate on = Inputs.date(in.endedOn(), "endedOn", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return PlanDto.of(service.endPlan(id, planId, on, in.note(), version));
    }

    public record DocumentInput(String kind, String recipient, String agency, String recipientName) {
    }

    /**
     * The 支援レポート or 引き継ぎ書 as PDF. With a recipient it leaves the agency: only under a consent naming
     * that recipient, and logged; without one it is the agency's own copy.
     */
    @POST
    @Path("cases/{id}/employment/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    public Response document(@PathParam("id") UUID id, DocumentInput input) {
        DocumentInput in = input == null ? new DocumentInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        EmploymentDocuments.Kind kind = Inputs.choice(EmploymentDocuments.Kind.class, in.kind(), "kind", v);
        ReportSharing.Recipient recipient = Inputs.choice(ReportSharing.Recipient.class, in.recipient(), "recipient", v);
        if (kind == null && v.isEmpty()) {
            v.add(FieldViolation.of("kind", "required"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        return pdf(documents.report(id, kind, recipient, in.agency(), in.recipientName()));
    }

    private static Response pdf(EmploymentDocuments.Document d) {
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    public record ShareDto(UUID id, String document, String recipient, String recipientName, String agency, UUID consentId,
                           Instant sharedAt, String sharedBy) {
    }

    @GET
    @Path("cases/{id}/employment/shares")
    public List<ShareDto> shares(@PathParam("id") UUID id) {
        return documents.shares(id).stream().map(s -> new ShareDto(s.id(), s.document(), s.recipient().name(), s.recipientName(),
                s.agency(), s.consentId(), s.sharedAt(), s.sharedBy())).toList();
    }

    public record AssistanceEndInput(String endedOn, String months) {
    }

    public record FollowUpDto(String step, int month, LocalDate due) {
    }

    /** Public assistance ended (保護廃止): the follow-up letters, calls and interviews are scheduled. */
    @POST
    @Path("cases/{id}/employment/assistance-end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assistanceEnded(@PathParam("id") UUID id, AssistanceEndInput input) {
        AssistanceEndInput in = input == null ? new AssistanceEndInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        LocalDate on = Inputs.date(in.endedOn(), "endedOn", v);
        Integer months = Inputs.integer(in.months(), "months", v);
        Inputs.throwIfUnreadable(v, jp.tomoni.domain.employment.AfterAssistanceSchedule.violations(on, months, Inputs.today()));
        return Response.status(201).entity(documents.assistanceEnded(id, on, months).stream()
                .map(f -> new FollowUpDto(f.step().name(), f.month(), f.due())).toList()).build();
    }

    /** The letter after public assistance ended, with the desk to call any time. */
    @GET
    @Path("cases/{id}/employment/letter")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") UUID id) {
        return pdf(documents.followUpLetter(id));
    }

    public record BoardRowDto(UUID caseId, String caseNumber, String personName, String employer, String job, String owner,
                              LocalDate startsOn, int months, LocalDate lastContact, Instant nextDue, int missed,
                              String risk, List<String> reasons) {
        static BoardRowDto of(RetentionBoard.Row r) {
            var p = r.plan();
            return new BoardRowDto(p.caseId(), p.caseNumber(), p.personName(), p.employer(), p.job(), p.owner(), p.startsOn(),
                    p.months(), p.lastContact(), p.nextDue(), p.missed(), r.risk().level().name(), r.risk().reasons());
        }
    }

    public record BoardDto(int total, int high, int watch, int matching, List<BoardRowDto> rows, long employmentSupportUsers,
                           long helloWorkRegistered, double helloWorkShare, double helloWorkTarget) {
    }

    /** The retention board, riskiest first: {@code risk} WATCH or HIGH keeps only rows at that risk or above. */
    @GET
    @Path("retention-board")
    public BoardDto board(@QueryParam("mine") boolean mine, @QueryParam("risk") String risk,
                          @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        List<FieldViolation> v = new ArrayList<>();
        RiskLevel atLeast = Inputs.choice(RiskLevel.class, risk, "risk", v);
        Integer lim = Inputs.integer(limit, "limit", v);
        Integer off = Inputs.integer(offset, "offset", v);
        if (lim != null && (lim < 1 || lim > 500)) {
            v.add(FieldViolation.of("limit", "invalid"));
        }
        if (off != null && off < 0) {
            v.add(FieldViolation.of("offset", "invalid"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        var b = board.read(mine, atLeast);
        int from = Math.min(off == null ? 0 : off, b.rows().size());
        int to = Math.min(from + (lim == null ? 100 : lim), b.rows().size());
        return new BoardDto(b.total(), b.high(), b.watch(), b.rows().size(),
                b.rows().subList(from, to).stream().map(BoardRowDto::of).toList(), b.helloWork().users(),
                b.helloWork().registered(), b.helloWork().share(), EmploymentRepository.HelloWorkShare.TARGET);
    }
}
