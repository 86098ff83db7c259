package jp.tomoni.application.community;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityPost;
import jp.tomoni.domain.community.CommunityReport;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.community.CommunityRepository.PostRow;
import jp.tomoni.domain.community.CommunityRepository.ReportRow;
import jp.tomoni.domain.community.FirstPostRule;
import jp.tomoni.domain.community.PostStatus;
import jp.tomoni.domain.community.RateLimit;
import jp.tomoni.domain.community.ReportReason;
import jp.tomoni.domain.community.ReportRule;
import jp.tomoni.domain.community.ReportTarget;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.TooManyRequestsException;

/**
 * Posts in groups and keeping people safe (seed 003; what peer platforms' users ask for most): every
 * post and profile can be reported; a crisis report alerts staff at once and shows the reporter the
 * crisis lines; two members' reports hide a post until staff decide; a new member's first posts wait
 * for approval; posting is rate-limited; a silent block hides the other person from the blocker.
 * Staff decisions are recorded with their reason and audited.
 */
@ApplicationScoped
public class CommunityPosts {
    public static final String ENTITY = "community-post";
    /** How much of a reported post the queue shows. */
    public static final int EXCERPT = 200;

    @Inject
    CommunityRepository community;
    @Inject
    CommunityMembers members;
    @Inject
    CommunityGroups groups;
    @Inject
    CrisisLines crisisLines;
    @Inject
    AuditTrail audit;
    @Inject
    jp.tomoni.domain.staff.StaffDirectory staff;
    @Inject
    jakarta.enterprise.event.Event<CommunityNotice> notices;
    @Inject
    jp.tomoni.domain.community.ImageRepository images;
    @Inject
    jp.tomoni.domain.community.MentoringRepository mentoring;

    Clock clock = Clock.systemUTC();

    /**
     * What a reporter learns: whether the target is now hidden for review, whether the report was urgent,
     * and for a crisis the lines to call now (the agency's desk first).
     */
    public record ReportOutcome(UUID reportId, boolean hidden, boolean urgent, List<CrisisLines.Line> crisisLines) {
    }

    /** What staff review: posts waiting or hidden, and pending reports with the urgent ones first. */
    public record Queue(List<PostRow> posts, List<ReportRow> reports) {
    }

    /**
     * A post in a group the caller belongs to or runs; an announcement only by its runners or staff. The
     * text is cleaned of unsafe HTML; a new member's post waits for approval.
     */
    @Transactional
    public CommunityPost write(UUID groupId, String rawBody, boolean announcement) {
        return write(groupId, rawBody, announcement, List.of());
    }

