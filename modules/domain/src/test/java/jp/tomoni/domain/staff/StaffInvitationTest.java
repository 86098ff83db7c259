package jp.tomoni.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;

class StaffInvitationTest {

    private static List<String> faults(StaffInvitation i) {
        return i.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void an_invitation_needs_an_address_both_names_and_a_role() {
        assertEquals(List.of("email:required", "familyName:required", "givenName:required", "roles:required"),
                faults(new StaffInvitation(" ", "", null, Set.of())));
    }

    @Test
    void the_address_is_kept_trimmed_and_in_lower_case_so_one_person_has_one_account() {
        var i = new StaffInvitation("  Sato.Misaki@Example.JP ", "佐藤", "美咲", Set.of(TenantRole.CONSULTANT));
        assertEquals("sato.misaki@example.jp", i.email());
        assertTrue(i.violations().isEmpty());
    }

    @Test
    void an_address_without_a_domain_is_refused() {
        assertEquals(List.of("email:email"),
                faults(new StaffInvitation("sato@localhost", "佐藤", "美咲", Set.of(TenantRole.CONSULTANT))));
    }

    @Test
    void names_longer_than_fifty_characters_are_refused() {
        String longName = "あ".repeat(StaffInvitation.NAME_MAX + 1);
        assertEquals(List.of("familyName:tooLong"),
                faults(new StaffInvitation("a@b.jp", longName, "美咲", Set.of(TenantRole.TUTOR))));
    }

    @Test
    void only_staff_roles_call_for_a_second_factor() {
        assertTrue(new StaffInvitation("a@b.jp", "佐藤", "美咲", Set.of(TenantRole.TUTOR, TenantRole.PARTNER_STAFF)).grantsStaffRole());
        assertFalse(new StaffInvitation("a@b.jp", "佐藤", "美咲", Set.of(TenantRole.TUTOR, TenantRole.GUARDIAN)).grantsStaffRole());
    }
}
