package jp.tomoni.rest.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

import jp.tomoni.application.jobs.LiaisonService;
import jp.tomoni.domain.jobs.LiaisonMeeting;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;
import jp.tomoni.rest.jobs.JobDto.ContactsDto;
import jp.tomoni.rest.jobs.JobDto.MeetingDto;
import jp.tomoni.rest.jobs.JobInput.AttendanceInput;
import jp.tomoni.rest.jobs.JobInput.MeetingInput;

/**
 * Liaison meetings with partner companies (staff): plan one and invite approved companies, record who
 * attended once it was held (each attendance is a liaison contact of the company's employer), and the
 * contacts with employers per industry and month.
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiaisonResource {
    @Inject
    LiaisonService service;

    /** The meetings, the latest first, with the invited companies. */
    @GET
    @Path("liaison-meetings")
    public List<MeetingDto> meetings() {
        return service.meetings().stream().map(MeetingDto::of).toList();
    }

    /** A meeting and the approved companies invited to it, at least one (201). */
    @POST
    @Path("liaison-meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(MeetingInput input) {
        MeetingInput in = input == null ? new MeetingInput(null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        LiaisonMeeting.Draft d = in.draft(v);
        Set<UUID> companies = JobInput.ids(in.companies(), "companies", v);
        Inputs.throwIfUnreadable(v, d.violations());
        return Response.status(201).entity(MeetingDto.of(service.plan(d, companies))).build();
    }

    /** Who of the invited attended, and the minutes; once, on or after the day it was held. */
    @POST
    @Path("liaison-meetings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingDto attendance(@PathParam("id") UUID id, AttendanceInput input) {
        AttendanceInput in = input == null ? new AttendanceInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Set<UUID> attended = JobInput.ids(in.attended(), "attended", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return MeetingDto.of(service.recordAttendance(id, attended, in.minutes(), version));
    }

    /** Contacts with employers per industry and month over the partnership window, the oldest month first. */
    @GET
    @Path("liaison-meetings/contacts-by-industry")
    public ContactsDto contactsByIndustry() {
        return ContactsDto.of(service.contactsOverTime());
    }
}
