package jp.tomoni.domain.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;

class SelfRegistrationTest {

    private static List<String> faults(SelfRegistration r) {
        return r.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    private static SelfRegistration guardian() {
        return new SelfRegistration("Hana.Suzuki@Example.JP ", " 鈴木", "花子", "guardian", null, null, true);
    }

    private static SelfRegistration recruiter(String company, String number) {
        return new SelfRegistration("hr@example.co.jp", "田中", "一郎", "company-recruiter", company, number, true);
    }

    @Test
    void a_guardian_with_an_address_both_names_and_consent_is_valid_and_kept_normalised() {
        SelfRegistration r = guardian();
        assertEquals(List.of(), faults(r));
        assertEquals("hana.suzuki@example.jp", r.email());
        assertEquals("鈴木", r.familyName());
        assertEquals(Optional.of(TenantRole.GUARDIAN), r.chosenRole());
        assertFalse(r.needsApproval());
    }

    @Test
    void an_empty_registration_names_every_field_at_fault() {
        assertEquals(List.of("email:required", "familyName:required", "givenName:required", "role:required", "agreed:mustAgree"),
                faults(new SelfRegistration(null, "", " ", null, null, null, false)));
    }

    @Test
    void the_address_and_names_follow_the_same_rules_as_an_invitation() {
        assertEquals(List.of("email:email", "givenName:tooLong"),
                faults(new SelfRegistration("sato@localhost", "佐藤", "あ".repeat(51), "resident", null, null, true)));
    }

    @Test
    void staff_community_and_unknown_roles_cannot_be_chosen_by_oneself() {
        for (String role : List.of("tenant-admin", "consultant", "tutor", "wizard")) {
            assertEquals(List.of("role:invalidChoice"),
                    faults(new SelfRegistration("a@b.jp", "佐藤", "美咲", role, null, null, true)), role);
        }
    }

    @Test
    void residents_and_guardians_may_register_without_approval() {
        for (String role : List.of("guardian", "resident")) {
            SelfRegistration r = new SelfRegistration("a@b.jp", "佐藤", "美咲", role, null, null, true);
            assertTrue(r.violations().isEmpty(), role);
            assertFalse(r.needsApproval(), role);
        }
    }

    @Test
    void consent_to_the_terms_is_required() {
        assertEquals(List.of("agreed:mustAgree"),
                faults(new SelfRegistration("a@b.jp", "佐藤", "美咲", "resident", null, null, false)));
    }

    @Test
    void a_recruiter_needs_a_company_name_and_waits_for_approval() {
        assertEquals(List.of("companyName:required"), faults(recruiter(" ", null)));
        assertTrue(recruiter("株式会社みどり", null).needsApproval());
        assertEquals(List.of(), faults(recruiter("株式会社みどり", null)), "the 法人番号 is optional");
    }

    @Test
    void a_company_name_longer_than_a_hundred_characters_is_refused() {
        assertEquals(List.of("companyName:tooLong"), faults(recruiter("社".repeat(101), null)));
        assertEquals(List.of(), faults(recruiter("社".repeat(100), null)));
    }

    @Test
    void a_corporate_number_must_have_thirteen_digits_and_its_check_digit() {
        assertEquals(List.of("corporateNumber:corporateNumber.digits"), faults(recruiter("国税庁", "700001205")));
        assertEquals(List.of("corporateNumber:corporateNumber.checkDigit"), faults(recruiter("国税庁", "8000012050002")));
        SelfRegistration ok = recruiter("国税庁", "７０００-０１-２０５０００２");
        assertEquals(List.of(), faults(ok));
        assertEquals("7000012050002", ok.corporateNumber());
    }

    @Test
    void company_fields_sent_by_anyone_but_a_recruiter_are_dropped_not_refused() {
        SelfRegistration r = new SelfRegistration("a@b.jp", "佐藤", "美咲", "resident", "社".repeat(300), "123", true);
        assertEquals(List.of(), faults(r));
        assertNull(r.companyName());
        assertNull(r.corporateNumber());
    }
}
