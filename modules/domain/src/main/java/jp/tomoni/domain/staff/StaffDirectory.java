package jp.tomoni.domain.staff;

import java.util.List;
import java.util.Optional;

import jp.tomoni.domain.tenant.TenantRole;

/**
 * Who holds which role in a tenant, kept by the identity provider. Every method acts in the
 * named tenant only: a person's roles elsewhere are neither shown nor touched.
 */
public interface StaffDirectory {
    List<StaffMember> members(String tenant);

    Optional<StaffMember> member(String tenant, String userId);

    /**
     * Gives an existing account (found by e-mail) the roles, or creates one and sends the invitation
     * mail. If the mail cannot be sent, a newly created account is removed again.
     */
    StaffMember invite(String tenant, StaffInvitation invitation);

    void grant(String tenant, String userId, TenantRole role);

    void revoke(String tenant, String userId, TenantRole role);

    /** Ends every session of the person (all devices, UI and API). */
    void signOutEverywhere(String userId);
}
