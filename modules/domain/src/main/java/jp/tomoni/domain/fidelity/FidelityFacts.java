package jp.tomoni.domain.fidelity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the records show over the period [{@code from}, {@code to}] (both inclusive, Japanese days): the
 * counts the {@link EvidenceRule}s judge. "Of them" means a subset of the count before it.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param weeks Monday-starting weeks overlapping the period
 * @param weeksWithMeeting of them, weeks with a held 支援調整会議 (case conference) in the period
 * @param months calendar months overlapping the period
 * @param monthsWithMeeting of them, months with a held 支援調整会議 in the period
 * @param employmentSupportUsers people in employment support in the period
 * @param helloWorkRegistered of them, people registered at Hello Work
 * @param monthsWithLiaison months with at least one liaison meeting with an employer (連絡会)
 * @param monthsWithChamber months with at least one contact with the chamber of commerce or a like body
 * @param monthsWithHelloWorkContact months with at least one contact with or visit to Hello Work
 * @param industriesVisited distinct industries of the companies visited in the period
 * @param studySessionsHeld study-support sessions for children held
 * @param materialsShared study materials (問題集) shared in the period
 * @param schoolRefusalConsultations consultations held with parents of children not going to school
 * @param schoolVisits visits to schools
 * @param careerConsultations career consultations for lower-secondary pupils held
 * @param peopleWithFortnightlyFollowUp people with fortnightly follow-up contacts due in the period (after a job loss)
 * @param peopleFollowedUpOnTime of them, people whose every due contact was done on time
 * @param repeatedCancellations runs of two or more unkept appointments in a row ending in the period
 * @param homeVisitsAfterCancellations of them, runs followed by a home visit within 14 days
 * @param jobLeavings job leavings (離職) in the period
 * @param newPlansAfterLeaving of them, leavings followed by a new or revised plan
 * @param retentionPlans retention plans started in the period
 * @param retentionPlansSixMonths of them, plans over 6 months or more
 * @param retentionPlansThreeMonths of them, plans over 3 months or more
 * @param retentionPlansHealthMoneyCommuting of them, plans where health, money and commuting were all discussed
 * @param peopleInFollowUp people whose support ended with follow-up agreed over (part of) the period
 * @param peopleSentLetters of them, people sent a follow-up letter after the end
 * @param peopleVisitedAfterEnd of them, people visited after the end
 * @param groupSessionsHeld community group sessions held, of all kinds
 * @param mockInterviewSessionsWithPeerReview mock-interview sessions where members gave each other feedback
 * @param placeToBelongSessions place-to-belong (居場所) sessions held
 * @param lifeSkillsSessions life-skills seminar sessions held
 * @param monthsWithWorkingExchange months with a session of a working-people exchange group
 * @param activeTutors approved peer tutors with an active match
 * @param activeMentors approved peer mentors with an active match
 * @param peerFoundedGroupsWithStaffFacilitator groups founded by a former recipient that have a staff facilitator
 */
public record FidelityFacts(
        LocalDate from, LocalDate to,
        int weeks, int weeksWithMeeting, int months, int monthsWithMeeting,
        int employmentSupportUsers, int helloWorkRegistered,
        int monthsWithLiaison, int monthsWithChamber, int monthsWithHelloWorkContact, int industriesVisited,
        int studySessionsHeld, int materialsShared, int schoolRefusalConsultations, int schoolVisits, int careerConsultations,
        int peopleWithFortnightlyFollowUp, int peopleFollowedUpOnTime, int repeatedCancellations, int homeVisitsAfterCancellations,
        int jobLeavings, int newPlansAfterLeaving,
        int retentionPlans, int retentionPlansSixMonths, int retentionPlansThreeMonths, int retentionPlansHealthMoneyCommuting,
        int peopleInFollowUp, int peopleSentLetters, int peopleVisitedAfterEnd,
        int groupSessionsHeld, int mockInterviewSessionsWithPeerReview, int placeToBelongSessions, int lifeSkillsSessions,
        int monthsWithWorkingExchange, int activeTutors, int activeMentors, int peerFoundedGroupsWithStaffFacilitator) {

    public FidelityFacts {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
