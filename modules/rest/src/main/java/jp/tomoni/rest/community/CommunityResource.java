package jp.tomoni.rest.community;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.community.CommunityFeedback;
import jp.tomoni.application.community.CommunityGroups;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.community.CommunityPosts;
import jp.tomoni.application.community.CrisisLines;
import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityPost;
import jp.tomoni.domain.community.CommunityRepository.BookingRow;
import jp.tomoni.domain.community.CommunityRepository.FeedbackRow;
import jp.tomoni.domain.community.CommunityRepository.GroupRow;
import jp.tomoni.domain.community.CommunityRepository.MemberRow;
import jp.tomoni.domain.community.CommunityRepository.PostRow;
import jp.tomoni.domain.community.CommunityRepository.ReportRow;
import jp.tomoni.domain.community.CommunityRepository.ResponseRow;
import jp.tomoni.domain.community.CommunityRepository.SessionRow;
import jp.tomoni.domain.community.GroupKind;
import jp.tomoni.domain.community.Recurrence;
import jp.tomoni.domain.community.ReportReason;
import jp.tomoni.domain.community.ReportTarget;
import jp.tomoni.domain.community.SessionPlan;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.rest.casework.Inputs;

/**
 * The community portal (seed 000 F-1, F-2; seed 003): the member's own settings, peer groups and
 * programmes with their sessions, bookings and attendance, posts, reports, blocks, the staff
 * moderation queue, and anonymous feedback. Members and staff of the tenant; never case data.
 * Post bodies and group descriptions are returned as sanitised HTML; every other text is plain.
 */
