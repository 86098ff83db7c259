package jp.tomoni.application.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/** The separate transactions of {@link CommunityFeedback#give}: each commits on its own. */
@ApplicationScoped
public class FeedbackWrites {
    @Inject
    CommunityRepository community;
    @Inject
    CommunityMembers members;

    /** The topic as stored: {@code agency}, or {@code group:<id>} of a group the caller may see. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String topicAllowed(String topic) {
        if (CommunityFeedback.AGENCY.equals(topic)) {
            return topic;
        }
        if (topic != null && topic.startsWith("group:")) {
            try {
                UUID id = UUID.fromString(topic.substring("group:".length()));
                community.group(id).filter(g -> g.status() != jp.tomoni.domain.community.GroupStatus.PROPOSED
                        && g.status() != jp.tomoni.domain.community.GroupStatus.REJECTED)
                        .orElseThrow(() -> new NotFoundException("community-group"));
                return "group:" + id;
            } catch (IllegalArgumentException e) {
                // not a UUID: refused below
            }
        }
        throw new InvalidInputException(List.of(FieldViolation.of("topic", "invalid")));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID member(CurrentTenant t) {
        return members.current(t).id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markGiven(String topic, UUID memberId) {
        return community.markFeedbackGiven(topic, memberId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void answer(String topic, Integer rating, String comment, LocalDate receivedOn) {
        community.addFeedback(topic, rating, comment, receivedOn);
    }
}