    /** A post with up to four of the author's uploaded pictures (see {@link CommunityImages}). */
    @Transactional
    public CommunityPost write(UUID groupId, String rawBody, boolean announcement, List<UUID> imageIds) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        boolean staff = CommunityAccess.isStaff(t);
        CommunityGroup g = groups.visible(groupId, me, staff);
        boolean runner = g.runBy(me.id(), t.actor());
        if (!g.open()) {
            throw new ConflictException("community group is " + g.status());
        }
        if (!staff && !runner && !community.isMember(g.id(), me.id())) {
            throw new AccessDeniedException("not a member of the group");
        }
        if (announcement && !staff && !runner) {
            throw new AccessDeniedException("announcements are for facilitators");
        }
        String body = UserText.clean(rawBody);
        InvalidInputException.throwIfAny(CommunityPost.violations(rawBody, UserText.plain(body)));
        Instant now = clock.instant();
        Optional<Instant> next = RateLimit.POSTS.nextAllowed(community.postTimes(me.id(), now.minus(RateLimit.POSTS.window())), now);
        if (next.isPresent()) {
            throw new TooManyRequestsException("posts", next.get());
        }
        CommunityPost p = CommunityPost.write(t.tenantId(), g.id(), me.id(), announcement, body,
                FirstPostRule.needsApproval(me.approvedPosts(), staff), now);
        community.add(p);
        community.flush();
        List<UUID> pictures = imageIds == null ? List.of() : imageIds.stream().distinct().toList();
        InvalidInputException.throwIfAny(jp.tomoni.domain.community.ImageRules.countViolations(pictures.size()));
        if (images.attach(pictures, me.id(), p.id()) != pictures.size()) {
            // not the author's, already used, or not there: nothing is posted
            throw new InvalidInputException(List.of(FieldViolation.of("imageIds", "unknown")));
        }
        return p;
    }

    /** The pictures of each post shown. */
    @Transactional
    public java.util.Map<UUID, List<UUID>> imagesOf(List<PostRow> posts) {
        CommunityAccess.requireParticipant();
        return images.imagesOf(posts.stream().map(PostRow::id).toList());
    }

    /**
     * A report on a post the caller can see or on a member's profile. Two members' pending reports hide a
     * post; a crisis report comes first in the staff queue and the reporter is shown the crisis lines.
     */
    @Transactional
    public ReportOutcome report(ReportTarget target, UUID targetId, ReportReason reason, String note) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        Instant now = clock.instant();
        if (target == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("target", "required")));
        }
        CommunityPost post = null;
        switch (target) {
            case POST -> {
                post = community.post(targetId).orElseThrow(() -> new NotFoundException(ENTITY));
                if (!groups.readsPosts(groups.visible(post.groupId(), me, CommunityAccess.isStaff(t)), me, t)) {
                    throw new NotFoundException(ENTITY);
                }
                if (post.status() != PostStatus.VISIBLE && post.status() != PostStatus.HIDDEN) {
                    throw new NotFoundException(ENTITY);
                }
                if (post.authorId().equals(me.id())) {
                    throw new InvalidInputException(List.of(FieldViolation.of("targetId", "community.ownContent")));
                }
            }
            case PROFILE -> {
                community.member(targetId).orElseThrow(() -> new NotFoundException("community-member"));
                if (targetId.equals(me.id())) {
                    throw new InvalidInputException(List.of(FieldViolation.of("targetId", "community.ownContent")));
                }
            }
            case MESSAGE -> {
                // only what one was sent can be reported
                var msg = mentoring.message(targetId).filter(x -> x.recipientId().equals(me.id()))
                        .orElseThrow(() -> new NotFoundException("community-message"));
                if ("REMOVED".equals(msg.status())) {
                    throw new NotFoundException("community-message");
                }
            }
        }
        InvalidInputException.throwIfAny(ReportRule.violations(reason, note));
        if (community.reported(target, targetId, me.id())) {
            throw new InvalidInputException(List.of(FieldViolation.of("targetId", "community.alreadyReported")));
        }
        Optional<Instant> next = RateLimit.REPORTS.nextAllowed(
                community.reportTimes(me.id(), now.minus(RateLimit.REPORTS.window())), now);
        if (next.isPresent() && !reason.urgent()) {
            throw new TooManyRequestsException("reports", next.get());
        }
        CommunityReport r = CommunityReport.file(t.tenantId(), target, targetId, me.id(), reason, note, now);
        community.add(r);
        community.flush();
        boolean hidden = false;
        if (post != null && ReportRule.hiddenPendingReview(community.pendingReporters(target, targetId))) {
            post.hideForReview();
            hidden = post.status() == PostStatus.HIDDEN;
        }
        community.flush();
        if (reason.urgent()) {
            alertStaff(t);
        }
        return new ReportOutcome(r.id(), hidden, reason.urgent(),
                reason.urgent() ? crisisLines.forTenant(t.tenantId()) : List.of());
    }

    /**
     * A crisis report alerts the tenant's consultants and their chief at once, by mail, whatever they
     * chose (after the report is committed; the mail says only that an urgent report waits, with the link).
     */
    private void alertStaff(CurrentTenant t) {
        // one alert per person, however many roles (and entries in the directory) they have
        staff.members(t.tenantId()).stream()
                .filter(s -> s.enabled() && !s.pending() && (s.roles().contains(jp.tomoni.domain.tenant.TenantRole.CONSULTANT)
                        || s.roles().contains(jp.tomoni.domain.tenant.TenantRole.CHIEF_CONSULTANT)))
                .map(s -> s.username()).distinct()
                .forEach(u -> notices.fire(new CommunityNotice(t.tenantId(), u, CommunityNotice.Kind.CRISIS, null)));
    }

    /** The staff queue. */
    @Transactional
    public Queue queue() {
        CurrentTenant t = CommunityAccess.requireStaff();
        List<ReportRow> reports = community.pendingReports().stream().map(r -> new ReportRow(r.id(), r.target(), r.targetId(),
                r.reason(), r.note(), r.reporterName(), r.targetAuthorName(), excerpt(r.text()), r.createdAt())).toList();
        Queue q = new Queue(community.postsForReview(), reports);
        audit.record("list", ENTITY, "moderation queue by " + t.actor());
        return q;
    }

    /** The words of a post, without markup, cut at {@value #EXCERPT} characters (plain text, not HTML). */
    static String excerpt(String safeHtml) {
        String plain = UserText.plain(safeHtml);
        if (plain == null || plain.length() <= EXCERPT) {
            return plain;
        }
        return plain.substring(0, EXCERPT) + "…";
    }

    /** How many crisis reports wait for staff (for the staff home page). */
    @Transactional
    public long urgentReports() {
        CommunityAccess.requireStaff();
        return community.urgentPending();
    }

    /** Staff let a waiting or hidden post be seen; the author's count of approved posts grows. */
    @Transactional
    public CommunityPost approve(UUID postId) {
        CurrentTenant t = CommunityAccess.requireStaff();
        CommunityPost p = community.post(postId).orElseThrow(() -> new NotFoundException(ENTITY));
        boolean wasPending = p.status() == PostStatus.PENDING;
        p.approve(t.actor(), clock.instant());
        if (wasPending) {
            community.member(p.authorId()).ifPresent(CommunityMember::postApproved);
        }
        for (CommunityReport r : community.pendingOn(ReportTarget.POST, p.id())) {
            r.decide(false, "承認により対応済み", t.actor(), clock.instant());
        }
        community.flush();
        audit.record("approve", ENTITY, p.id().toString());
        return p;
    }

    /** Staff remove a post with a reason; its pending reports are upheld with the same reason. */
    @Transactional
    public CommunityPost remove(UUID postId, String reason) {
        CurrentTenant t = CommunityAccess.requireStaff();
        CommunityPost p = community.post(postId).orElseThrow(() -> new NotFoundException(ENTITY));
        p.remove(reason, t.actor(), clock.instant());
        for (CommunityReport r : community.pendingOn(ReportTarget.POST, p.id())) {
            r.decide(true, reason, t.actor(), clock.instant());
        }
        community.flush();
        audit.record("remove", ENTITY, p.id().toString());
        return p;
    }

    /**
     * Staff decide a report and every other pending report on the same target: upheld removes a post;
     * dismissed shows a post that reports had hidden again.
     */
    @Transactional
    public void decide(UUID reportId, boolean upheld, String reason) {
        CurrentTenant t = CommunityAccess.requireStaff();
        CommunityReport report = community.report(reportId).orElseThrow(() -> new NotFoundException("community-report"));
        if (report.targetKind() == ReportTarget.POST) {
            CommunityPost p = community.post(report.targetId()).orElseThrow(() -> new NotFoundException(ENTITY));
            if (upheld) {
                if (p.status() != PostStatus.REMOVED) {
                    p.remove(reason, t.actor(), clock.instant());
                }
            } else if (p.status() == PostStatus.HIDDEN) {
                p.approve(t.actor(), clock.instant());
            }
        }
        if (report.targetKind() == ReportTarget.MESSAGE && upheld) {
            mentoring.removeMessage(report.targetId());
        }
        report.decide(upheld, reason, t.actor(), clock.instant());
        for (CommunityReport other : community.pendingOn(report.targetKind(), report.targetId())) {
            if (!other.id().equals(report.id())) {
                other.decide(upheld, reason, t.actor(), clock.instant());
            }
        }
        community.flush();
        audit.record(upheld ? "uphold" : "dismiss", "community-report", report.id().toString());
    }

    /** A silent block: the caller no longer sees the other member's posts or name; the other is not told. */
    @Transactional
    public void block(UUID memberId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityMember other = community.member(memberId).orElseThrow(() -> new NotFoundException("community-member"));
        if (other.id().equals(me.id())) {
            throw new InvalidInputException(List.of(FieldViolation.of("memberId", "community.blockSelf")));
        }
        community.block(me.id(), other.id(), clock.instant());
    }

    @Transactional
    public void unblock(UUID memberId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        community.unblock(members.current(t).id(), memberId);
    }

    /** Whom the caller blocked, by the names they had chosen. */
    @Transactional
    public List<CommunityMember> blocked() {
        CurrentTenant t = CommunityAccess.requireParticipant();
        return community.blockedBy(members.current(t).id()).stream().map(community::member).flatMap(Optional::stream).toList();
    }
}
