package jp.tomoni.rest.staff;

import java.util.List;

import jp.tomoni.domain.staff.StaffMember;
import jp.tomoni.domain.tenant.TenantRole;

/** A person with their roles in this tenant, roles by their ids ({@code consultant}, …). */
public record StaffDto(String userId, String username, String displayName, String email, boolean enabled,
                       boolean pending, List<String> roles) {
    static StaffDto of(StaffMember m) {
        return new StaffDto(m.userId(), m.username(), m.displayName(), m.email(), m.enabled(), m.pending(),
                m.roles().stream().sorted().map(TenantRole::id).toList());
    }
}
