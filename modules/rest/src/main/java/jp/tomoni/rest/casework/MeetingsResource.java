package jp.tomoni.rest.casework;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.casework.MeetingService;
import jp.tomoni.domain.casework.meeting.Attendee;
import jp.tomoni.domain.casework.meeting.MeetingDraft;
import jp.tomoni.domain.casework.meeting.MeetingKind;
import jp.tomoni.domain.casework.meeting.MeetingOutcome;
import jp.tomoni.domain.casework.meeting.MeetingRepository;
import jp.tomoni.domain.casework.meeting.MeetingStatus;
import jp.tomoni.domain.casework.plan.MeetingTrigger;
import jp.tomoni.domain.shared.FieldViolation;

/** 支援調整会議 of a tenant and the cases waiting for one. */
@Path("t/{tenant}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {
    @Inject
    MeetingService meetings;

    public record AttendeeInput(String name, String organization, Boolean municipal) {
    }

    /** {@code trigger} PLAN_CREATION/REPLAN with {@code planId}, TERMINATION/SUSPENSION with {@code closureId}. */
    public record CaseInput(String caseId, String planId, String closureId, String trigger, String outcome,
                            String minutes) {
    }

    public record MeetingInput(String kind, String heldOn, String place, String status, List<AttendeeInput> attendees,
                               List<CaseInput> cases, List<String> missingResources, Long version) {
        MeetingDraft toDraft(List<FieldViolation> v) {
            List<Attendee> a = attendees == null ? List.of() : attendees.stream()
                    .map(x -> new Attendee(x.name(), x.organization(), Boolean.TRUE.equals(x.municipal()))).toList();
            List<MeetingDraft.Item> items = new ArrayList<>();
            if (cases != null) {
                for (int i = 0; i < cases.size(); i++) {
                    CaseInput c = cases.get(i);
                    String f = "cases[" + i + "].";
                    items.add(new MeetingDraft.Item(Inputs.uuid(c.caseId(), f + "caseId", v),
                            Inputs.uuid(c.planId(), f + "planId", v), Inputs.uuid(c.closureId(), f + "closureId", v),
                            Inputs.choice(MeetingTrigger.class, c.trigger(), f + "trigger", v),
                            Inputs.choice(MeetingOutcome.class, c.outcome(), f + "outcome", v), c.minutes()));
                }
            }
            return new MeetingDraft(Inputs.choice(MeetingKind.class, kind, "kind", v), Inputs.date(heldOn, "heldOn", v),
                    place, status == null ? MeetingStatus.SCHEDULED : Inputs.choice(MeetingStatus.class, status, "status", v),
                    a, items, missingResources);
        }
    }

    public record AttendeeDto(String name, String organization, boolean municipal) {
    }

    public record CaseDto(UUID caseId, UUID planId, UUID closureId, String trigger, String outcome, String minutes) {
    }

    public record MeetingDto(UUID id, String kind, LocalDate heldOn, String place, String status,
                             List<AttendeeDto> attendees, List<CaseDto> cases, List<String> missingResources,
                             long version) {
        static MeetingDto of(MeetingService.MeetingFile f) {
            var m = f.meeting();
            return new MeetingDto(m.id(), m.kind().name(), m.heldOn(), m.place(), m.status().name(),
                    m.attendees().stream().map(a -> new AttendeeDto(a.name(), a.organization(), a.municipal())).toList(),
                    f.cases().stream().map(c -> new CaseDto(c.caseId(), c.planId(), c.closureId(), c.trigger().name(),
                            c.outcome() == null ? null : c.outcome().name(), c.minutes())).toList(),
                    m.missingResources(), m.version());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MeetingInput input, @Context UriInfo uri) {
        MeetingInput in = input == null ? new MeetingInput(null, null, null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        MeetingDraft draft = in.toDraft(v);
        Inputs.throwIfUnreadable(v, draft.violations(Inputs.today()));
        MeetingDto m = MeetingDto.of(meetings.create(draft));
        URI location = uri.getAbsolutePathBuilder().path(m.id().toString()).build();
        return Response.created(location).entity(m).build();
    }

    @GET
    public List<MeetingDto> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        return meetings.meetings(limit).stream().map(MeetingDto::of).toList();
    }

    @GET
    @Path("agenda-candidates")
    public List<MeetingService.AgendaCandidate> agendaCandidates() {
        return meetings.agendaCandidates();
    }

    @GET
    @Path("{meetingId}")
    public MeetingDto get(@PathParam("meetingId") UUID meetingId) {
        return MeetingDto.of(meetings.meeting(meetingId));
    }

    /** The whole meeting as the caller last read it ({@code version}): a stale save answers 409. */
    @PUT
    @Path("{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingDto update(@PathParam("meetingId") UUID meetingId, MeetingInput input) {
        MeetingInput in = input == null ? new MeetingInput(null, null, null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        MeetingDraft draft = in.toDraft(v);
        Inputs.throwIfUnreadable(v, draft.violations(Inputs.today()));
        return MeetingDto.of(meetings.update(meetingId, draft, version));
    }
}
