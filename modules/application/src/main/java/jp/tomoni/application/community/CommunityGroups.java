package jp.tomoni.application.community;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.Capacity;
import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.community.CommunityRepository.BookingRow;
import jp.tomoni.domain.community.CommunityRepository.GroupRow;
import jp.tomoni.domain.community.CommunityRepository.MemberRow;
import jp.tomoni.domain.community.CommunityRepository.PostRow;
import jp.tomoni.domain.community.CommunityRepository.SessionRow;
import jp.tomoni.domain.community.CommunitySession;
import jp.tomoni.domain.community.GroupStatus;
import jp.tomoni.domain.community.SessionPlan;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.application.tenant.AccessDeniedException;

/**
 * Peer groups, group programmes and places to belong (seed 000 F-1, F-2): a former recipient proposes,
 * staff approve (attaching a staff facilitator if they like) or reject with a reason, the group's
 * runners schedule sessions, members join, book a seat and have their attendance recorded.
 * A group that is not open is seen only by its proposer and staff.
 */
@ApplicationScoped
public class CommunityGroups {
    public static final String ENTITY = "community-group";
    /** How many posts a group page shows. */
    public static final int POSTS_SHOWN = 50;

    @Inject
    CommunityRepository community;
    @Inject
    CommunityMembers members;
    @Inject
    AuditTrail audit;
    @Inject
    StaffDirectory staff;
    @Inject
    jp.tomoni.domain.community.MentoringRepository mentoring;
    @Inject
    jakarta.enterprise.event.Event<CommunityNotice> notices;

    Clock clock = Clock.systemUTC();

    /** A group page: the group, what the viewer may do, its coming sessions, members and posts. */
    public record GroupPage(CommunityGroup group, UUID me, boolean member, boolean runner, boolean staff, List<SessionRow> sessions,
                            List<MemberRow> members, List<PostRow> posts) {
    }

    /** The community home: the member, their coming sessions, what is coming up, open groups, their proposals. */
    public record Home(CommunityMember me, List<SessionRow> mySessions, List<SessionRow> upcoming, List<GroupRow> open,
                       List<GroupRow> myProposals, List<PostRow> announcements,
                       List<jp.tomoni.domain.community.MentoringRepository.MatchRow> myHelpers) {
    }

    /** How many announcements the home lists. */
    public static final int HOME_ANNOUNCEMENTS = 5;

    /** How many coming sessions the home lists. */
    public static final int HOME_SESSIONS = 10;

    @Transactional
    public Home home() {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        Instant now = clock.instant();
        // my mentor or tutor: the active matches in which I am the one helped
        var helpers = mentoring.matchesOf(me.id()).stream()
                .filter(m -> m.status().active() && m.seekerId().equals(me.id())).toList();
        return new Home(me, community.upcomingFor(me.id(), now, HOME_SESSIONS), community.upcoming(now, HOME_SESSIONS),
                community.groups(EnumSet.of(GroupStatus.APPROVED), now), community.proposedBy(me.id(), now),
                community.announcements(me.id(), HOME_ANNOUNCEMENTS), helpers);
    }

    /**
     * Whether each of the last twelve months, this one included, had at least one exchange group with
     * people already working (seed 000 F-1: 就労者との交流会 at least monthly), counted from the sessions
     * held or planned (not cancelled) of WORKING_EXCHANGE groups, by their date in Japan.
     */
    @Transactional
    public List<jp.tomoni.domain.employment.PartnershipRules.MonthCoverage> workingExchangeCoverage() {
        CommunityAccess.requireStaff();
        java.time.LocalDate today = jp.tomoni.application.casework.CaseDates.today(clock);
        java.time.YearMonth to = java.time.YearMonth.from(today);
        java.time.YearMonth from = jp.tomoni.domain.employment.PartnershipRules.windowStart(today);
        Instant start = from.atDay(1).atStartOfDay(jp.tomoni.application.casework.CaseDates.ZONE).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(jp.tomoni.application.casework.CaseDates.ZONE).toInstant();
        return jp.tomoni.domain.employment.PartnershipRules.monthlyCoverage(
                community.sessionDates(jp.tomoni.domain.community.GroupKind.WORKING_EXCHANGE, start, end), from, to);
    }

    /** A former recipient proposes a peer group or an exchange group with people already working. */
    @Transactional
    public CommunityGroup propose(CommunityGroup.Draft draft) {
        CurrentTenant t = CommunityAccess.requireProposer();
        CommunityMember me = members.current(t);
        CommunityGroup g = CommunityGroup.propose(t.tenantId(), clean(draft), me.id(), t.actor(), clock.instant());
        community.add(g);
        community.flush();
        return g;
    }

    /** Staff create a group or programme of any kind, open at once. */
    @Transactional
    public CommunityGroup create(CommunityGroup.Draft draft, String staffFacilitator) {
        CurrentTenant t = CommunityAccess.requireStaff();
        CommunityGroup.Draft d = clean(draft);
        CommunityGroup g = CommunityGroup.createByStaff(t.tenantId(), d, facilitator(t, staffFacilitator), t.actor(),
                clock.instant());
        community.add(g);
        community.flush();
        audit.record("create", ENTITY, g.id().toString());
        return g;
    }

