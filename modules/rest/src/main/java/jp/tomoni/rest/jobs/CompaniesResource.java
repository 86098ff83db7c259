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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.jobs.CompanyService;
import jp.tomoni.application.jobs.JobAccess;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.rest.casework.Inputs;
import jp.tomoni.rest.jobs.JobDto.CompanyDto;
import jp.tomoni.rest.jobs.JobInput.CompanyInput;
import jp.tomoni.rest.jobs.JobInput.DecisionInput;
import jp.tomoni.rest.jobs.JobInput.TrustInput;

/**
 * Partner companies: a recruiter writes the company's profile ({@code companies/mine}); staff list
 * them, approve or send one back with a reason, and mark an approved one trusted.
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompaniesResource {
    @Inject
    CompanyService service;

    /** The caller's company (recruiters); 404 until they wrote its profile. */
    @GET
    @Path("companies/mine")
    public CompanyDto mine() {
        return service.mine().map(CompanyDto::own).orElseThrow(() -> new NotFoundException(CompanyService.ENTITY));
    }

    /** A recruiter's first profile: it waits for review (201; a second one is 409). */
    @POST
    @Path("companies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(CompanyInput input, @Context UriInfo uri) {
        CompanyInput in = input == null ? CompanyInput.empty() : input;
        List<FieldViolation> v = new ArrayList<>();
        Company.Draft d = in.draft(v);
        Inputs.throwIfUnreadable(v, d.violations());
        Company c = service.submit(d);
        URI location = uri.getAbsolutePathBuilder().path(c.id().toString()).build();
        return Response.created(location).entity(CompanyDto.own(c)).build();
    }

    /** The recruiter changes the profile read at {@code version}; a rename of an approved one is reviewed again. */
    @PUT
    @Path("companies/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyDto change(CompanyInput input) {
        CompanyInput in = input == null ? CompanyInput.empty() : input;
        List<FieldViolation> v = new ArrayList<>();
        Company.Draft d = in.draft(v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, d.violations());
        return CompanyDto.own(service.change(d, version));
    }

    /** Every company of the tenant, waiting ones first (staff). */
    @GET
    @Path("companies")
    public List<CompanyDto> all() {
        return service.all().stream().map(CompanyDto::staff).toList();
    }

    /** One company: staff any, a recruiter only their own. */
    @GET
    @Path("companies/{id}")
    public CompanyDto get(@PathParam("id") UUID id) {
        Company c = service.get(id);
        return JobAccess.isStaff(TenantContext.require()) ? CompanyDto.staff(c) : CompanyDto.own(c);
    }

    /** Staff approve ({@code approve: true}) or send back with a {@code reason}. */
    @POST
    @Path("companies/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyDto decide(@PathParam("id") UUID id, DecisionInput input) {
        DecisionInput in = input == null ? new DecisionInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        JobInput.requireFlag(in.approve(), "approve", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        Company c = in.approve() ? service.approve(id, version) : service.reject(id, in.reason(), version);
        return CompanyDto.staff(c);
    }

    /** Staff mark an approved company trusted (its postings publish at once), or no longer trusted. */
    @PUT
    @Path("companies/{id}/trusted")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyDto trust(@PathParam("id") UUID id, TrustInput input) {
        TrustInput in = input == null ? new TrustInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        JobInput.requireFlag(in.trusted(), "trusted", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return CompanyDto.staff(service.trust(id, in.trusted(), version));
    }
}
