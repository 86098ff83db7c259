package jp.tomoni.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.tenant.TenantRole;

/** The casework rules of intake, consent, access and referral, each test named after its rule. */
class CaseworkRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static PersonDetails person() {
        return new PersonDetails("山田", "花子", "やまだ", "はなこ", Sex.FEMALE, null, LocalDate.of(1985, 4, 12), "190-0001",
                "みどり野市中央1-1", null, "090-1234-5678", null);
    }

    static IntakeDraft intake(boolean poverty, Set<ProblemArea> areas, ProblemArea main) {
        return new IntakeDraft(person(), TODAY, VisitorKind.SELF, null, null, null, areas, main, null,
                "家賃が払えない", null, poverty, null, null);
    }

    static ConsentDraft consent(Set<String> agencies, Set<ConsentPurpose> purposes) {
        return new ConsentDraft(agencies, purposes, TODAY, ConsentMethod.PAPER, "森田 健太");
    }

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(FieldViolation::field).toList();
    }

    @Test
    void an_intake_without_consent_is_registered_when_the_complaint_is_about_poverty() {
        assertTrue(IntakeAdmission.check(intake(true, Set.of(ProblemArea.INCOME), ProblemArea.INCOME), null).isEmpty());
    }

    @Test
    void an_intake_without_consent_and_not_about_poverty_is_refused() {
        assertEquals(List.of("consent"),
                fields(IntakeAdmission.check(intake(false, Set.of(ProblemArea.FAMILY), ProblemArea.FAMILY), null)));
    }

    @Test
    void an_intake_with_consent_is_registered_whatever_the_complaint() {
        assertTrue(IntakeAdmission.check(intake(false, Set.of(ProblemArea.FAMILY), ProblemArea.FAMILY),
                consent(Set.of(), Set.of(ConsentPurpose.PLAN))).isEmpty());
    }

    @Test
    void the_main_problem_must_be_one_of_the_chosen_areas() {
        var v = intake(true, Set.of(ProblemArea.INCOME, ProblemArea.DEBT), ProblemArea.HOUSING).violations(TODAY);
        assertEquals(List.of("mainProblem"), fields(v));
        assertEquals("intake.mainProblemNotChosen", v.get(0).code());
    }

    @Test
    void other_as_an_area_needs_its_description() {
        var v = intake(true, Set.of(ProblemArea.OTHER), ProblemArea.OTHER).violations(TODAY);
        assertEquals(List.of("problemOther"), fields(v));
    }

    @Test
    void only_the_family_name_is_required_of_the_person() {
        PersonDetails minimal = new PersonDetails("山田", null, null, null, null, null, null, null, null, null, null, null);
        assertTrue(minimal.violations(TODAY).isEmpty());
        PersonDetails none = new PersonDetails(" ", null, "Yamada", null, null, null, TODAY.plusDays(1), "12", null, "x", null, "a@b");
        assertEquals(List.of("familyName", "familyKana", "birthDate", "postalCode", "phoneHome", "email"), fields(none.violations(TODAY)));
    }

    @Test
    void a_family_visitor_needs_a_name_and_relation() {
        var d = new IntakeDraft(person(), TODAY, VisitorKind.FAMILY, null, null, null, Set.of(ProblemArea.INCOME),
                ProblemArea.INCOME, null, "家賃", null, true, null, null);
        assertEquals(List.of("visitorName", "visitorRelation"), fields(d.violations(TODAY)));
    }

    @Test
    void sharing_consent_must_name_known_agencies() {
        Set<String> known = Set.of("hellowork-midorino");
        assertEquals(List.of("agencies"), fields(consent(Set.of(), Set.of(ConsentPurpose.INFORMATION_SHARING))
                .violations(TODAY, known)));
        var unknown = consent(Set.of("someone-else"), Set.of(ConsentPurpose.INFORMATION_SHARING)).violations(TODAY, known);
        assertEquals("consent.unknownAgency", unknown.get(0).code());
        assertTrue(consent(Set.of("hellowork-midorino"), Set.of(ConsentPurpose.INFORMATION_SHARING)).violations(TODAY, known).isEmpty());
    }

    @Test
    void caseworkers_reach_every_case_of_their_tenant() {
        assertEquals(CaseAccessRule.Level.FULL, CaseAccessRule.levelFor(Set.of(TenantRole.CONSULTANT), Set.of(), Set.of()));
        assertTrue(CaseAccessRule.seesWholeCaseload(Set.of(TenantRole.EMPLOYMENT_SUPPORTER)));
    }

    @Test
    void partner_staff_reach_a_case_only_under_a_consent_naming_their_agency() {
        var partner = Set.of(TenantRole.PARTNER_STAFF);
        assertEquals(CaseAccessRule.Level.PARTNER, CaseAccessRule.levelFor(partner, Set.of("hw"), Set.of("hw", "npo")));
        assertEquals(CaseAccessRule.Level.NONE, CaseAccessRule.levelFor(partner, Set.of("clinic"), Set.of("hw")));
        assertEquals(CaseAccessRule.Level.NONE, CaseAccessRule.levelFor(partner, Set.of("hw"), Set.of()));
        assertFalse(CaseAccessRule.Level.PARTNER.canEdit());
        assertTrue(CaseAccessRule.Level.PARTNER.canAddNotes());
    }

    @Test
    void tenant_admins_and_community_roles_do_not_reach_cases() {
        assertEquals(CaseAccessRule.Level.NONE, CaseAccessRule.levelFor(Set.of(TenantRole.TENANT_ADMIN), Set.of(), Set.of()));
        assertEquals(CaseAccessRule.Level.NONE, CaseAccessRule.levelFor(Set.of(TenantRole.MENTOR), Set.of(), Set.of()));
    }

    @Test
    void the_municipal_officer_reads_but_does_not_edit() {
        var level = CaseAccessRule.levelFor(Set.of(TenantRole.MUNICIPAL_OFFICER), Set.of(), Set.of());
        assertTrue(level.canRead());
        assertFalse(level.canEdit());
        assertFalse(level.canAddNotes());
    }

    @Test
    void a_referral_loop_goes_sent_then_accepted_or_declined_then_completed() {
        assertTrue(ReferralStatus.SENT.canMoveTo(ReferralStatus.ACCEPTED));
        assertTrue(ReferralStatus.SENT.canMoveTo(ReferralStatus.DECLINED));
        assertFalse(ReferralStatus.SENT.canMoveTo(ReferralStatus.COMPLETED));
        assertTrue(ReferralStatus.ACCEPTED.canMoveTo(ReferralStatus.COMPLETED));
        assertFalse(ReferralStatus.COMPLETED.canMoveTo(ReferralStatus.SENT));
        assertTrue(ReferralStatus.DECLINED.needsOutcome());
    }

    @Test
    void an_open_referral_past_its_due_date_is_overdue_and_a_closed_one_never_is() {
        assertTrue(ReferralStatus.SENT.isOverdue(TODAY.minusDays(1), TODAY));
        assertFalse(ReferralStatus.SENT.isOverdue(TODAY, TODAY));
        assertTrue(ReferralStatus.ACCEPTED.isOverdue(TODAY.minusDays(1), TODAY));
        assertFalse(ReferralStatus.COMPLETED.isOverdue(TODAY.minusDays(30), TODAY));
    }

    @Test
    void a_consent_shares_only_while_in_force_and_only_when_sharing_was_agreed() {
        Consent c = Consent.record("t", java.util.UUID.randomUUID(),
                consent(Set.of("hw"), Set.of(ConsentPurpose.PLAN, ConsentPurpose.INFORMATION_SHARING)), "w", java.time.Instant.now());
        assertEquals(Set.of("hw"), c.sharedWith());
        c.revoke("w", java.time.Instant.now());
        assertEquals(Set.of(), c.sharedWith());
        Consent planOnly = Consent.record("t", java.util.UUID.randomUUID(), consent(Set.of("hw"), Set.of(ConsentPurpose.PLAN)),
                "w", java.time.Instant.now());
        assertEquals(Set.of(), planOnly.sharedWith());
    }

    @Test
    void screening_moves_the_case_as_the_national_flow_does() {
        assertEquals(CaseStatus.INFO_ONLY, CaseStatus.after(Screening.INFO_ONLY));
        assertEquals(CaseStatus.REFERRED, CaseStatus.after(Screening.REFERRED));
        assertEquals(CaseStatus.ASSESSMENT, CaseStatus.after(Screening.PLAN));
    }
}
