package jp.tomoni.application.community;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.community.CommunityRepository.FeedbackRow;
import jp.tomoni.domain.community.CommunityRepository.ResponseRow;
import jp.tomoni.domain.community.CommunityRepository.TopicCount;
import jp.tomoni.domain.community.FeedbackAnonymity;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * Anonymous feedback (seed 003): any member says what they think of the agency or a group without it
 * being linked to them. The answer is stored with no account and no time of day, in a transaction of
 * its own apart from the note that the member has answered (so one member answers once). Staff see
 * an item's answers only from {@link FeedbackAnonymity#MIN_RESPONSES} on, and may publish a response.
 * Nothing here is audited or logged with the account, on purpose.
 */
@ApplicationScoped
public class CommunityFeedback {
    public static final String AGENCY = "agency";

    @Inject
    CommunityRepository community;
    @Inject
    CommunityMembers members;
    @Inject
    CommunityGroups groups;
    @Inject
    FeedbackWrites writes;

    Clock clock = Clock.systemUTC();

    /** An item's answers as staff may see them: the count always; the answers only from the threshold. */
    public record Results(String topic, int responses, Double averageRating, boolean shown, List<FeedbackRow> answers) {
    }

    /**
     * Sends an answer. Two transactions on purpose: first the note that the caller answered about the
     * topic, then the answer itself, so nothing in the database ties one to the other.
     */
    public void give(String topic, Integer rating, String comment) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        String c = PersonRules.optional(comment);
        InvalidInputException.throwIfAny(FeedbackAnonymity.violations(rating, c));
        String key = writes.topicAllowed(topic);
        UUID me = writes.member(t);
        if (!writes.markGiven(key, me)) {
            throw new InvalidInputException(List.of(FieldViolation.of("topic", "community.alreadyAnswered")));
        }
        writes.answer(key, rating, c, CaseDates.today(clock));
    }

    /** Every item with answers, for staff. */
    @Transactional
    public List<Results> results() {
        CommunityAccess.requireStaff();
        return community.feedbackTopics().stream().map(this::results).toList();
    }

    private Results results(TopicCount c) {
        boolean shown = FeedbackAnonymity.resultsShown(c.responses());
        return new Results(c.topic(), c.responses(), shown ? c.averageRating() : null, shown,
                shown ? community.feedback(c.topic()) : List.of());
    }

    /** One item's results, for staff. */
    @Transactional
    public Results results(String topic) {
        CommunityAccess.requireStaff();
        return community.feedbackTopics().stream().filter(c -> c.topic().equals(topic)).findFirst().map(this::results)
                .orElseThrow(() -> new NotFoundException("feedback"));
    }

    /** "You said, we did": staff publish the agency's answer to an item's feedback. */
    @Transactional
    public void respond(String topic, String body) {
        CurrentTenant t = CommunityAccess.requireStaff();
        String b = PersonRules.optional(body);
        List<FieldViolation> v = new java.util.ArrayList<>();
        PersonRules.checkText(v, "body", b, 2000);
        InvalidInputException.throwIfAny(v);
        String key = writes.topicAllowed(topic);
        TopicCount count = community.feedbackTopics().stream().filter(c -> c.topic().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("feedback"));
        // an answer to three people would point at them: only once the answers are shown
        if (!FeedbackAnonymity.resultsShown(count.responses())) {
            throw new InvalidInputException(List.of(FieldViolation.of("topic", "community.tooFewAnswers",
                    FeedbackAnonymity.MIN_RESPONSES)));
        }
        community.addFeedbackResponse(key, b, t.actor(), clock.instant());
    }

    /** The agency's published answers, for everyone in the community. */
    @Transactional
    public List<ResponseRow> responses() {
        CommunityAccess.requireParticipant();
        return community.feedbackResponses(20);
    }
}
