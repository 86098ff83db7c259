package jp.tomoni.domain.fidelity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;

import jp.tomoni.domain.fidelity.Evidence.Status;

/**
 * How the records can prove an item: one constant per item that can be derived, named after the item in the
 * catalogue file (which item uses which rule is in the file). Every other item is a staff tick only.
 * A rule has one of four shapes:
 * <ul>
 * <li>every week or month of the period had it ({@code value} of {@code of} weeks/months);</li>
 * <li>a share of people or plans at least a percentage ({@link #HELLO_WORK_SHARE}, {@link #MOST}); no people: no records;</li>
 * <li>a count at least a minimum (1, or {@link #MANY_INDUSTRIES}); {@code of} is -1;</li>
 * <li>anyone of the people concerned ({@code value} of {@code of} people, at least one); no people and none: no records.</li>
 * </ul>
 */
public enum EvidenceRule {
    D4_WEEKLY_CASE_REVIEW(Shape.EVERY, 0, FidelityFacts::weeksWithMeeting, FidelityFacts::weeks),
    D4_MONTHLY_CASE_MEETING(Shape.EVERY, 0, FidelityFacts::monthsWithMeeting, FidelityFacts::months),
    D5_HELLO_WORK_70(Shape.SHARE, EvidenceRule.HELLO_WORK_SHARE, FidelityFacts::helloWorkRegistered,
            FidelityFacts::employmentSupportUsers),
    D5_LIAISON_MONTHLY(Shape.EVERY, 0, FidelityFacts::monthsWithLiaison, FidelityFacts::months),
    D5_HELLO_WORK_CONTACT(Shape.EVERY, 0, FidelityFacts::monthsWithHelloWorkContact, FidelityFacts::months),
    D5_INDUSTRIES(Shape.AT_LEAST, EvidenceRule.MANY_INDUSTRIES, FidelityFacts::industriesVisited, null),
    D5_CHAMBER_MONTHLY(Shape.EVERY, 0, FidelityFacts::monthsWithChamber, FidelityFacts::months),
    D6_STUDY_SUPPORT(Shape.AT_LEAST, 1, FidelityFacts::studySessionsHeld, null),
    D6_MATERIALS(Shape.AT_LEAST, 1, FidelityFacts::materialsShared, null),
    D6_SCHOOL_REFUSAL_PARENTS(Shape.AT_LEAST, 1, FidelityFacts::schoolRefusalConsultations, null),
    D6_SCHOOL_VISITS(Shape.AT_LEAST, 1, FidelityFacts::schoolVisits, null),
    D6_CAREER_COUNSELLING(Shape.AT_LEAST, 1, FidelityFacts::careerConsultations, null),
    D7_FORTNIGHTLY_CONTACT(Shape.SHARE, EvidenceRule.MOST, FidelityFacts::peopleFollowedUpOnTime,
            FidelityFacts::peopleWithFortnightlyFollowUp),
    D7_NEW_PLAN_AFTER_LEAVING(Shape.SHARE, EvidenceRule.MOST, FidelityFacts::newPlansAfterLeaving, FidelityFacts::jobLeavings),
    D7_HOME_VISIT(Shape.SHARE, EvidenceRule.MOST, FidelityFacts::homeVisitsAfterCancellations,
            FidelityFacts::repeatedCancellations),
    E1_SIX_MONTHS(Shape.SHARE, EvidenceRule.MOST, FidelityFacts::retentionPlansSixMonths, FidelityFacts::retentionPlans),
    E1_THREE_MONTHS(Shape.SHARE, EvidenceRule.MOST, FidelityFacts::retentionPlansThreeMonths, FidelityFacts::retentionPlans),
    E1_CONFERENCE_TOPICS(Shape.SHARE, EvidenceRule.MOST, FidelityFacts::retentionPlansHealthMoneyCommuting,
            FidelityFacts::retentionPlans),
    E3_LETTERS(Shape.ANY, 1, FidelityFacts::peopleSentLetters, FidelityFacts::peopleInFollowUp),
    E3_VISITS(Shape.ANY, 1, FidelityFacts::peopleVisitedAfterEnd, FidelityFacts::peopleInFollowUp),
    F1_GROUP_PROGRAMME(Shape.AT_LEAST, 1, FidelityFacts::groupSessionsHeld, null),
    F1_MOCK_INTERVIEW_PEER_REVIEW(Shape.AT_LEAST, 1, FidelityFacts::mockInterviewSessionsWithPeerReview, null),
    F1_PLACE_TO_BELONG(Shape.AT_LEAST, 1, FidelityFacts::placeToBelongSessions, null),
    F1_LIFE_SKILLS(Shape.AT_LEAST, 1, FidelityFacts::lifeSkillsSessions, null),
    F2_WORKING_EXCHANGE_MONTHLY(Shape.EVERY, 0, FidelityFacts::monthsWithWorkingExchange, FidelityFacts::months),
    /** {@code value} is tutors and mentors together, {@code extra} the mentors among them. */
    F2_PEER_TUTORS(Shape.AT_LEAST, 1, f -> f.activeTutors() + f.activeMentors(), null) {
        @Override
        int extra(FidelityFacts f) {
            return f.activeMentors();
        }
    },
    F2_PEER_GROUP_FACILITATION(Shape.AT_LEAST, 1, FidelityFacts::peerFoundedGroupsWithStaffFacilitator, null);