@Path("t/{tenant}/community")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {
    @Inject
    CommunityMembers members;
    @Inject
    CommunityGroups groups;
    @Inject
    CommunityPosts posts;
    @Inject
    CommunityFeedback feedback;
    @Inject
    jp.tomoni.application.community.CommunityImages images;

    // ---- the member
    public record MeDto(UUID id, String shownName, boolean shareWithCaseworker, boolean notifyApprovals,
                        boolean notifyMessages, boolean notifyReminders, long version) {
        static MeDto of(CommunityMember m) {
            var s = m.settings();
            return new MeDto(m.id(), s.shownName(), s.shareWithCaseworker(), s.notifyApprovals(), s.notifyMessages(),
                    s.notifyReminders(), m.version());
        }
    }

    public record MeInput(String shownName, Boolean shareWithCaseworker, Boolean notifyApprovals, Boolean notifyMessages,
                          Boolean notifyReminders, Long version) {
    }

    @GET
    @Path("me")
    public MeDto me() {
        return MeDto.of(members.me());
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeDto changeMe(MeInput input) {
        MeInput in = input == null ? new MeInput(null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        // a field left out keeps its value
        CommunityMember.Settings now = members.me().settings();
        return MeDto.of(members.change(new CommunityMember.Settings(in.shownName() == null ? now.shownName() : in.shownName(),
                yes(in.shareWithCaseworker(), now.shareWithCaseworker()), yes(in.notifyApprovals(), now.notifyApprovals()),
                yes(in.notifyMessages(), now.notifyMessages()), yes(in.notifyReminders(), now.notifyReminders())), version));
    }

    private static boolean yes(Boolean b, boolean otherwise) {
        return b == null ? otherwise : b;
    }

    // ---- groups
    public record GroupInput(String kind, String title, String description, String place, String onlineUrl,
                             Integer capacity, String staffFacilitator) {
    }

    public record GroupRowDto(UUID id, String kind, String title, String status, String decisionReason, int members,
                              Instant nextSession) {
        static GroupRowDto of(GroupRow r) {
            return new GroupRowDto(r.id(), r.kind().name(), r.title(), r.status().name(), r.decisionReason(), r.members(),
                    r.nextSession());
        }
    }

    public record GroupDto(UUID id, String kind, String title, String descriptionHtml, String place, String onlineUrl,
                           Integer capacity, String status, String staffFacilitator, String decisionReason, long version) {
        static GroupDto of(CommunityGroup g) {
            return new GroupDto(g.id(), g.kind().name(), g.title(), g.description(), g.place(), g.onlineUrl(), g.capacity(),
                    g.status().name(), g.staffFacilitator(), g.decisionReason(), g.version());
        }
    }

    public record SessionDto(UUID id, UUID groupId, String groupTitle, String kind, Instant startsAt, int minutes,
                             String place, String onlineUrl, Integer capacity, int booked, boolean cancelled,
                             boolean bookedByMe) {
        static SessionDto of(SessionRow s) {
            return new SessionDto(s.id(), s.groupId(), s.groupTitle(), s.kind().name(), s.startsAt(), s.minutes(), s.place(),
                    s.onlineUrl(), s.capacity(), s.booked(), s.cancelled(), s.bookedByViewer());
        }
    }

    public record MemberDto(UUID id, String shownName, boolean facilitator) {
        static MemberDto of(MemberRow m) {
            return new MemberDto(m.memberId(), m.shownName(), m.facilitator());
        }
    }

    /** A post; {@code imageIds} are its pictures, each at {@code GET images/<id>}. */
    public record PostDto(UUID id, UUID groupId, String groupTitle, UUID authorId, String authorName, boolean announcement,
                          String bodyHtml, String status, Instant createdAt, List<UUID> imageIds) {
        static PostDto of(PostRow p) {
            return of(p, List.of());
        }

        static PostDto of(PostRow p, List<UUID> images) {
            return new PostDto(p.id(), p.groupId(), p.groupTitle(), p.authorId(), p.authorName(), p.announcement(), p.body(),
                    p.status().name(), p.createdAt(), images);
        }

        static PostDto of(CommunityPost p) {
            return of(p, List.of());
        }

        static PostDto of(CommunityPost p, List<UUID> images) {
            return new PostDto(p.id(), p.groupId(), null, p.authorId(), null, p.announcement(), p.body(), p.status().name(),
                    p.createdAt(), images);
        }
    }

    public record GroupPageDto(GroupDto group, boolean member, boolean runner, boolean staff, List<SessionDto> sessions,
                               List<MemberDto> members, List<PostDto> posts) {
    }

    private static CommunityGroup.Draft draft(GroupInput input, List<FieldViolation> v) {
        GroupInput in = input == null ? new GroupInput(null, null, null, null, null, null, null) : input;
        return new CommunityGroup.Draft(Inputs.choice(GroupKind.class, in.kind(), "kind", v), in.title(), in.description(),
                in.place(), in.onlineUrl(), in.capacity());
    }

    /** Open groups, programmes and places to belong. */
    @GET
    @Path("groups")
    public List<GroupRowDto> openGroups() {
        return groups.open().stream().map(GroupRowDto::of).toList();
    }

    /** Staff create a group or programme of any kind, open at once. */
    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(GroupInput input) {
        List<FieldViolation> v = new ArrayList<>();
        CommunityGroup.Draft d = draft(input, v);
        Inputs.throwIfUnreadable(v, d.violations());
        return Response.status(201).entity(GroupDto.of(groups.create(d, input == null ? null : input.staffFacilitator()))).build();
    }

    /** A former recipient proposes a peer group; it waits for staff. */
    @POST
    @Path("proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(GroupInput input) {
        List<FieldViolation> v = new ArrayList<>();
        CommunityGroup.Draft d = draft(input, v);
        Inputs.throwIfUnreadable(v, d.violations());
        return Response.status(201).entity(GroupDto.of(groups.propose(d))).build();
    }

    /** Staff: the proposals waiting. */
    @GET
    @Path("proposals")
    public List<GroupRowDto> proposals() {
        return groups.proposals().stream().map(GroupRowDto::of).toList();
    }

    /** What the caller proposed, with staff's answer. */
    @GET
    @Path("proposals/mine")
    public List<GroupRowDto> myProposals() {
        return groups.mine().stream().map(GroupRowDto::of).toList();
    }

    @GET
    @Path("groups/{id}")
    public GroupPageDto group(@PathParam("id") UUID id) {
        var p = groups.page(id);
        var pictures = posts.imagesOf(p.posts());
        return new GroupPageDto(GroupDto.of(p.group()), p.member(), p.runner(), p.staff(),
                p.sessions().stream().map(SessionDto::of).toList(), p.members().stream().map(MemberDto::of).toList(),
                p.posts().stream().map(x -> PostDto.of(x, pictures.getOrDefault(x.id(), List.of()))).toList());
    }

    public record DecisionInput(String staffFacilitator, String reason, Long version) {
    }

    @POST
    @Path("groups/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupDto approve(@PathParam("id") UUID id, DecisionInput input) {
        DecisionInput in = input == null ? new DecisionInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return GroupDto.of(groups.approve(id, in.staffFacilitator(), version));
    }

    @POST
    @Path("groups/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupDto reject(@PathParam("id") UUID id, DecisionInput input) {
        DecisionInput in = input == null ? new DecisionInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        return GroupDto.of(groups.reject(id, in.reason(), version));
    }

    @PUT
    @Path("groups/{id}/membership")
    public Response join(@PathParam("id") UUID id) {
        groups.join(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("groups/{id}/membership")
    public Response leave(@PathParam("id") UUID id) {
        groups.leave(id);
        return Response.noContent().build();
    }

    /** {@code firstStart} is the local date and time in Japan, e.g. {@code 2026-12-08T14:00}. */
    public record ScheduleInput(String firstStart, Integer minutes, String recurrence, Integer count) {
    }

    @POST
    @Path("groups/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("id") UUID id, ScheduleInput input) {
        ScheduleInput in = input == null ? new ScheduleInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        LocalDateTime first = null;
        if (in.firstStart() != null && !in.firstStart().isBlank()) {
            try {
                first = LocalDateTime.parse(in.firstStart().strip());
            } catch (DateTimeParseException e) {
                v.add(FieldViolation.of("firstStart", "invalid"));
            }
        }
        SessionPlan plan = new SessionPlan(first, in.minutes(), Inputs.choice(Recurrence.class, in.recurrence(), "recurrence", v),
                in.count());
        Inputs.throwIfUnreadable(v, plan.violations(Instant.now()));
        List<UUID> ids = groups.schedule(id, plan).stream().map(s -> s.id()).toList();
        return Response.status(201).entity(ids).build();
    }

    /** The group's runners or staff cancel a session that has not begun (409 once begun or cancelled). */
    @POST
    @Path("sessions/{id}/cancellation")
    public Response cancelSession(@PathParam("id") UUID id) {
        groups.cancelSession(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("sessions/{id}/booking")
    public Response book(@PathParam("id") UUID id) {
        groups.book(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("sessions/{id}/booking")
    public Response cancelBooking(@PathParam("id") UUID id) {
        groups.cancelBooking(id);
        return Response.noContent().build();
    }

    public record BookingDto(UUID memberId, String shownName, Boolean attended) {
        static BookingDto of(BookingRow b) {
            return new BookingDto(b.memberId(), b.shownName(), b.attended());
        }
    }

    @GET
    @Path("sessions/{id}/bookings")
    public List<BookingDto> bookings(@PathParam("id") UUID id) {
        return groups.bookings(id).stream().map(BookingDto::of).toList();
    }

    public record AttendanceInput(String memberId, Boolean attended) {
    }

    @PUT
    @Path("sessions/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("id") UUID id, AttendanceInput input) {
        AttendanceInput in = input == null ? new AttendanceInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID member = Inputs.uuid(in.memberId(), "memberId", v);
        if (member == null && v.isEmpty()) {
            v.add(FieldViolation.of("memberId", "required"));
        }
        if (in.attended() == null) {
            v.add(FieldViolation.of("attended", "required"));
        }
        InvalidInputException.throwIfAny(v);
        groups.attendance(id, member, in.attended());
        return Response.noContent().build();
    }

    // ---- posts, reports, moderation, blocks
    /** {@code imageIds}: pictures uploaded first with {@code POST images} (at most four). */
    public record PostInput(String body, Boolean announcement, List<String> imageIds) {
    }

    @POST
    @Path("groups/{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("id") UUID id, PostInput input) {
        PostInput in = input == null ? new PostInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        List<UUID> images = new ArrayList<>();
        if (in.imageIds() != null) {
            for (String s : in.imageIds()) {
                UUID u = Inputs.uuid(s, "imageIds", v);
                if (u != null) {
                    images.add(u);
                }
            }
        }
        InvalidInputException.throwIfAny(v);
        CommunityPost p = posts.write(id, in.body(), Boolean.TRUE.equals(in.announcement()), images);
        return Response.status(201).entity(PostDto.of(p, images)).build();
    }

    public record ReportInput(String target, String targetId, String reason, String note) {
    }

    public record ReportOutcomeDto(UUID id, boolean hidden, boolean urgent, List<CrisisLines.Line> crisisLines) {
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(ReportInput input) {
        ReportInput in = input == null ? new ReportInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        ReportTarget target = Inputs.choice(ReportTarget.class, in.target(), "target", v);
        UUID targetId = Inputs.uuid(in.targetId(), "targetId", v);
        ReportReason reason = Inputs.choice(ReportReason.class, in.reason(), "reason", v);
        if (target == null && v.stream().noneMatch(f -> f.field().equals("target"))) {
            v.add(FieldViolation.of("target", "required"));
        }
        if (targetId == null && v.stream().noneMatch(f -> f.field().equals("targetId"))) {
            v.add(FieldViolation.of("targetId", "required"));
        }
        Inputs.throwIfUnreadable(v, jp.tomoni.domain.community.ReportRule.violations(reason, in.note()));
        var o = posts.report(target, targetId, reason, in.note());
        return Response.status(201).entity(new ReportOutcomeDto(o.reportId(), o.hidden(), o.urgent(), o.crisisLines())).build();
    }

    /** A pending report; {@code excerpt} is the reported post's first words as plain text (no markup). */
    public record ReportDto(UUID id, String target, UUID targetId, String reason, boolean urgent, String note,
                            String reporterName, String targetAuthorName, String excerpt, Instant createdAt) {
        static ReportDto of(ReportRow r) {
            return new ReportDto(r.id(), r.target().name(), r.targetId(), r.reason().name(), r.reason().urgent(), r.note(),
                    r.reporterName(), r.targetAuthorName(), r.text(), r.createdAt());
        }
    }

    public record QueueDto(List<GroupRowDto> proposals, List<PostDto> posts, List<ReportDto> reports) {
    }

    /** Staff: proposals, posts waiting or hidden, and pending reports (crisis first). */
    @GET
    @Path("moderation")
    public QueueDto moderation() {
        var q = posts.queue();
        return new QueueDto(groups.proposals().stream().map(GroupRowDto::of).toList(),
                q.posts().stream().map(PostDto::of).toList(), q.reports().stream().map(ReportDto::of).toList());
    }

    /** One calendar month as YYYY-MM: whether it had an exchange group with people already working, and how many. */
    public record MonthDto(String month, boolean covered, int sessions) {
    }

    /** Staff: the last twelve months (this one last) of 就労者との交流会, at least one a month wanted. */
    @GET
    @Path("working-exchange")
    public List<MonthDto> workingExchange() {
        return groups.workingExchangeCoverage().stream()
                .map(m -> new MonthDto(m.month().toString(), m.covered(), m.contacts())).toList();
    }

    public record ReasonInput(String reason, Boolean upheld) {
    }

    @POST
    @Path("posts/{id}/approval")
    public PostDto approvePost(@PathParam("id") UUID id) {
        return PostDto.of(posts.approve(id));
    }

    @POST
    @Path("posts/{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostDto removePost(@PathParam("id") UUID id, ReasonInput input) {
        return PostDto.of(posts.remove(id, input == null ? null : input.reason()));
    }

    @POST
    @Path("reports/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") UUID id, ReasonInput input) {
        ReasonInput in = input == null ? new ReasonInput(null, null) : input;
        if (in.upheld() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("upheld", "required")));
        }
        posts.decide(id, in.upheld(), in.reason());
        return Response.noContent().build();
    }

    @PUT
    @Path("blocks/{memberId}")
    public Response block(@PathParam("memberId") UUID memberId) {
        posts.block(memberId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("blocks/{memberId}")
    public Response unblock(@PathParam("memberId") UUID memberId) {
        posts.unblock(memberId);
        return Response.noContent().build();
    }

    @GET
    @Path("blocks")
    public List<MemberDto> blocked() {
        return posts.blocked().stream().map(m -> new MemberDto(m.id(), m.shownName(), false)).toList();
    }

    // ---- pictures
    public record ImageDto(UUID id) {
    }

    /** A picture for a post (JPEG or PNG, at most 5 MB): stored re-encoded, without EXIF or other metadata. */
    @POST
    @Path("images")
    @Consumes({"image/jpeg", "image/png"})
    public Response upload(byte[] bytes, @jakarta.ws.rs.HeaderParam("Content-Type") String type) {
        return Response.status(201).entity(new ImageDto(images.upload(type, bytes))).build();
    }

    @GET
    @Path("images/{imageId}")
    @Produces({"image/jpeg", "image/png"})
    public Response image(@PathParam("imageId") UUID imageId) {
        var i = images.read(imageId);
        return Response.ok(i.bytes(), i.contentType()).header("Cache-Control", "private, max-age=300")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    // ---- anonymous feedback
    public record FeedbackInput(String topic, Integer rating, String comment) {
    }

    /** An anonymous answer: 201 with no body (there is nothing to refer back to). */
    @POST
    @Path("feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response giveFeedback(FeedbackInput input) {
        FeedbackInput in = input == null ? new FeedbackInput(null, null, null) : input;
        feedback.give(in.topic(), in.rating(), in.comment());
        return Response.status(201).build();
    }

    public record ResultsDto(String topic, int responses, Double averageRating, boolean shown, List<FeedbackRow> answers) {
    }

    /** Staff: every item with its count; the answers only from five on. */
    @GET
    @Path("feedback")
    public List<ResultsDto> feedbackResults() {
        return feedback.results().stream()
                .map(r -> new ResultsDto(r.topic(), r.responses(), r.averageRating(), r.shown(), r.answers())).toList();
    }

    public record ResponseInput(String topic, String body) {
    }

    @POST
    @Path("feedback/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response respond(ResponseInput input) {
        ResponseInput in = input == null ? new ResponseInput(null, null) : input;
        feedback.respond(in.topic(), in.body());
        return Response.status(201).build();
    }

    @GET
    @Path("feedback/responses")
    public List<ResponseRow> responses() {
        return feedback.responses();
    }

    // ---- the member's home
    /** {@code myHelpers}: my mentor or tutor (active matches in which I am helped), by their shown names. */
    public record HomeDto(MeDto me, List<SessionDto> mySessions, List<SessionDto> upcoming, List<GroupRowDto> groups,
                          List<GroupRowDto> myProposals, List<PostDto> announcements, List<HelperDto> myHelpers,
                          List<ResponseRow> responses) {
    }

    public record HelperDto(UUID memberId, String shownName, String kind) {
    }

    @GET
    public HomeDto home() {
        var h = groups.home();
        return new HomeDto(MeDto.of(h.me()), h.mySessions().stream().map(SessionDto::of).toList(),
                h.upcoming().stream().map(SessionDto::of).toList(), h.open().stream().map(GroupRowDto::of).toList(),
                h.myProposals().stream().map(GroupRowDto::of).toList(), h.announcements().stream().map(PostDto::of).toList(),
                h.myHelpers().stream().map(m -> new HelperDto(m.helperMemberId(), m.helperName(), m.kind().name())).toList(),
                feedback.responses());
    }
}
