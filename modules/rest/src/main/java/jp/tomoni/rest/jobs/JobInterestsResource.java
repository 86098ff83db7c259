package jp.tomoni.rest.jobs;

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

import jp.tomoni.application.jobs.InterestService;
import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;
import jp.tomoni.rest.jobs.JobDto.MyInterestDto;
import jp.tomoni.rest.jobs.JobDto.RetentionDto;
import jp.tomoni.rest.jobs.JobDto.StaffInterestDto;
import jp.tomoni.rest.jobs.JobInput.InterestInput;
import jp.tomoni.rest.jobs.JobInput.NotPassInput;
import jp.tomoni.rest.jobs.JobInput.PassInput;
import jp.tomoni.rest.jobs.JobInput.RetentionInput;
import jp.tomoni.rest.jobs.JobInput.VersionInput;

/**
 * "Interested": a person says it on an open posting and may take it back; it reaches their employment
 * supporters, who pass it to the company with the person's consent or do not with a reason, and after
 * a hire record the job with its retention plan.
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobInterestsResource {
    @Inject
    InterestService service;

    /** The person says "interested" in an open posting (201); a second time is 400 at {@code postingId}. */
    @POST
    @Path("jobs/{id}/interest")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response express(@PathParam("id") UUID postingId, InterestInput input) {
        String message = input == null ? null : input.message();
        return Response.status(201).entity(MyInterestDto.of(service.express(postingId, message))).build();
    }

    /** The caller's interests, the newest first (people looking for work). */
    @GET
    @Path("job-interests/mine")
    public List<MyInterestDto> mine() {
        return service.mine().stream().map(MyInterestDto::of).toList();
    }

    /** The person takes an interest back, and with it the consent for the company. */
    @POST
    @Path("job-interests/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public MyInterestDto withdraw(@PathParam("id") UUID id, VersionInput input) {
        return MyInterestDto.of(service.withdraw(id, JobsResource.version(input)));
    }

    /** The supporters' list: every interest still to handle, then the latest handled (staff). */
    @GET
    @Path("job-interests")
    public List<StaffInterestDto> forSupporters() {
        return service.forSupporters().stream().map(StaffInterestDto::of).toList();
    }

    /** Passes the interest to the company with the person's consent: the day and how it was given. */
    @POST
    @Path("job-interests/{id}/pass")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffInterestDto pass(@PathParam("id") UUID id, PassInput input) {
        PassInput in = input == null ? new PassInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        LocalDate consentOn = Inputs.date(in.consentOn(), "consentOn", v);
        ConsentMethod method = Inputs.choice(ConsentMethod.class, in.consentMethod(), "consentMethod", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return StaffInterestDto.of(service.pass(id, consentOn, method, in.note(), version));
    }

    /** Does not pass it on; the person reads the {@code reason}. */
    @POST
    @Path("job-interests/{id}/not-pass")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffInterestDto notPass(@PathParam("id") UUID id, NotPassInput input) {
        NotPassInput in = input == null ? new NotPassInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return StaffInterestDto.of(service.notPass(id, in.reason(), version));
    }

    /**
     * Records a hire as the person's job with the retention period agreed with them, which opens the
     * retention plan on their case (201: the plan's and the case's ids).
     */
    @POST
    @Path("job-interests/{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retention(@PathParam("id") UUID id, RetentionInput input) {
        RetentionInput in = input == null ? new RetentionInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        if (in.months() == null) {
            v.add(FieldViolation.of("months", "required"));
        }
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(RetentionDto.of(service.startRetention(id, in.months(), version))).build();
    }
}
