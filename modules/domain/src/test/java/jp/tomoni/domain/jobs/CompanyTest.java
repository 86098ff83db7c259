package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class CompanyTest {
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final Instant LATER = Instant.parse("2026-04-02T03:00:00Z");
    static final UUID EMPLOYER = UUID.fromString("00000000-0000-0000-0000-00000000e001");

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static Company.Draft draft(String name, String address) {
        return new Company.Draft(name, Industry.E, CompanySize.UNDER_50, address, "人事課 田中", "042-555-0100",
                "部品の検品と梱包をしています", true, false);
    }

    private static Company.Draft draft() {
        return draft("みどり野食品株式会社", "みどり野市本町1-2-3");
    }

    private static Company submitted() {
        return Company.submit("midorino", "recruiter-1", draft(), NOW);
    }

    private static Company approved() {
        Company c = submitted();
        c.approve(EMPLOYER, "staff", NOW);
        return c;
    }

    @Test
    void a_submitted_profile_waits_for_review() {
        Company c = submitted();
        assertEquals(ReviewStatus.PENDING, c.status());
        assertFalse(c.approved());
        assertFalse(c.trusted());
        assertNull(c.employerId());
        assertNull(c.decidedBy());
        assertEquals("midorino", c.tenantId());
        assertEquals("recruiter-1", c.account());
        assertEquals("みどり野食品株式会社", c.name());
        assertEquals(NOW, c.createdAt());
    }

    @Test
    void approval_links_the_employer_and_happens_once_only() {
        Company c = submitted();
        c.approve(EMPLOYER, "staff", LATER);
        assertEquals(ReviewStatus.APPROVED, c.status());
        assertTrue(c.approved());
        assertEquals(EMPLOYER, c.employerId());
        assertEquals("staff", c.decidedBy());
        assertEquals(LATER, c.decidedAt());
        assertNull(c.decisionReason());

        assertThrows(ConflictException.class, () -> c.approve(UUID.randomUUID(), "staff", LATER));
        assertThrows(ConflictException.class, () -> c.reject("後から差し戻し", "staff", LATER));
        assertEquals(EMPLOYER, c.employerId());
        assertEquals(ReviewStatus.APPROVED, c.status());
    }

    @Test
    void rejection_needs_a_reason_and_keeps_it() {
        Company c = submitted();
        var e = assertThrows(InvalidInputException.class, () -> submitted().reject("   ", "staff", LATER));
        assertEquals(List.of("reason:required"), fields(e.violations()));
        assertThrows(InvalidInputException.class, () -> submitted().reject(null, "staff", LATER));
        var tooLong = assertThrows(InvalidInputException.class,
                () -> submitted().reject("あ".repeat(Company.REASON_MAX + 1), "staff", LATER));
        assertEquals(List.of("reason:tooLong"), fields(tooLong.violations()));

        c.reject("  電話番号がつながりませんでした  ", "staff", LATER);
        assertEquals(ReviewStatus.REJECTED, c.status());
        assertEquals("電話番号がつながりませんでした", c.decisionReason());
        assertEquals("staff", c.decidedBy());
        assertFalse(c.approved());
        assertThrows(ConflictException.class, () -> c.reject("二度目", "staff", LATER));
        assertThrows(ConflictException.class, () -> c.approve(EMPLOYER, "staff", LATER));
    }

    @Test
    void a_rejection_refused_for_want_of_a_reason_leaves_the_profile_waiting() {
        Company c = submitted();
        assertThrows(InvalidInputException.class, () -> c.reject("   ", "staff", LATER));
        assertEquals(ReviewStatus.PENDING, c.status());
        assertNull(c.decidedBy());
        c.approve(EMPLOYER, "staff", LATER);
        assertTrue(c.approved());
    }

    @Test
    void a_rejected_profile_that_is_changed_goes_back_to_review() {
        Company c = submitted();
        c.reject("住所が不完全です", "staff", LATER);
        c.change(draft("みどり野食品株式会社", "みどり野市本町1-2-3 みどり野ビル2階"));
        assertEquals(ReviewStatus.PENDING, c.status());
        assertEquals("みどり野市本町1-2-3 みどり野ビル2階", c.address());
        c.approve(EMPLOYER, "staff", LATER);
        assertTrue(c.approved());
    }

    @Test
    void an_approved_profile_that_is_renamed_goes_back_to_review_and_loses_trust() {
        Company c = approved();
        c.trust(true);
        c.change(draft("みどり野フーズ株式会社", "みどり野市本町1-2-3"));
        assertEquals(ReviewStatus.PENDING, c.status());
        assertFalse(c.trusted());
        assertEquals("みどり野フーズ株式会社", c.name());
    }

    @Test
    void an_approved_profile_changed_without_a_new_name_stays_approved_and_trusted() {
        Company c = approved();
        c.trust(true);
        c.change(draft("  みどり野食品株式会社  ", "みどり野市緑町4-5-6"));
        assertEquals(ReviewStatus.APPROVED, c.status());
        assertTrue(c.trusted());
        assertEquals("みどり野市緑町4-5-6", c.address());
        assertEquals(EMPLOYER, c.employerId());
    }

    @Test
    void only_an_approved_company_may_be_trusted() {
        Company pending = submitted();
        assertThrows(ConflictException.class, () -> pending.trust(true));
        assertFalse(pending.trusted());

        Company rejected = submitted();
        rejected.reject("確認できませんでした", "staff", LATER);
        assertThrows(ConflictException.class, () -> rejected.trust(true));
        assertFalse(rejected.trusted());

        Company c = approved();
        c.trust(true);
        assertTrue(c.trusted());
        c.trust(false);
        assertFalse(c.trusted());
        assertTrue(c.approved());
    }

    @Test
    void every_required_field_is_named_in_the_violations() {
        var empty = new Company.Draft(" ", null, null, "", null, "  ", null, false, false);
        assertEquals(List.of("name:required", "industry:required", "size:required", "address:required",
                "contactPerson:required", "phone:required"), fields(empty.violations()));
        var e = assertThrows(InvalidInputException.class, () -> Company.submit("midorino", "recruiter-1", empty, NOW));
        assertEquals(List.of("name", "industry", "size", "address", "contactPerson", "phone"),
                e.violations().stream().map(FieldViolation::field).toList());
        assertEquals(List.of(), draft().violations());
    }

    @Test
    void a_change_is_checked_like_a_submission() {
        Company c = approved();
        var e = assertThrows(InvalidInputException.class, () -> c.change(draft(" ", "みどり野市本町1-2-3")));
        assertEquals(List.of("name:required"), fields(e.violations()));
        assertEquals(ReviewStatus.APPROVED, c.status());
        assertEquals("みどり野食品株式会社", c.name());
    }

    @Test
    void full_width_phone_digits_are_read_as_plain_ones() {
        var d = new Company.Draft("A社", Industry.E, CompanySize.UNDER_10, "みどり野市", "田中", "０４２ー５５５－０１００",
                null, false, false);
        assertEquals("042-555-0100", d.phone());
        assertEquals(List.of(), d.violations());
        Company c = Company.submit("midorino", "recruiter-1", d, NOW);
        assertEquals("042-555-0100", c.phone());
        assertEquals(List.of("phone:invalid"), fields(new Company.Draft("A社", Industry.E, CompanySize.UNDER_10,
                "みどり野市", "田中", "042-555-01OO", null, false, false).violations()));
    }
}
