package jp.tomoni.rest.jobs;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.jobs.JobAccess;
import jp.tomoni.application.jobs.PostingService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Accommodation;
import jp.tomoni.domain.jobs.EmploymentType;
import jp.tomoni.domain.jobs.JobBoardRepository.JobQuery;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;
import jp.tomoni.rest.jobs.JobDto.CompanyCard;
import jp.tomoni.rest.jobs.JobDto.PostingDto;
import jp.tomoni.rest.jobs.JobInput.DecisionInput;
import jp.tomoni.rest.jobs.JobInput.PostingInput;
import jp.tomoni.rest.jobs.JobInput.RenewInput;
import jp.tomoni.rest.jobs.JobInput.VersionInput;

/**
 * Job postings: everyone who may read jobs searches the open ones; a recruiter writes, submits,
 * changes, renews, duplicates and closes its company's; staff review them.
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {
    static final int QUERY_MAX = 200;

    @Inject
    PostingService service;

    /**
     * Open postings that match, the newest first: words ({@code q}), {@code type} and {@code accommodation}
     * repeatable, the flags {@code shortHours}, {@code trial}, {@code disability}, {@code returners}
     * ({@code true}), and the company's {@code industry} (a JSIC letter).
     */
    @GET
    @Path("jobs")
    public List<PostingDto> search(@QueryParam("q") String q, @QueryParam("type") List<String> types,
                                   @QueryParam("shortHours") String shortHours, @QueryParam("trial") String trial,
                                   @QueryParam("disability") String disability, @QueryParam("returners") String returners,
                                   @QueryParam("accommodation") List<String> accommodations,
                                   @QueryParam("industry") String industry) {
        List<FieldViolation> v = new ArrayList<>();
        if (q != null && q.length() > QUERY_MAX) {
            v.add(FieldViolation.of("q", "tooLong", QUERY_MAX));
        }
        JobQuery query = new JobQuery(q, Inputs.choices(EmploymentType.class, types, "type", v),
                JobInput.flag(shortHours, "shortHours", v), JobInput.flag(trial, "trial", v),
                JobInput.flag(disability, "disability", v), JobInput.flag(returners, "returners", v),
                Inputs.choices(Accommodation.class, accommodations, "accommodation", v),
                Inputs.choice(Industry.class, industry, "industry", v));
        Inputs.throwIfUnreadable(v, List.of());
        return service.open(query).stream()
                .map(o -> PostingDto.open(o.posting(), CompanyCard.open(o.companyName(), o.industry()), null)).toList();
    }

    /** The caller's company's postings in every state, the newest first (recruiters). */
    @GET
    @Path("jobs/mine")
    public List<PostingDto> mine() {
        return service.mine().stream().map(p -> PostingDto.own(p, null)).toList();
    }

    /** Postings for staff to look at: waiting ones, and trusted companies' public ones not yet reviewed. */
    @GET
    @Path("jobs/review")
    public List<PostingDto> toReview() {
        return service.toReview().stream().map(x -> PostingDto.staff(x.posting(), CompanyCard.managed(x.company())))
                .toList();
    }

    /**
     * One posting as the caller may see it: staff any, its company in any state, everyone else only while
     * it is open (otherwise 404). People looking for work also learn whether they said "interested".
     */
    @GET
    @Path("jobs/{id}")
    public PostingDto get(@PathParam("id") UUID id) {
        PostingService.PostingView view = service.view(id);
        CurrentTenant t = TenantContext.require();
        if (JobAccess.isStaff(t)) {
            return PostingDto.staff(view.posting(), CompanyCard.managed(view.company()));
        }
        if (JobAccess.isRecruiter(t) && view.company().account().equals(t.actor())) {
            return PostingDto.own(view.posting(), CompanyCard.managed(view.company()));
        }
        return PostingDto.open(view.posting(), CompanyCard.open(view.company()),
                JobAccess.isSeeker(t) ? view.interested() : null);
    }

    /** A new draft of the caller's company (201); it is submitted separately. */
    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(PostingInput input, @Context UriInfo uri) {
        PostingInput in = input == null ? PostingInput.empty() : input;
        List<FieldViolation> v = new ArrayList<>();
        JobPosting.Draft d = in.draft(v);
        Inputs.throwIfUnreadable(v, d.violations());
        JobPosting p = service.write(d);
        URI location = uri.getAbsolutePathBuilder().path(p.id().toString()).build();
        return Response.created(location).entity(PostingDto.own(p, null)).build();
    }

    /** Changes what the posting read at {@code version} says; a public one of an untrusted company goes back to review. */
    @PUT
    @Path("jobs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostingDto change(@PathParam("id") UUID id, PostingInput input) {
        PostingInput in = input == null ? PostingInput.empty() : input;
        List<FieldViolation> v = new ArrayList<>();
        JobPosting.Draft d = in.draft(v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, d.violations());
        return PostingDto.own(service.change(id, d, version), null);
    }

    /** Sends a draft (or one sent back) to staff; a trusted company's is public at once. */
    @POST
    @Path("jobs/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostingDto submit(@PathParam("id") UUID id, VersionInput input) {
        return PostingDto.own(service.submit(id, version(input)), null);
    }

    @POST
    @Path("jobs/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostingDto close(@PathParam("id") UUID id, VersionInput input) {
        return PostingDto.own(service.close(id, version(input)), null);
    }

    /** A public or closed posting gets a new closing date. */
    @POST
    @Path("jobs/{id}/renew")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostingDto renew(@PathParam("id") UUID id, RenewInput input) {
        RenewInput in = input == null ? new RenewInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        var closesOn = Inputs.date(in.closesOn(), "closesOn", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return PostingDto.own(service.renew(id, closesOn, version), null);
    }

    /** A new draft with what the posting says, without a closing date (201). */
    @POST
    @Path("jobs/{id}/duplicate")
    public Response duplicate(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @Context UriInfo uri) {
        JobPosting copy = service.duplicate(id);
        URI location = uri.getBaseUriBuilder().path("t").path(tenant).path("jobs").path(copy.id().toString()).build();
        return Response.created(location).entity(PostingDto.own(copy, null)).build();
    }

    /** Staff approve ({@code approve: true}) or send back / take down with a {@code reason}. */
    @POST
    @Path("jobs/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostingDto decide(@PathParam("id") UUID id, DecisionInput input) {
        DecisionInput in = input == null ? new DecisionInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        JobInput.requireFlag(in.approve(), "approve", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        JobPosting p = in.approve() ? service.approve(id, version) : service.reject(id, in.reason(), version);
        return PostingDto.staff(p, null);
    }

    static long version(VersionInput input) {
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(input == null ? null : input.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return version;
    }
}