    /** "Most" people or plans, in percent: the share the people-based rules ask for. */
    public static final int MOST = 80;
    /** The share of employment-support users registered at Hello Work the item asks for, in percent. */
    public static final int HELLO_WORK_SHARE = 70;
    /** Distinct industries visited that count as 多岐に渡る. */
    public static final int MANY_INDUSTRIES = 3;

    private enum Shape { EVERY, SHARE, AT_LEAST, ANY }

    private final Shape shape;
    /** The percentage (SHARE) or the minimum (AT_LEAST, ANY). */
    private final int threshold;
    private final ToIntFunction<FidelityFacts> value;
    private final ToIntFunction<FidelityFacts> of;

    EvidenceRule(Shape shape, int threshold, ToIntFunction<FidelityFacts> value, ToIntFunction<FidelityFacts> of) {
        this.shape = shape;
        this.threshold = threshold;
        this.value = value;
        this.of = of == null ? f -> -1 : of;
    }

    /** What the records over {@code f}'s period say about the item. */
    public Evidence judge(FidelityFacts f) {
        int v = value.applyAsInt(f);
        int o = of.applyAsInt(f);
        return new Evidence(this, status(v, o), v, o, extra(f));
    }

    int extra(FidelityFacts f) {
        return 0;
    }

    /** {@code evidence} by its rule, for {@link FidelityAdvice}. */
    public static Map<EvidenceRule, Evidence> byRule(Collection<Evidence> evidence) {
        Map<EvidenceRule, Evidence> all = new EnumMap<>(EvidenceRule.class);
        evidence.forEach(e -> all.put(e.rule(), e));
        return all;
    }

    Status status(int v, int o) {
        return switch (shape) {
            case EVERY, SHARE -> o <= 0 ? Status.NO_RECORDS : enough(v, o) ? Status.SUPPORTED : Status.NOT_SUPPORTED;
            case AT_LEAST -> v >= threshold ? Status.SUPPORTED : Status.NOT_SUPPORTED;
            case ANY -> v >= threshold ? Status.SUPPORTED : o <= 0 ? Status.NO_RECORDS : Status.NOT_SUPPORTED;
        };
    }

    private boolean enough(int v, int o) {
        return shape == Shape.EVERY ? v >= o : v * 100L >= (long) threshold * o;
    }

    /** How many more would make {@code v} of {@code o} supported: 0 when it is, empty without records. */
    OptionalInt missing(int v, int o) {
        return switch (status(v, o)) {
            case SUPPORTED -> OptionalInt.of(0);
            case NO_RECORDS -> OptionalInt.empty();
            case NOT_SUPPORTED -> OptionalInt.of(switch (shape) {
                case EVERY -> o - v;
                case SHARE -> (int) Math.ceilDiv((long) threshold * o - v * 100L, 100L);
                case AT_LEAST, ANY -> threshold - v;
            });
        };
    }
}
