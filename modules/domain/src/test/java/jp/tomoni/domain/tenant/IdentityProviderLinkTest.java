package jp.tomoni.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class IdentityProviderLinkTest {
    private static IdentityProviderLink link(String issuer, Map<String, String> roles) {
        return new IdentityProviderLink("midorino-cityhall", "みどり野市役所", issuer, "tomoni", "secret", roles);
    }

    private static List<String> codes(IdentityProviderLink l) {
        return l.violations().stream().map(FieldViolation::code).toList();
    }

    @Test
    void aCompleteLinkMapsClaimValuesToStaffRoles() {
        var l = link("https://idp.city.example/realms/staff", Map.of("welfare-consultant", "consultant"));
        assertTrue(l.violations().isEmpty(), l.violations().toString());
        assertEquals(Map.of("welfare-consultant", TenantRole.CONSULTANT), l.roles());
    }

    @Test
    void theIssuerMustBeAnHttpUrl() {
        assertEquals(List.of("tenant.idp.issuer"), codes(link("idp.city.example", Map.of("a", "consultant"))));
        assertEquals(List.of("tenant.idp.issuer"), codes(link(null, Map.of("a", "consultant"))));
    }

    @Test
    void aCityHallDirectoryMayGrantOnlyStaffRoles() {
        assertEquals(List.of("tenant.idp.role.notStaff"), codes(link("https://idp.example", Map.of("parents", "guardian"))));
    }

    @Test
    void unknownRolesAndAnEmptyMappingAreRefused() {
        assertEquals(List.of("tenant.idp.role.unknown"), codes(link("https://idp.example", Map.of("x", "superuser"))));
        assertEquals(List.of("required"), codes(link("https://idp.example", Map.of())));
    }

    @Test
    void theAliasBecomesPartOfKeycloakUrlsSoItIsKeptPlain() {
        var l = new IdentityProviderLink("Midorino City!", "x", "https://idp.example", "c", "s", Map.of("a", "consultant"));
        assertEquals(List.of("tenant.idp.alias"), codes(l));
    }
}
