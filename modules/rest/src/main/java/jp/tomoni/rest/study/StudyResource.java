package jp.tomoni.rest.study;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.study.StudyBookings;
import jp.tomoni.application.study.StudyFamilies;
import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.study.StudyTutors;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.study.ChildDraft;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.GroupDraft;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.StudyRepository.FamilyBooking;
import jp.tomoni.domain.study.StudyRepository.Group;
import jp.tomoni.domain.study.StudyRepository.Session;
import jp.tomoni.domain.study.StudyRepository.Tutor;
import jp.tomoni.domain.study.StudySeries;
import jp.tomoni.rest.casework.Inputs;

/**
 * Children's study support (seed 000 D-6): a guardian's family and children, the study groups for their
 * grades, bookings of one session or the whole series with a waitlist, cancellations, the family's
 * calendar link; for the NPO's staff, groups, their series, moved and cancelled dates, rosters,
 * attendance, learning notes and tutors' clearance. Children's data goes only to their guardians and,
 * name and grade only, to the people of the sessions they are booked in.
 */
@Path("t/{tenant}/study")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudyResource {
    @Inject
    StudyFamilies families;
    @Inject
    StudyGroups groups;
    @Inject
    StudyBookings bookings;
    @Inject
    StudyTutors tutors;

    // ---- the family

    public record ChildDto(UUID id, String name, String furigana, String school, int grade, String gradeLabel, long version) {
        static ChildDto of(Child c) {
            return new ChildDto(c.id(), c.name(), c.furigana(), c.school(), c.grade(), Grade.label(c.grade()), c.version());
        }
    }

    public record SessionDto(UUID id, UUID groupId, String groupTitle, LocalDate seriesDate, Instant startsAt, int minutes,
                             String place, int capacity, int confirmed, int waiting, boolean cancelled, boolean moved,
                             long version) {
        static SessionDto of(Session s) {
            return new SessionDto(s.id(), s.groupId(), s.groupTitle(), s.seriesDate(), s.startsAt(), s.minutes(), s.place(),
                    s.capacity(), s.confirmed(), s.waiting(), s.cancelled(), s.moved(), s.version());
        }
    }

    public record FamilyBookingDto(UUID id, UUID childId, String childName, String status, int waitPosition, Boolean attended,
                                   String note, String agencyName, SessionDto session) {
        static FamilyBookingDto of(FamilyBooking fb) {
            var b = fb.booking();
            return new FamilyBookingDto(b.id(), b.childId(), b.childName(), b.status().name(), fb.waitPosition(), b.attended(),
                    b.note(), fb.agencyName(), SessionDto.of(fb.session()));
        }
    }

    public record FamilyDto(UUID id, boolean absenceToWorker, long version, List<String> guardians, List<ChildDto> children,
                            List<FamilyBookingDto> upcoming, List<FamilyBookingDto> history, boolean calendarFeed) {
    }

    @GET
    @Path("family")
    public FamilyDto family() {
        var p = families.mine();
        return new FamilyDto(p.family() == null ? null : p.family().id(), p.family() != null && p.family().absenceToWorker(),
                p.family() == null ? 0 : p.family().version(), p.guardians(), p.children().stream().map(ChildDto::of).toList(),
                p.upcoming().stream().map(FamilyBookingDto::of).toList(), p.history().stream().map(FamilyBookingDto::of).toList(),
                p.calendarFeed());
    }

    public record ChildInput(String name, String furigana, String school, Integer grade, Long version) {
        ChildDraft draft() {
            return new ChildDraft(name, furigana, school, grade);
        }
    }

    @POST
    @Path("family/children")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addChild(ChildInput input) {
        ChildInput in = input == null ? new ChildInput(null, null, null, null, null) : input;
        return Response.status(201).entity(Map.of("id", families.addChild(in.draft()))).build();
    }

    @PUT
    @Path("family/children/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateChild(@PathParam("id") String id, ChildInput input) {
        ChildInput in = input == null ? new ChildInput(null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID childId = Inputs.uuid(id, "id", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        families.updateChild(childId, in.draft(), version);
        return Response.noContent().build();
    }

    @DELETE
    @Path("family/children/{id}")
    public Response removeChild(@PathParam("id") String id) {
        families.removeChild(Inputs.pathId(id, "id"));
        return Response.noContent().build();
    }

    public record CodeDto(String code, Instant expiresAt) {
    }

    @POST
    @Path("family/invite")
    public CodeDto invite() {
        var code = families.invite();
        return new CodeDto(code.shown(), code.expiresAt());
    }

    public record JoinInput(String code) {
    }

    @POST
    @Path("family/join")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(JoinInput input) {
        families.join(input == null ? null : input.code());
        return Response.noContent().build();
    }

    public record SettingsInput(Boolean absenceToWorker, Long version) {
    }

    @PUT
    @Path("family/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response settings(SettingsInput input) {
        SettingsInput in = input == null ? new SettingsInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        if (in.absenceToWorker() == null) {
            v.add(FieldViolation.of("absenceToWorker", "required"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        families.absenceToWorker(in.absenceToWorker(), version);
        return Response.noContent().build();
    }

    public record FeedDto(String url) {
    }

    /** A new secret calendar link (the old one stops working). */
    @POST
    @Path("family/calendar")
    public FeedDto newFeed(@PathParam("tenant") String tenant, @Context UriInfo uri) {
        String token = families.newCalendarFeed();
        return new FeedDto(uri.getBaseUriBuilder().path("calendar").path(tenant).path(token + ".ics").build().toString());
    }

    @DELETE
    @Path("family/calendar")
    public Response revokeFeed() {
        families.revokeCalendarFeed();
        return Response.noContent().build();
    }

    // ---- groups

    public record TutorDto(UUID memberId, String shownName, LocalDate trainedOn, LocalDate checkedOn, Instant approvedAt,
                           Instant revokedAt, boolean assignable, long version) {
        static TutorDto of(Tutor t) {
            return new TutorDto(t.memberId(), t.shownName(), t.trainedOn(), t.checkedOn(), t.approvedAt(), t.revokedAt(),
                    t.assignable(), t.version());
        }
    }

    public record GroupDto(UUID id, String agency, String agencyName, String title, int gradeFrom, int gradeTo, String grades,
                           String place, int capacity, int cutoffHours, int reminderHours, String weekday, String startTime,
                           int minutes, long version) {
        static GroupDto of(Group g) {
            return new GroupDto(g.id(), g.agency(), g.agencyName(), g.title(), g.gradeFrom(), g.gradeTo(),
                    Grade.span(g.gradeFrom(), g.gradeTo()), g.place(), g.capacity(), g.cutoffHours(), g.reminderHours(),
                    g.weekday().name(), g.startTime().toString(), g.minutes(), g.version());
        }
    }

    public record GroupForFamilyDto(GroupDto group, List<UUID> childIds, List<String> tutors, SessionDto next) {
    }

    /** The groups for the guardian's children's grades. */
    @GET
    @Path("family/groups")
    public List<GroupForFamilyDto> groupsForFamily() {
        return groups.forMyFamily().stream().map(g -> new GroupForFamilyDto(GroupDto.of(g.group()),
                g.children().stream().map(Child::id).toList(), g.tutors().stream().map(Tutor::shownName).toList(),
                g.next() == null ? null : SessionDto.of(g.next()))).toList();
    }

    public record AgencyDto(String alias, String name) {
    }

    @GET
    @Path("agencies")
    public List<AgencyDto> agencies() {
        return groups.agencies().stream().map(a -> new AgencyDto(a.alias(), a.name())).toList();
    }

    /** Groups the caller runs or tutors. */
    @GET
    @Path("groups")
    public List<GroupDto> runnable() {
        return groups.runnable().stream().map(GroupDto::of).toList();
    }

    public record GroupInput(String agency, String title, Integer gradeFrom, Integer gradeTo, String place, Integer capacity,
                             String weekday, String startTime, Integer minutes, Integer cutoffHours, Integer reminderHours,
                             Long version) {
        GroupDraft draft(List<FieldViolation> v) {
            DayOfWeek day = Inputs.choice(DayOfWeek.class, weekday, "weekday", v);
            LocalTime time = null;
            if (startTime != null && !startTime.isBlank()) {
                try {
                    time = LocalTime.parse(startTime.strip());
                } catch (DateTimeParseException e) {
                    v.add(FieldViolation.of("startTime", "invalid"));
                }
            }
            return new GroupDraft(agency, title, gradeFrom, gradeTo, place, capacity, day, time, minutes, cutoffHours,
                    reminderHours);
        }
    }

    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(GroupInput input) {
        GroupInput in = input == null ? empty() : input;
        List<FieldViolation> v = new ArrayList<>();
        GroupDraft d = in.draft(v);
        Inputs.throwIfUnreadable(v, d.violations());
        return Response.status(201).entity(Map.of("id", groups.create(d))).build();
    }

    private static GroupInput empty() {
        return new GroupInput(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @PUT
    @Path("groups/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, GroupInput input) {
        GroupInput in = input == null ? empty() : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID groupId = Inputs.uuid(id, "id", v);
        long version = Inputs.version(in.version(), v);
        GroupDraft d = in.draft(v);
        Inputs.throwIfUnreadable(v, d.violations());
        groups.update(groupId, d, version);
        return Response.noContent().build();
    }

    public record GroupPageDto(GroupDto group, List<SessionDto> sessions, List<TutorDto> tutors, boolean runner) {
    }

    @GET
    @Path("groups/{id}")
    public GroupPageDto group(@PathParam("id") String id) {
        var p = groups.page(Inputs.pathId(id, "id"));
        // guardians see who runs the sessions by the name the tutors chose, nothing of their clearance
        List<TutorDto> shown = p.runner() ? p.tutors().stream().map(TutorDto::of).toList()
                : p.tutors().stream().map(t -> new TutorDto(t.memberId(), t.shownName(), null, null, null, null, true, 0)).toList();
        return new GroupPageDto(GroupDto.of(p.group()), p.sessions().stream().map(SessionDto::of).toList(), shown, p.runner());
    }

    public record SeriesInput(String from, String until) {
    }

    public record PlanDto(List<LocalDate> dates, Map<LocalDate, String> skippedHolidays) {
    }

    @POST
    @Path("groups/{id}/series")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanDto extendSeries(@PathParam("id") String id, SeriesInput input) {
        SeriesInput in = input == null ? new SeriesInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID groupId = Inputs.uuid(id, "id", v);
        LocalDate from = Inputs.date(in.from(), "from", v);
        LocalDate until = Inputs.date(in.until(), "until", v);
        Inputs.throwIfUnreadable(v, List.of());
        var plan = groups.extendSeries(groupId, from, until);
        return new PlanDto(plan.dates(), plan.skippedHolidays());
    }

    public record MoveInput(String startsAt, String place, Long version) {
    }

    /** Moves one session: {@code startsAt} is a local date-time in Japan, e.g. 2026-12-17T18:00. */
    @PUT
    @Path("sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") String id, MoveInput input) {
        MoveInput in = input == null ? new MoveInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID sessionId = Inputs.uuid(id, "id", v);
        long version = Inputs.version(in.version(), v);
        LocalDateTime at = Inputs.dateTime(in.startsAt(), "startsAt", v);
        Inputs.throwIfUnreadable(v, List.of());
        groups.moveSession(sessionId, at, in.place(), version);
        return Response.noContent().build();
    }

    public record VersionInput(Long version) {
    }

    @POST
    @Path("sessions/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancelSession(@PathParam("id") String id, VersionInput input) {
        List<FieldViolation> v = new ArrayList<>();
        UUID sessionId = Inputs.uuid(id, "id", v);
        long version = Inputs.version(input == null ? null : input.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        groups.cancelSession(sessionId, version);
        return Response.noContent().build();
    }

    // ---- bookings

    public record BookInput(String childId) {
    }

    public record ResultDto(UUID sessionId, UUID bookingId, String status, int waitPosition) {
        static ResultDto of(StudyBookings.Result r) {
            return new ResultDto(r.sessionId(), r.bookingId(), r.status().name(), r.waitPosition());
        }
    }

    @POST
    @Path("sessions/{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResultDto book(@PathParam("id") String id, BookInput input) {
        List<FieldViolation> v = new ArrayList<>();
        UUID sessionId = Inputs.uuid(id, "id", v);
        UUID childId = childId(input, v);
        Inputs.throwIfUnreadable(v, List.of());
        return ResultDto.of(bookings.book(sessionId, childId));
    }

    @POST
    @Path("groups/{id}/series-bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ResultDto> bookSeries(@PathParam("id") String id, BookInput input) {
        List<FieldViolation> v = new ArrayList<>();
        UUID groupId = Inputs.uuid(id, "id", v);
        UUID childId = childId(input, v);
        Inputs.throwIfUnreadable(v, List.of());
        return bookings.bookSeries(groupId, childId).stream().map(ResultDto::of).toList();
    }

    private static UUID childId(BookInput input, List<FieldViolation> v) {
        String raw = input == null ? null : input.childId();
        if (raw == null || raw.isBlank()) {
            v.add(FieldViolation.of("childId", "required"));
            return null;
        }
        return Inputs.uuid(raw, "childId", v);
    }

    public record StatusDto(String status) {
    }

    @DELETE
    @Path("bookings/{id}")
    public StatusDto cancel(@PathParam("id") String id) {
        return new StatusDto(bookings.cancel(Inputs.pathId(id, "id")).name());
    }

    public record RosterDto(UUID bookingId, String childName, String grade, String status, int waitPosition, Boolean attended,
                            String note, long version) {
    }

    @GET
    @Path("sessions/{id}/roster")
    public List<RosterDto> roster(@PathParam("id") String id) {
        return bookings.roster(Inputs.pathId(id, "id")).stream().map(r -> new RosterDto(r.bookingId(), r.childName(), r.grade(),
                r.status().name(), r.waitPosition(), r.attended(), r.note(), r.version())).toList();
    }

    public record AttendanceInput(Boolean attended) {
    }

    @PUT
    @Path("bookings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("id") String id, AttendanceInput input) {
        List<FieldViolation> v = new ArrayList<>();
        UUID bookingId = Inputs.uuid(id, "id", v);
        if (input == null || input.attended() == null) {
            v.add(FieldViolation.of("attended", "required"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        bookings.attendance(bookingId, input.attended());
        return Response.noContent().build();
    }

    public record NoteInput(String note, Long version) {
    }

    @PUT
    @Path("bookings/{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(@PathParam("id") String id, NoteInput input) {
        NoteInput in = input == null ? new NoteInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID bookingId = Inputs.uuid(id, "id", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        bookings.note(bookingId, in.note(), version);
        return Response.noContent().build();
    }

    // ---- tutors

    @GET
    @Path("tutors")
    public List<TutorDto> tutors() {
        return tutors.all().stream().map(TutorDto::of).toList();
    }

    @GET
    @Path("tutors/me")
    public Response myTutorRecord() {
        return tutors.mine().map(t -> Response.ok(TutorDto.of(t)).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("tutors/me")
    public TutorDto registerAsTutor() {
        return TutorDto.of(tutors.register());
    }

    public record ApprovalInput(String trainedOn, String checkedOn, Long version) {
    }

    @PUT
    @Path("tutors/{memberId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("memberId") String memberId, ApprovalInput input) {
        ApprovalInput in = input == null ? new ApprovalInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID id = Inputs.uuid(memberId, "memberId", v);
        LocalDate trained = Inputs.date(in.trainedOn(), "trainedOn", v);
        LocalDate checked = Inputs.date(in.checkedOn(), "checkedOn", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        tutors.approve(id, trained, checked, version);
        return Response.noContent().build();
    }

    @DELETE
    @Path("tutors/{memberId}/approval")
    public Response revoke(@PathParam("memberId") String memberId) {
        tutors.revoke(Inputs.pathId(memberId, "memberId"));
        return Response.noContent().build();
    }

    @PUT
    @Path("groups/{id}/tutors/{memberId}")
    public Response assign(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        tutors.assign(Inputs.pathId(id, "id"), Inputs.pathId(memberId, "memberId"));
        return Response.noContent().build();
    }

    @DELETE
    @Path("groups/{id}/tutors/{memberId}")
    public Response unassign(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        tutors.unassign(Inputs.pathId(id, "id"), Inputs.pathId(memberId, "memberId"));
        return Response.noContent().build();
    }
}