    /** Checks what was typed, then keeps the description as safe HTML. */
    private static CommunityGroup.Draft clean(CommunityGroup.Draft d) {
        InvalidInputException.throwIfAny(d.violations());
        return new CommunityGroup.Draft(d.kind(), d.title(), UserText.clean(d.description()), d.place(), d.onlineUrl(),
                d.capacity());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A staff facilitator must be an enabled member of this tenant's staff with a community staff role
     * (a runner schedules sessions and sees who booked); empty is allowed.
     */
    private String facilitator(CurrentTenant t, String account) {
        String name = blankToNull(account);
        if (name == null) {
            return null;
        }
        boolean known = name.length() <= 100 && staff.members(t.tenantId()).stream().anyMatch(m -> m.enabled()
                && name.equals(m.username()) && m.roles().stream().anyMatch(CommunityAccess.STAFF::contains));
        if (!known) {
            throw new InvalidInputException(List.of(FieldViolation.of("staffFacilitator", "community.notStaff", name)));
        }
        return name;
    }

    /** Staff approve a proposal read at {@code expectedVersion}; {@code staffFacilitator} may be empty. */
    @Transactional
    public CommunityGroup approve(UUID groupId, String staffFacilitator, long expectedVersion) {
        CurrentTenant t = CommunityAccess.requireStaff();
        CommunityGroup g = group(groupId);
        CaseService.expectVersion(g.version(), expectedVersion, ENTITY);
        g.approve(facilitator(t, staffFacilitator), t.actor(), clock.instant());
        if (g.proposedBy() != null) {
            community.join(g.id(), g.proposedBy(), clock.instant());
        }
        community.flush();
        notifyProposer(t, g);
        audit.record("approve", ENTITY, g.id().toString());
        return g;
    }

    /** Staff turn a proposal down with a reason the proposer sees. */
    @Transactional
    public CommunityGroup reject(UUID groupId, String reason, long expectedVersion) {
        CurrentTenant t = CommunityAccess.requireStaff();
        CommunityGroup g = group(groupId);
        CaseService.expectVersion(g.version(), expectedVersion, ENTITY);
        g.reject(reason, t.actor(), clock.instant());
        community.flush();
        notifyProposer(t, g);
        audit.record("reject", ENTITY, g.id().toString());
        return g;
    }

    private void notifyProposer(CurrentTenant t, CommunityGroup g) {
        if (g.proposedBy() != null) {
            community.member(g.proposedBy()).ifPresent(m -> notices.fire(new CommunityNotice(t.tenantId(), m.account(),
                    CommunityNotice.Kind.APPROVAL, g.id().toString())));
        }
    }

    /** Proposals waiting for staff, the newest first. */
    @Transactional
    public List<GroupRow> proposals() {
        CommunityAccess.requireStaff();
        return community.groups(EnumSet.of(GroupStatus.PROPOSED), clock.instant());
    }

    /** Open groups, programmes and places, the newest first. */
    @Transactional
    public List<GroupRow> open() {
        CommunityAccess.requireParticipant();
        return community.groups(EnumSet.of(GroupStatus.APPROVED), clock.instant());
    }

    /** What the caller proposed, with staff's answer. */
    @Transactional
    public List<GroupRow> mine() {
        CurrentTenant t = CommunityAccess.requireParticipant();
        return community.proposedBy(members.current(t).id(), clock.instant());
    }

    @Transactional
    public GroupPage page(UUID groupId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        boolean staff = CommunityAccess.isStaff(t);
        CommunityGroup g = visible(groupId, me, staff);
        Instant now = clock.instant();
        boolean runner = g.runBy(me.id(), t.actor());
        boolean member = community.isMember(g.id(), me.id());
        // what members write stays among them: posts are read by members, the group's runners and staff
        return new GroupPage(g, me.id(), member, runner, staff,
                community.sessions(g.id(), now.minusSeconds(3 * 3600), me.id()), community.members(g.id(), me.id()),
                staff || runner || member ? community.posts(g.id(), staff ? null : me.id(), POSTS_SHOWN) : List.of());
    }

    /** A group the caller may see: an open or closed one; one still proposed or rejected only by its proposer and staff. */
    CommunityGroup visible(UUID groupId, CommunityMember me, boolean staff) {
        CommunityGroup g = group(groupId);
        boolean decided = g.status() == GroupStatus.APPROVED || g.status() == GroupStatus.CLOSED;
        if (!decided && !staff && !me.id().equals(g.proposedBy())) {
            throw new NotFoundException(ENTITY);
        }
        return g;
    }

    /** Whether the caller reads the group's posts: its members, its runners and staff. */
    boolean readsPosts(CommunityGroup g, CommunityMember me, CurrentTenant t) {
        return CommunityAccess.isStaff(t) || g.runBy(me.id(), t.actor()) || community.isMember(g.id(), me.id());
    }

    CommunityGroup group(UUID groupId) {
        return community.group(groupId).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** The group's runners or staff schedule sessions, e.g. monthly on the same weekday. */
    @Transactional
    public List<CommunitySession> schedule(UUID groupId, SessionPlan plan) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityGroup g = runnable(groupId, me, t);
        List<FieldViolation> v = new ArrayList<>(plan.violations(clock.instant()));
        if (!g.kind().hasSessions()) {
            v.add(FieldViolation.of("firstStart", "community.listingOnly"));
        }
        InvalidInputException.throwIfAny(v);
        List<CommunitySession> made = new ArrayList<>();
        for (Instant start : plan.starts()) {
            CommunitySession s = CommunitySession.schedule(t.tenantId(), g, start, plan.minutes(), t.actor(),
                    clock.instant());
            community.add(s);
            made.add(s);
        }
        community.flush();
        return made;
    }

    /** An open group the caller runs (its proposer or staff facilitator) or, as staff, any open group. */
    private CommunityGroup runnable(UUID groupId, CommunityMember me, CurrentTenant t) {
        CommunityGroup g = visible(groupId, me, CommunityAccess.isStaff(t));
        if (!g.runBy(me.id(), t.actor()) && !CommunityAccess.isStaff(t)) {
            throw new AccessDeniedException("not a runner of the group");
        }
        if (!g.open()) {
            throw new ConflictException("community group is " + g.status());
        }
        return g;
    }

    /**
     * The group's runners or staff cancel a session that has not begun; whoever booked it hears of it by
     * mail (if they chose mails about their bookings) and sees it marked 中止.
     */
    @Transactional
    public CommunitySession cancelSession(UUID sessionId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunitySession s = community.session(sessionId).orElseThrow(() -> new NotFoundException("community-session"));
        runnable(s.groupId(), me, t);
        if (s.cancelled() || !s.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("session already cancelled or begun");
        }
        s.cancel();
        community.flush();
        for (BookingRow b : community.bookings(s.id())) {
            community.member(b.memberId()).ifPresent(m -> notices.fire(new CommunityNotice(t.tenantId(), m.account(),
                    CommunityNotice.Kind.CANCELLED, s.id().toString())));
        }
        if (CommunityAccess.isStaff(t)) {
            audit.record("cancel", "community-session", s.id().toString());
        }
        return s;
    }

    @Transactional
    public void join(UUID groupId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityGroup g = visible(groupId, me, CommunityAccess.isStaff(t));
        if (!g.open()) {
            throw new ConflictException("community group is " + g.status());
        }
        community.join(g.id(), me.id(), clock.instant());
    }

    @Transactional
    public void leave(UUID groupId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityGroup g = visible(groupId, me, CommunityAccess.isStaff(t));
        community.leave(g.id(), me.id(), clock.instant());
    }

    /** A seat in a coming session of an open group, while there is room. */
    @Transactional
    public void book(UUID sessionId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunitySession s = community.session(sessionId).orElseThrow(() -> new NotFoundException("community-session"));
        CommunityGroup g = visible(s.groupId(), me, CommunityAccess.isStaff(t));
        if (!g.open() || s.cancelled() || !s.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("session not open for booking");
        }
        if (community.hasBooking(s.id(), me.id())) {
            return;
        }
        // booking a seat makes one a member of the group (so its posts and announcements reach them)
        community.join(g.id(), me.id(), clock.instant());
        // the seat count is read under the session's row lock, so two last bookings cannot both win
        community.lockSession(s.id());
        if (!Capacity.hasRoom(s.capacity(), community.booked(s.id()))) {
            throw new InvalidInputException(List.of(FieldViolation.of("sessionId", "community.full")));
        }
        community.book(s.id(), me.id(), clock.instant());
    }

    @Transactional
    public void cancelBooking(UUID sessionId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunitySession s = community.session(sessionId).orElseThrow(() -> new NotFoundException("community-session"));
        visible(s.groupId(), me, CommunityAccess.isStaff(t));
        community.cancelBooking(s.id(), me.id(), clock.instant());
    }

    /** Who booked a session, for its runners and staff. */
    @Transactional
    public List<BookingRow> bookings(UUID sessionId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunitySession s = community.session(sessionId).orElseThrow(() -> new NotFoundException("community-session"));
        runnable(s.groupId(), me, t);
        return community.bookings(s.id());
    }

    /** Runners and staff record who came. */
    @Transactional
    public void attendance(UUID sessionId, UUID memberId, boolean attended) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunitySession s = community.session(sessionId).orElseThrow(() -> new NotFoundException("community-session"));
        runnable(s.groupId(), me, t);
        if (!community.attended(s.id(), memberId, attended)) {
            throw new InvalidInputException(List.of(FieldViolation.of("memberId", "community.notBooked")));
        }
    }
}
