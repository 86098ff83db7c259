package jp.tomoni.application.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityHelper;
import jp.tomoni.domain.community.CommunityMatch;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.HelperKind;
import jp.tomoni.domain.community.HelperStatus;
import jp.tomoni.domain.community.MatchEvent;
import jp.tomoni.domain.community.MentoringRepository;
import jp.tomoni.domain.community.MentoringRepository.HelperRow;
import jp.tomoni.domain.community.MentoringRepository.MatchRow;
import jp.tomoni.domain.community.MentoringRepository.SessionRow;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Graduate mentors (メンター) and peer tutors (チューター), seed 000 F-1: former recipients apply as
 * mentors and staff approve them once training and a recent supervision are recorded; (former)
 * recipients offer tutoring; a mentee or learner finds one by interests, area and experience and
 * asks; the mentor or tutor decides whom to accept; staff approve every match. Contact details are
 * never shown: the two meet through the portal's messages. Sessions are recorded by either of the two.
 */
@ApplicationScoped
public class CommunityMentoring {
    public static final String ENTITY = "community-match";

    @Inject
    MentoringRepository mentoring;
    @Inject
    CommunityMembers members;
    @Inject
    AuditTrail audit;
    @Inject
    jp.tomoni.domain.community.CommunityRepository community;
    @Inject
    jakarta.enterprise.event.Event<CommunityNotice> notices;

    Clock clock = Clock.systemUTC();

    /** The caller's own offers and matches, for their page. */
    public record Mine(CommunityMember me, CommunityHelper mentor, CommunityHelper tutor, List<MatchRow> matches) {
    }

    /** What staff decide: mentors who applied, and matches the helper accepted. */
    public record StaffQueue(List<HelperRow> mentors, List<MatchRow> matches) {
    }

    private LocalDate today() {
        return CaseDates.today(clock);
    }

    /** Mentors must hold the mentor role (former recipients invited as such); tutors any member role. */
    private static void requireMayOffer(CurrentTenant t, HelperKind kind) {
        boolean ok = kind == HelperKind.MENTOR ? t.hasAny(TenantRole.MENTOR)
                : t.hasAny(CommunityAccess.MEMBERS.toArray(TenantRole[]::new));
        if (!ok) {
            throw new AccessDeniedException("may not offer " + kind);
        }
    }

    @Transactional
    public Mine mine() {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        return new Mine(me, mentoring.helperOf(me.id(), HelperKind.MENTOR).orElse(null),
                mentoring.helperOf(me.id(), HelperKind.TUTOR).orElse(null), mentoring.matchesOf(me.id()));
    }

