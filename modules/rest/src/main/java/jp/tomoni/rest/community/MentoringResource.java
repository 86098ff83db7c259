package jp.tomoni.rest.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.community.CommunityMentoring;
import jp.tomoni.domain.community.CommunityHelper;
import jp.tomoni.domain.community.CommunityMatch;
import jp.tomoni.domain.community.HelperKind;
import jp.tomoni.domain.community.MatchEvent;
import jp.tomoni.domain.community.MentoringRepository.HelperRow;
import jp.tomoni.domain.community.MentoringRepository.MatchRow;
import jp.tomoni.domain.community.MentoringRepository.SessionRow;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/**
 * Graduate mentors and peer tutors (seed 000 F-1): offers, finding a helper by interests, area and
 * experience, requests, the helper's and staff's decisions on each match, and recorded sessions.
 * Nobody's account or contact details are ever returned: people are their shown names.
 */
@Path("t/{tenant}/community/mentoring")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MentoringResource {
    @Inject
    CommunityMentoring mentoring;

    public record HelperDto(UUID id, String kind, String topics, String area, String experience, String about, String status,
                            LocalDate trainingCompletedOn, LocalDate lastSupervisionOn, long version) {
        static HelperDto of(CommunityHelper h) {
            return h == null ? null : new HelperDto(h.id(), h.kind().name(), h.topics(), h.area(), h.experience(), h.about(),
                    h.status().name(), h.trainingCompletedOn(), h.lastSupervisionOn(), h.version());
        }
    }

    /** A helper as others find them: the shown name and the offer. */
    public record ListedHelperDto(UUID id, String shownName, String kind, String topics, String area, String experience,
                                  String about, int openMatches) {
        static ListedHelperDto of(HelperRow h) {
            return new ListedHelperDto(h.id(), h.shownName(), h.kind().name(), h.topics(), h.area(), h.experience(), h.about(),
                    h.openMatches());
        }
    }

    /** An applied mentor as staff see them, with the training record. */
    public record AppliedMentorDto(UUID id, String shownName, String topics, String area, String experience, String about,
                                   LocalDate trainingCompletedOn, LocalDate lastSupervisionOn, long version) {
        static AppliedMentorDto of(HelperRow h) {
            return new AppliedMentorDto(h.id(), h.shownName(), h.topics(), h.area(), h.experience(), h.about(),
                    h.trainingCompletedOn(), h.lastSupervisionOn(), h.version());
        }
    }

    public record MatchDto(UUID id, String kind, UUID helperId, UUID helperMemberId, String helperName, UUID seekerId,
                           String seekerName, String request, String status, String reason, Instant createdAt, long version) {
        static MatchDto of(MatchRow m) {
            return new MatchDto(m.id(), m.kind().name(), m.helperId(), m.helperMemberId(), m.helperName(), m.seekerId(),
                    m.seekerName(), m.request(), m.status().name(), m.reason(), m.createdAt(), m.version());
        }

        static MatchDto of(CommunityMatch m) {
            return new MatchDto(m.id(), null, m.helperId(), null, null, m.seekerId(), null, m.request(), m.status().name(),
                    m.reason(), null, m.version());
        }
    }

    public record MineDto(UUID memberId, HelperDto mentor, HelperDto tutor, List<MatchDto> matches) {
    }

    @GET
    public MineDto mine() {
        var m = mentoring.mine();
        return new MineDto(m.me().id(), HelperDto.of(m.mentor()), HelperDto.of(m.tutor()),
                m.matches().stream().map(MatchDto::of).toList());
    }

    public record OfferInput(String topics, String area, String experience, String about) {
    }

    /** Applies as a mentor ({@code MENTOR}) or offers tutoring ({@code TUTOR}); again, changes the offer. */
    @PUT
    @Path("offers/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HelperDto offer(@PathParam("kind") String kind, OfferInput input) {
        OfferInput in = input == null ? new OfferInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        HelperKind k = Inputs.choice(HelperKind.class, kind, "kind", v);
        CommunityHelper.Draft d = new CommunityHelper.Draft(in.topics(), in.area(), in.experience(), in.about());
        Inputs.throwIfUnreadable(v, d.violations());
        return HelperDto.of(mentoring.offer(k, d));
    }

    @DELETE
    @Path("offers/{kind}")
    public Response withdraw(@PathParam("kind") String kind) {
        List<FieldViolation> v = new ArrayList<>();
        HelperKind k = Inputs.choice(HelperKind.class, kind, "kind", v);
        Inputs.throwIfUnreadable(v, List.of());
        mentoring.withdraw(k);
        return Response.noContent().build();
    }

    /** Approved helpers taking requests, by words in their interests, area and experience ({@code q}). */
    @GET
    @Path("helpers")
    public List<ListedHelperDto> find(@QueryParam("kind") String kind, @QueryParam("q") String words) {
        List<FieldViolation> v = new ArrayList<>();
        HelperKind k = Inputs.choice(HelperKind.class, kind == null ? "MENTOR" : kind, "kind", v);
        Inputs.throwIfUnreadable(v, List.of());
        return mentoring.find(k, words).stream().map(ListedHelperDto::of).toList();
    }

    public record RequestInput(String helperId, String request) {
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(RequestInput input) {
        RequestInput in = input == null ? new RequestInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID helper = Inputs.uuid(in.helperId(), "helperId", v);
        if (helper == null && v.isEmpty()) {
            v.add(FieldViolation.of("helperId", "required"));
        }
        Inputs.throwIfUnreadable(v, CommunityMatch.violations(in.request()));
        return Response.status(201).entity(MatchDto.of(mentoring.ask(helper, in.request()))).build();
    }

    public record StepInput(String event, String reason, Long version) {
    }

    /** {@code ACCEPT}/{@code DECLINE} (the helper), {@code APPROVE}/{@code REJECT} (staff), {@code END} (either). */
    @POST
    @Path("matches/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public MatchDto step(@PathParam("id") UUID id, StepInput input) {
        StepInput in = input == null ? new StepInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        MatchEvent e = Inputs.choice(MatchEvent.class, in.event(), "event", v);
        if (e == null && v.isEmpty()) {
            v.add(FieldViolation.of("event", "required"));
        }
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return MatchDto.of(mentoring.step(id, e, in.reason(), version));
    }

    public record StaffQueueDto(List<AppliedMentorDto> mentors, List<MatchDto> matches) {
    }

    @GET
    @Path("staff")
    public StaffQueueDto staffQueue() {
        var q = mentoring.staffQueue();
        return new StaffQueueDto(q.mentors().stream().map(AppliedMentorDto::of).toList(),
                q.matches().stream().map(MatchDto::of).toList());
    }

    public record TrainingInput(String trainingCompletedOn, String lastSupervisionOn, Long version) {
    }

    @PUT
    @Path("helpers/{id}/training")
    @Consumes(MediaType.APPLICATION_JSON)
    public HelperDto training(@PathParam("id") UUID id, TrainingInput input) {
        TrainingInput in = input == null ? new TrainingInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        LocalDate training = Inputs.date(in.trainingCompletedOn(), "trainingCompletedOn", v);
        LocalDate supervision = Inputs.date(in.lastSupervisionOn(), "lastSupervisionOn", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return HelperDto.of(mentoring.recordTraining(id, training, supervision, version));
    }

    public record VersionInput(Long version) {
    }

    @POST
    @Path("helpers/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public HelperDto approveMentor(@PathParam("id") UUID id, VersionInput input) {
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(input == null ? null : input.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return HelperDto.of(mentoring.approveMentor(id, version));
    }

    public record SessionInput(String heldOn, Integer minutes, String note) {
    }

    @POST
    @Path("matches/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordSession(@PathParam("id") UUID id, SessionInput input) {
        SessionInput in = input == null ? new SessionInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        LocalDate on = Inputs.date(in.heldOn(), "heldOn", v);
        Inputs.throwIfUnreadable(v, List.of());
        mentoring.recordSession(id, on, in.minutes(), in.note());
        return Response.status(201).build();
    }

    @GET
    @Path("matches/{id}/sessions")
    public List<SessionRow> sessions(@PathParam("id") UUID id) {
        return mentoring.sessions(id);
    }
}
