package jp.tomoni.application.community;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.community.CommunityRepository.BookingRow;
import jp.tomoni.domain.community.CommunitySession;
import jp.tomoni.domain.community.PeerFeedback;
import jp.tomoni.domain.community.PeerFeedbackRepository;
import jp.tomoni.domain.community.PeerFeedbackRepository.FeedbackRow;
import jp.tomoni.domain.community.PeerFeedbackRepository.ReceivedRow;
import jp.tomoni.domain.community.PeerFeedbackRepository.StartedSession;
import jp.tomoni.domain.community.PeerReviewRules;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Peer review in mock interviews (模擬面接会): once a session has started, each member who booked it
 * writes to each other member who booked it what went well, first, and optionally one thing to try
 * ({@link PeerFeedback}, {@link PeerReviewRules}). The recipient reads what they received without the
 * giver's name, so the review stays kind and safe; the tenant's staff and the group's runners read all
 * of a session's feedback with names. The texts are plain text, stored as typed (trimmed).
 * A session whose group the caller may not see is "not found".
 */
@ApplicationScoped
public class CommunityPeerFeedback {
    public static final String SESSION = "community-session";
    /** How many of a group's past sessions the group page offers for feedback. */
    public static final int SESSIONS_SHOWN = 20;

    @Inject
    CommunityRepository community;
    @Inject
    PeerFeedbackRepository feedback;
    @Inject
    CommunityMembers members;
    @Inject
    CommunityGroups groups;

    Clock clock = Clock.systemUTC();

    /** A member the caller may still review in the session: their id and the name they chose. */
    public record Peer(UUID memberId, String shownName) {
    }

    /** What the caller wrote (they know whom to). */
    public record Given(UUID id, UUID sessionId, UUID toMemberId, String strengths, String oneThingToTry, Instant createdAt) {
    }

    /**
     * A session's feedback as the caller may see it: what they received, without the giver; and, for the
     * tenant's staff and the group's runners only, every feedback of the session with names (otherwise null).
     */
    public record SessionFeedback(List<ReceivedRow> received, List<FeedbackRow> all) {
    }

    /**
     * For a group page: whether the group asks for peer feedback; the group's sessions the caller booked
     * that have started, the latest first; and the feedback the caller received in the group.
     */
    public record GroupFeedback(boolean peerFeedback, List<StartedSession> sessions, List<ReceivedRow> received) {
    }

    private record Seen(CurrentTenant tenant, CommunityMember me, CommunitySession session, CommunityGroup group,
                        boolean staff) {
        boolean staffOrRunner() {
            return staff || group.runBy(me.id(), tenant.actor());
        }
    }

    /** A session whose group the caller may see. */
    private Seen seen(UUID sessionId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        boolean staff = CommunityAccess.isStaff(t);
        if (sessionId == null) {
            throw new NotFoundException(SESSION);
        }
        CommunitySession s = community.session(sessionId).orElseThrow(() -> new NotFoundException(SESSION));
        CommunityGroup g = groups.visible(s.groupId(), me, staff);
        return new Seen(t, me, s, g, staff);
    }

    private static PeerReviewRules.Session rules(Seen c, List<BookingRow> bookings) {
        return new PeerReviewRules.Session(c.group().kind(), c.session().startsAt(), c.session().cancelled(),
                bookings.stream().map(BookingRow::memberId).collect(Collectors.toSet()));
    }

    /** The caller, who booked the session, writes to another member who booked it; once per session and recipient. */
    @Transactional
    public Given give(UUID sessionId, UUID toMemberId, PeerFeedback written) {
        Seen c = seen(sessionId);
        Instant now = clock.instant();
        UUID me = c.me().id();
        PeerReviewRules.Session session = rules(c, community.bookings(c.session().id()));
        boolean blocked = toMemberId != null && !toMemberId.equals(me) && community.blockedEitherWay(me, toMemberId);
        boolean already = toMemberId != null && feedback.reviewedBy(c.session().id(), me).contains(toMemberId);
        List<FieldViolation> v = new ArrayList<>(PeerReviewRules.violations(session, me, toMemberId, blocked, already, now));
        v.addAll(written.violations());
        InvalidInputException.throwIfAny(v);
        UUID id = UUID.randomUUID();
        // two submissions at once: the second finds the first's row and is told so
        if (!feedback.add(id, c.session().id(), me, toMemberId, written, now)) {
            throw new InvalidInputException(List.of(FieldViolation.of("toMemberId", "community.alreadyReviewed")));
        }
        return new Given(id, c.session().id(), toMemberId, written.strengths(), written.oneThingToTry(), now);
    }

    /** The other members who booked the session whom the caller may still review, in the order they booked. */
    @Transactional
    public List<Peer> peers(UUID sessionId) {
        Seen c = seen(sessionId);
        Instant now = clock.instant();
        UUID me = c.me().id();
        List<BookingRow> bookings = community.bookings(c.session().id());
        PeerReviewRules.Session session = rules(c, bookings);
        InvalidInputException.throwIfAny(PeerReviewRules.sessionViolations(session, me, now));
        Set<UUID> blocked = new HashSet<>();
        for (BookingRow b : bookings) {
            if (!b.memberId().equals(me) && community.blockedEitherWay(me, b.memberId())) {
                blocked.add(b.memberId());
            }
        }
        Set<UUID> open = new HashSet<>(PeerReviewRules.stillToReview(session,
                bookings.stream().map(BookingRow::memberId).toList(), me, blocked,
                feedback.reviewedBy(c.session().id(), me), now));
        return bookings.stream().filter(b -> open.contains(b.memberId())).map(b -> new Peer(b.memberId(), b.shownName()))
                .toList();
    }

    /** What the caller may see of a session's feedback (see {@link SessionFeedback}). */
    @Transactional
    public SessionFeedback feedback(UUID sessionId) {
        Seen c = seen(sessionId);
        return new SessionFeedback(feedback.received(c.session().id(), c.me().id()),
                c.staffOrRunner() ? feedback.ofSession(c.session().id()) : null);
    }

    /** For the group page; past sessions too, which the page's own list leaves out after a few hours. */
    @Transactional
    public GroupFeedback forGroup(UUID groupId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityGroup g = groups.visible(groupId, me, CommunityAccess.isStaff(t));
        if (!g.kind().peerFeedback()) {
            return new GroupFeedback(false, List.of(), List.of());
        }
        return new GroupFeedback(true, feedback.startedSessionsBookedBy(g.id(), me.id(), clock.instant(), SESSIONS_SHOWN),
                feedback.receivedInGroup(g.id(), me.id()));
    }
}
