package jp.tomoni.domain.fidelity;

import static jp.tomoni.domain.fidelity.Evidence.Status.NOT_SUPPORTED;
import static jp.tomoni.domain.fidelity.Evidence.Status.NO_RECORDS;
import static jp.tomoni.domain.fidelity.Evidence.Status.SUPPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class EvidenceRuleTest {
    /** Facts over 2026-09-01..2026-11-30 (14 weeks, 3 months), all counts 0 unless set. */
    static FidelityFacts facts(Consumer<Facts> set) {
        Facts f = new Facts();
        set.accept(f);
        return f.build();
    }

    static final class Facts {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        int weeks = 14, weeksWithMeeting, months = 3, monthsWithMeeting;
        int employmentSupportUsers, helloWorkRegistered;
        int monthsWithLiaison, monthsWithChamber, monthsWithHelloWorkContact, industriesVisited;
        int studySessionsHeld, materialsShared, schoolRefusalConsultations, schoolVisits, careerConsultations;
        int peopleWithFortnightlyFollowUp, peopleFollowedUpOnTime, repeatedCancellations, homeVisitsAfterCancellations;
        int jobLeavings, newPlansAfterLeaving;
        int retentionPlans, retentionPlansSixMonths, retentionPlansThreeMonths, retentionPlansHealthMoneyCommuting;
        int peopleInFollowUp, peopleSentLetters, peopleVisitedAfterEnd;
        int groupSessionsHeld, mockInterviewSessionsWithPeerReview, placeToBelongSessions, lifeSkillsSessions;
        int monthsWithWorkingExchange, activeTutors, activeMentors, peerFoundedGroupsWithStaffFacilitator;

        FidelityFacts build() {
            return new FidelityFacts(from, to, weeks, weeksWithMeeting, months, monthsWithMeeting,
                    employmentSupportUsers, helloWorkRegistered,
                    monthsWithLiaison, monthsWithChamber, monthsWithHelloWorkContact, industriesVisited,
                    studySessionsHeld, materialsShared, schoolRefusalConsultations, schoolVisits, careerConsultations,
                    peopleWithFortnightlyFollowUp, peopleFollowedUpOnTime, repeatedCancellations, homeVisitsAfterCancellations,
                    jobLeavings, newPlansAfterLeaving,
                    retentionPlans, retentionPlansSixMonths, retentionPlansThreeMonths, retentionPlansHealthMoneyCommuting,
                    peopleInFollowUp, peopleSentLetters, peopleVisitedAfterEnd,
                    groupSessionsHeld, mockInterviewSessionsWithPeerReview, placeToBelongSessions, lifeSkillsSessions,
                    monthsWithWorkingExchange, activeTutors, activeMentors, peerFoundedGroupsWithStaffFacilitator);
        }
    }

    static Evidence.Status judge(EvidenceRule rule, Consumer<Facts> set) {
        return rule.judge(facts(set)).status();
    }

    @Test
    void the_weekly_case_review_needs_a_meeting_in_every_week() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D4_WEEKLY_CASE_REVIEW, f -> f.weeksWithMeeting = 14));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D4_WEEKLY_CASE_REVIEW, f -> f.weeksWithMeeting = 13));
        assertEquals(NO_RECORDS, judge(EvidenceRule.D4_WEEKLY_CASE_REVIEW, f -> f.weeks = 0));
        assertEquals(new Evidence(EvidenceRule.D4_WEEKLY_CASE_REVIEW, NOT_SUPPORTED, 13, 14, 0),
                EvidenceRule.D4_WEEKLY_CASE_REVIEW.judge(facts(f -> f.weeksWithMeeting = 13)));
    }

    @Test
    void a_month_without_a_case_meeting_breaks_the_monthly_rule() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D4_MONTHLY_CASE_MEETING, f -> f.monthsWithMeeting = 3));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D4_MONTHLY_CASE_MEETING, f -> f.monthsWithMeeting = 2));
    }

    @Test
    void hello_work_registration_counts_at_70_percent_of_users() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D5_HELLO_WORK_70, f -> { f.employmentSupportUsers = 10; f.helloWorkRegistered = 7; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D5_HELLO_WORK_70, f -> { f.employmentSupportUsers = 10; f.helloWorkRegistered = 6; }));
        assertEquals(NO_RECORDS, judge(EvidenceRule.D5_HELLO_WORK_70, f -> { }));
    }

    @Test
    void a_month_without_a_liaison_meeting_breaks_the_monthly_rule() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D5_LIAISON_MONTHLY, f -> f.monthsWithLiaison = 3));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D5_LIAISON_MONTHLY, f -> f.monthsWithLiaison = 2));
    }

    @Test
    void hello_work_is_contacted_regularly_when_every_month_had_a_contact() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D5_HELLO_WORK_CONTACT, f -> f.monthsWithHelloWorkContact = 3));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D5_HELLO_WORK_CONTACT, f -> f.monthsWithHelloWorkContact = 1));
    }

    @Test
    void three_industries_visited_are_many() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D5_INDUSTRIES, f -> f.industriesVisited = EvidenceRule.MANY_INDUSTRIES));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D5_INDUSTRIES, f -> f.industriesVisited = 2));
        assertEquals(-1, EvidenceRule.D5_INDUSTRIES.judge(facts(f -> { })).of());
    }

    @Test
    void a_month_without_a_chamber_contact_breaks_the_monthly_rule() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D5_CHAMBER_MONTHLY, f -> f.monthsWithChamber = 3));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D5_CHAMBER_MONTHLY, f -> f.monthsWithChamber = 2));
    }

    @Test
    void one_study_session_shows_study_support() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D6_STUDY_SUPPORT, f -> f.studySessionsHeld = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D6_STUDY_SUPPORT, f -> { }));
    }

    @Test
    void one_material_shared_shows_the_workbooks() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D6_MATERIALS, f -> f.materialsShared = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D6_MATERIALS, f -> { }));
    }

    @Test
    void one_consultation_with_parents_shows_school_refusal_support() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D6_SCHOOL_REFUSAL_PARENTS, f -> f.schoolRefusalConsultations = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D6_SCHOOL_REFUSAL_PARENTS, f -> { }));
    }

    @Test
    void one_school_visit_shows_liaison_with_teachers() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D6_SCHOOL_VISITS, f -> f.schoolVisits = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D6_SCHOOL_VISITS, f -> { }));
    }

    @Test
    void one_career_consultation_shows_career_counselling() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D6_CAREER_COUNSELLING, f -> f.careerConsultations = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D6_CAREER_COUNSELLING, f -> { }));
    }

    @Test
    void fortnightly_contact_holds_when_most_people_were_followed_up_on_time() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D7_FORTNIGHTLY_CONTACT, f -> { f.peopleWithFortnightlyFollowUp = 5; f.peopleFollowedUpOnTime = 4; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D7_FORTNIGHTLY_CONTACT, f -> { f.peopleWithFortnightlyFollowUp = 5; f.peopleFollowedUpOnTime = 3; }));
        assertEquals(NO_RECORDS, judge(EvidenceRule.D7_FORTNIGHTLY_CONTACT, f -> { }));
    }

    @Test
    void most_job_leavings_need_a_new_plan() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D7_NEW_PLAN_AFTER_LEAVING, f -> { f.jobLeavings = 10; f.newPlansAfterLeaving = 8; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D7_NEW_PLAN_AFTER_LEAVING, f -> { f.jobLeavings = 10; f.newPlansAfterLeaving = 7; }));
        assertEquals(NO_RECORDS, judge(EvidenceRule.D7_NEW_PLAN_AFTER_LEAVING, f -> { }));
    }

    @Test
    void most_runs_of_cancellations_need_a_home_visit_within_14_days() {
        assertEquals(SUPPORTED, judge(EvidenceRule.D7_HOME_VISIT, f -> { f.repeatedCancellations = 1; f.homeVisitsAfterCancellations = 1; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.D7_HOME_VISIT, f -> { f.repeatedCancellations = 2; f.homeVisitsAfterCancellations = 1; }));
        assertEquals(NO_RECORDS, judge(EvidenceRule.D7_HOME_VISIT, f -> { }));
    }

    @Test
    void most_retention_plans_run_six_months() {
        assertEquals(SUPPORTED, judge(EvidenceRule.E1_SIX_MONTHS, f -> { f.retentionPlans = 5; f.retentionPlansSixMonths = 4; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.E1_SIX_MONTHS, f -> { f.retentionPlans = 5; f.retentionPlansSixMonths = 3; }));
        assertEquals(NO_RECORDS, judge(EvidenceRule.E1_SIX_MONTHS, f -> { }));
    }

    @Test
    void most_retention_plans_run_three_months() {
        assertEquals(SUPPORTED, judge(EvidenceRule.E1_THREE_MONTHS, f -> { f.retentionPlans = 5; f.retentionPlansThreeMonths = 5; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.E1_THREE_MONTHS, f -> { f.retentionPlans = 5; f.retentionPlansThreeMonths = 3; }));
        assertEquals(NO_RECORDS, judge(EvidenceRule.E1_THREE_MONTHS, f -> { }));
    }

    @Test
    void most_retention_plans_discussed_health_money_and_commuting() {
        assertEquals(SUPPORTED, judge(EvidenceRule.E1_CONFERENCE_TOPICS, f -> { f.retentionPlans = 10; f.retentionPlansHealthMoneyCommuting = 8; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.E1_CONFERENCE_TOPICS, f -> { f.retentionPlans = 10; f.retentionPlansHealthMoneyCommuting = 7; }));
        assertEquals(NO_RECORDS, judge(EvidenceRule.E1_CONFERENCE_TOPICS, f -> { }));
    }

    @Test
    void one_follow_up_letter_after_the_end_shows_letters() {
        assertEquals(SUPPORTED, judge(EvidenceRule.E3_LETTERS, f -> { f.peopleInFollowUp = 6; f.peopleSentLetters = 1; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.E3_LETTERS, f -> f.peopleInFollowUp = 6));
        assertEquals(NO_RECORDS, judge(EvidenceRule.E3_LETTERS, f -> { }));
    }

    @Test
    void one_visit_after_the_end_shows_visits() {
        assertEquals(SUPPORTED, judge(EvidenceRule.E3_VISITS, f -> { f.peopleInFollowUp = 6; f.peopleVisitedAfterEnd = 1; }));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.E3_VISITS, f -> f.peopleInFollowUp = 6));
        assertEquals(NO_RECORDS, judge(EvidenceRule.E3_VISITS, f -> { }));
    }

    @Test
    void one_group_session_shows_a_group_programme() {
        assertEquals(SUPPORTED, judge(EvidenceRule.F1_GROUP_PROGRAMME, f -> f.groupSessionsHeld = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.F1_GROUP_PROGRAMME, f -> { }));
    }

    @Test
    void one_mock_interview_with_peer_feedback_shows_peer_review() {
        assertEquals(SUPPORTED, judge(EvidenceRule.F1_MOCK_INTERVIEW_PEER_REVIEW, f -> f.mockInterviewSessionsWithPeerReview = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.F1_MOCK_INTERVIEW_PEER_REVIEW, f -> f.groupSessionsHeld = 4));
    }

    @Test
    void one_place_to_belong_session_shows_a_place_to_belong() {
        assertEquals(SUPPORTED, judge(EvidenceRule.F1_PLACE_TO_BELONG, f -> f.placeToBelongSessions = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.F1_PLACE_TO_BELONG, f -> { }));
    }

    @Test
    void one_life_skills_session_shows_the_seminars() {
        assertEquals(SUPPORTED, judge(EvidenceRule.F1_LIFE_SKILLS, f -> f.lifeSkillsSessions = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.F1_LIFE_SKILLS, f -> { }));
    }

    @Test
    void a_month_without_a_working_exchange_session_breaks_the_monthly_rule() {
        assertEquals(SUPPORTED, judge(EvidenceRule.F2_WORKING_EXCHANGE_MONTHLY, f -> f.monthsWithWorkingExchange = 3));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.F2_WORKING_EXCHANGE_MONTHLY, f -> f.monthsWithWorkingExchange = 2));
    }

    @Test
    void an_active_tutor_or_mentor_shows_peer_tutors_and_the_mentors_are_shown_apart() {
        assertEquals(new Evidence(EvidenceRule.F2_PEER_TUTORS, SUPPORTED, 3, -1, 1),
                EvidenceRule.F2_PEER_TUTORS.judge(facts(f -> { f.activeTutors = 2; f.activeMentors = 1; })));
        assertEquals(SUPPORTED, judge(EvidenceRule.F2_PEER_TUTORS, f -> f.activeMentors = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.F2_PEER_TUTORS, f -> { }));
    }

    @Test
    void a_peer_founded_group_with_a_staff_facilitator_shows_facilitation() {
        assertEquals(SUPPORTED, judge(EvidenceRule.F2_PEER_GROUP_FACILITATION, f -> f.peerFoundedGroupsWithStaffFacilitator = 1));
        assertEquals(NOT_SUPPORTED, judge(EvidenceRule.F2_PEER_GROUP_FACILITATION, f -> { }));
    }

    @Test
    void missing_says_how_many_more_would_make_it_supported() {
        Evidence helloWork = EvidenceRule.D5_HELLO_WORK_70.judge(facts(f -> { f.employmentSupportUsers = 10; f.helloWorkRegistered = 5; }));
        assertEquals(OptionalInt.of(2), helloWork.missing());
        assertEquals(OptionalInt.of(50), helloWork.percent());
        assertEquals(OptionalInt.of(1), EvidenceRule.D5_CHAMBER_MONTHLY.judge(facts(f -> f.monthsWithChamber = 2)).missing());
        assertEquals(OptionalInt.of(1), EvidenceRule.D6_MATERIALS.judge(facts(f -> { })).missing());
        assertEquals(OptionalInt.of(3), EvidenceRule.D5_INDUSTRIES.judge(facts(f -> { })).missing());
        assertEquals(OptionalInt.of(2), EvidenceRule.D7_HOME_VISIT.judge(facts(f -> { f.repeatedCancellations = 4; f.homeVisitsAfterCancellations = 2; })).missing(), "3.2 of 4 rounds up");
        assertEquals(OptionalInt.of(0), EvidenceRule.D6_MATERIALS.judge(facts(f -> f.materialsShared = 2)).missing());
        assertEquals(OptionalInt.empty(), EvidenceRule.E1_SIX_MONTHS.judge(facts(f -> { })).missing());
    }

    @Test
    void percent_rounds_half_up_and_needs_a_denominator() {
        assertEquals(OptionalInt.of(13), new Evidence(EvidenceRule.D7_HOME_VISIT, NOT_SUPPORTED, 1, 8, 0).percent());
        assertEquals(OptionalInt.of(67), new Evidence(EvidenceRule.D7_HOME_VISIT, NOT_SUPPORTED, 2, 3, 0).percent());
        assertEquals(OptionalInt.empty(), new Evidence(EvidenceRule.D6_MATERIALS, SUPPORTED, 4, -1, 0).percent());
        assertEquals("fidelity.rule.D6_MATERIALS", new Evidence(EvidenceRule.D6_MATERIALS, SUPPORTED, 4, -1, 0).messageKey());
    }
}
