package jp.tomoni.application.community;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityPost;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.community.MentoringRepository;
import jp.tomoni.domain.community.MentoringRepository.ConversationRow;
import jp.tomoni.domain.community.MentoringRepository.MessageRow;
import jp.tomoni.domain.community.Messaging;
import jp.tomoni.domain.community.RateLimit;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.TooManyRequestsException;

/**
 * 1:1 messages through the portal, never through contact details ({@link Messaging}): between the two
 * of an active mentoring or tutoring match, and between a member and staff; never with a minor, never
 * across a block. Text is cleaned like posts; sending is rate-limited; a message can be reported.
 */
@ApplicationScoped
public class CommunityMessages {
    /** How many messages a conversation shows. */
    public static final int SHOWN = 100;

    @Inject
    MentoringRepository mentoring;
    @Inject
    CommunityRepository community;
    @Inject
    CommunityMembers members;
    @Inject
    Event<CommunityNotice> notices;

    Clock clock = Clock.systemUTC();

    /** A conversation with someone: who they are (by their shown name), whether one may write, the messages. */
    public record Conversation(UUID otherId, String otherName, boolean mayWrite, List<MessageRow> messages) {
    }

    /** Whether the caller may write to this member now. */
    boolean mayWrite(CommunityMember me, CommunityMember other) {
        return Messaging.mayMessage(me.party(), other.party(), mentoring.tie(me.id(), other.id()),
                community.blockedEitherWay(me.id(), other.id()));
    }

    @Transactional
    public UUID send(UUID recipientId, String rawBody) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityMember other = community.member(recipientId).orElseThrow(() -> new NotFoundException("community-member"));
        if (other.id().equals(me.id()) || !mayWrite(me, other)) {
            // the same answer whether the person exists, is blocked or is not matched: nothing to learn
            throw new NotFoundException("community-member");
        }
        String body = UserText.clean(rawBody);
        InvalidInputException.throwIfAny(CommunityPost.violations(rawBody, UserText.plain(body)));
        Instant now = clock.instant();
        Optional<Instant> next = RateLimit.MESSAGES.nextAllowed(
                mentoring.messageTimes(me.id(), now.minus(RateLimit.MESSAGES.window())), now);
        if (next.isPresent()) {
            throw new TooManyRequestsException("messages", next.get());
        }
        UUID id = UUID.randomUUID();
        // one mail until they read: none while an earlier message of this sender waits unread
        boolean waiting = mentoring.hasUnread(other.id(), me.id());
        mentoring.addMessage(id, me.id(), other.id(), body, now);
        if (!waiting) {
            notices.fire(new CommunityNotice(t.tenantId(), other.account(), CommunityNotice.Kind.MESSAGE, null));
        }
        return id;
    }

    /** The caller's conversation with another member; what they were sent is marked read. */
    @Transactional
    public Conversation with(UUID otherId) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        CommunityMember other = community.member(otherId).orElseThrow(() -> new NotFoundException("community-member"));
        if (community.blockedBy(me.id()).contains(other.id())) {
            // the viewer chose not to see them (unblock in the settings to read the history again)
            throw new NotFoundException("community-member");
        }
        List<MessageRow> messages = mentoring.conversation(me.id(), other.id(), SHOWN);
        boolean may = !other.id().equals(me.id()) && mayWrite(me, other);
        if (messages.isEmpty() && !may) {
            throw new NotFoundException("community-member");
        }
        mentoring.markRead(me.id(), other.id(), clock.instant());
        return new Conversation(other.id(), other.shownName(), may, messages);
    }

    @Transactional
    public List<ConversationRow> conversations() {
        CurrentTenant t = CommunityAccess.requireParticipant();
        return mentoring.conversations(members.current(t).id());
    }
}