    /** Applies as a mentor or offers tutoring; writing again changes the offer (and brings back a withdrawn one). */
    @Transactional
    public CommunityHelper offer(HelperKind kind, CommunityHelper.Draft draft) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        if (kind == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("kind", "required")));
        }
        requireMayOffer(t, kind);
        CommunityMember me = members.current(t);
        CommunityHelper h = mentoring.helperOf(me.id(), kind).orElse(null);
        if (h == null) {
            h = CommunityHelper.offer(t.tenantId(), me.id(), kind, draft, clock.instant());
            mentoring.add(h);
        } else {
            h.change(draft);
        }
        mentoring.flush();
        return h;
    }

    @Transactional
    public void withdraw(HelperKind kind) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        mentoring.helperOf(me.id(), kind).orElseThrow(() -> new NotFoundException("community-helper")).withdraw();
        mentoring.flush();
    }

    /** Approved helpers of a kind who take requests now, found by words in their interests, area and experience. */
    @Transactional
    public List<HelperRow> find(HelperKind kind, String words) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        LocalDate today = today();
        List<String> w = words == null || words.isBlank() ? List.of()
                : Arrays.stream(words.strip().split("[\\s　]+")).filter(s -> !s.isBlank()).limit(5).toList();
        return mentoring.helpers(kind == null ? HelperKind.MENTOR : kind, List.of(HelperStatus.APPROVED), w).stream()
                .filter(h -> !h.memberId().equals(me.id()))
                .filter(h -> !community.blockedEitherWay(h.memberId(), me.id()))
                .filter(h -> h.kind() == HelperKind.TUTOR
                        || jp.tomoni.domain.community.MentorRules.approvable(h.trainingCompletedOn(), h.lastSupervisionOn(), today))
                .toList();
    }

    /** A mentee or learner asks a helper; one open request per pair. */
    @Transactional
    public CommunityMatch ask(UUID helperId, String request) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityHelper h = mentoring.helper(helperId).orElseThrow(() -> new NotFoundException("community-helper"));
        InvalidInputException.throwIfAny(CommunityMatch.violations(request));
        if (h.memberId().equals(me.id())) {
            throw new InvalidInputException(List.of(FieldViolation.of("helperId", "community.askSelf")));
        }
        if (!h.takesRequests(today()) || community.blockedEitherWay(h.memberId(), me.id())) {
            throw new NotFoundException("community-helper");
        }
        if (mentoring.openMatch(h.id(), me.id())) {
            throw new InvalidInputException(List.of(FieldViolation.of("helperId", "community.alreadyAsked")));
        }
        CommunityMatch m = CommunityMatch.ask(t.tenantId(), h.id(), me.id(), request, clock.instant());
        mentoring.add(m);
        mentoring.flush();
        // the helper hears of the request (if they chose mails about decisions to make)
        notify(t, h.memberId(), m.id());
        return m;
    }

    /**
     * A step in a match: the helper accepts or declines; staff approve or reject (with a reason); either
     * of the two ends it. {@code expectedVersion} is the match as the caller read it.
     */
    @Transactional
    public CommunityMatch step(UUID matchId, MatchEvent event, String reason, long expectedVersion) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityMatch m = mentoring.match(matchId).orElseThrow(() -> new NotFoundException(ENTITY));
        CommunityHelper h = mentoring.helper(m.helperId()).orElseThrow();
        boolean helper = h.memberId().equals(me.id());
        boolean seeker = m.seekerId().equals(me.id());
        boolean staff = CommunityAccess.isStaff(t);
        if (!helper && !seeker && !staff) {
            throw new NotFoundException(ENTITY);
        }
        if (event == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("event", "required")));
        }
        boolean allowed = switch (event) {
            case ACCEPT, DECLINE -> helper;
            case APPROVE, REJECT -> staff;
            case END -> helper || seeker || staff;
        };
        if (!allowed) {
            throw new AccessDeniedException(event + " not for this person");
        }
        CaseService.expectVersion(m.version(), expectedVersion, ENTITY);
        if (event == MatchEvent.APPROVE && h.kind() == HelperKind.MENTOR && !h.takesRequests(today())) {
            // the mentor's training or supervision lapsed: the reason, at the mentor's dates
            List<FieldViolation> lapsed = jp.tomoni.domain.community.MentorRules.violations(h.trainingCompletedOn(),
                    h.lastSupervisionOn(), today());
            throw new InvalidInputException(lapsed.isEmpty() ? List.of(FieldViolation.of("helperId", "community.helperPaused"))
                    : lapsed);
        }
        m.step(event, reason, t.actor(), clock.instant());
        mentoring.flush();
        if (staff && (event == MatchEvent.APPROVE || event == MatchEvent.REJECT)) {
            audit.record(event.name().toLowerCase(java.util.Locale.ROOT), ENTITY, m.id().toString());
            for (UUID who : List.of(h.memberId(), m.seekerId())) {
                notify(t, who, m.id());
            }
        }
        return m;
    }

    /** Staff: mentors waiting for approval and matches waiting for staff. */
    @Transactional
    public StaffQueue staffQueue() {
        CommunityAccess.requireStaff();
        return new StaffQueue(mentoring.helpers(HelperKind.MENTOR, List.of(HelperStatus.APPLIED), List.of()),
                mentoring.matchesWaitingForStaff());
    }

    /** Staff record a mentor's training completion and latest supervision. */
    @Transactional
    public CommunityHelper recordTraining(UUID helperId, LocalDate trainingCompleted, LocalDate lastSupervision,
                                          long expectedVersion) {
        CommunityAccess.requireStaff();
        CommunityHelper h = mentoring.helper(helperId).orElseThrow(() -> new NotFoundException("community-helper"));
        CaseService.expectVersion(h.version(), expectedVersion, "community-helper");
        h.recordTraining(trainingCompleted, lastSupervision, today());
        mentoring.flush();
        audit.record("training", "community-helper", h.id().toString());
        return h;
    }

    /** Staff approve a mentor whose training and supervision are recorded. */
    @Transactional
    public CommunityHelper approveMentor(UUID helperId, long expectedVersion) {
        CurrentTenant t = CommunityAccess.requireStaff();
        CommunityHelper h = mentoring.helper(helperId).orElseThrow(() -> new NotFoundException("community-helper"));
        CaseService.expectVersion(h.version(), expectedVersion, "community-helper");
        h.approve(t.actor(), today(), clock.instant());
        mentoring.flush();
        notify(t, h.memberId(), h.id());
        audit.record("approve", "community-helper", h.id().toString());
        return h;
    }

    private void notify(CurrentTenant t, UUID memberId, UUID subject) {
        community.member(memberId).ifPresent(m -> notices.fire(new CommunityNotice(t.tenantId(), m.account(),
                CommunityNotice.Kind.APPROVAL, subject.toString())));
    }

    /** Either of an active match records a session they had. */
    @Transactional
    public void recordSession(UUID matchId, LocalDate heldOn, Integer minutes, String note) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityMatch m = mine(matchId, me);
        List<FieldViolation> v = new ArrayList<>();
        if (heldOn == null) {
            v.add(FieldViolation.of("heldOn", "required"));
        } else if (heldOn.isAfter(today())) {
            v.add(FieldViolation.of("heldOn", "notInFuture"));
        }
        if (minutes == null) {
            v.add(FieldViolation.of("minutes", "required"));
        } else if (minutes < 5 || minutes > 480) {
            v.add(FieldViolation.of("minutes", "outOfRange", 5, 480));
        }
        String n = jp.tomoni.domain.shared.PersonRules.optional(note);
        jp.tomoni.domain.shared.PersonRules.checkOptionalText(v, "note", n, 500);
        InvalidInputException.throwIfAny(v);
        if (!m.status().active()) {
            throw new ConflictException("match is " + m.status());
        }
        mentoring.addSession(m.id(), heldOn, minutes, n, me.id(), clock.instant());
    }

    @Transactional
    public List<SessionRow> sessions(UUID matchId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        return mentoring.sessions(mine(matchId, me).id());
    }

    /** A match of which the caller is one of the two. */
    private CommunityMatch mine(UUID matchId, CommunityMember me) {
        CommunityMatch m = mentoring.match(matchId).orElseThrow(() -> new NotFoundException(ENTITY));
        CommunityHelper h = mentoring.helper(m.helperId()).orElseThrow();
        if (!h.memberId().equals(me.id()) && !m.seekerId().equals(me.id())) {
            throw new NotFoundException(ENTITY);
        }
        return m;
    }
}
