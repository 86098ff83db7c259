package jp.tomoni.domain.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * A person's own registration: creates an account for the address, without a second factor,
     * holding {@code roles} here (none at all is allowed), and sends the mail to verify the address
     * and set a password, good for 72 hours. If the mail cannot be sent, the account is removed
     * again. If the address already has an account, nothing at all is done and nothing is sent:
     * the answer names that account with {@code created} false, for the caller's audit trail only.
     *
     * @throws IllegalArgumentException for a staff role, which only an invitation may give
     */
    AccountRegistration registerCommunityAccount(String tenant, String email, String familyName, String givenName,
                                                 Set<TenantRole> roles);

    /** The account with the roles it holds in the tenant, perhaps none; empty if there is no such account. */
    Optional<StaffMember> account(String tenant, String userId);

    /**
     * Removes an account whose address was never verified, when the registration that created it
     * could not be completed; a verified account is left alone.
     */
    void withdrawUnverified(String userId);

    void grant(String tenant, String userId, TenantRole role);

    void revoke(String tenant, String userId, TenantRole role);

    /** Ends every session of the person (all devices, UI and API). */
    void signOutEverywhere(String userId);
}
