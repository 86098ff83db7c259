package jp.tomoni.application.staff;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.staff.RoleChange;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.staff.StaffInvitation;
import jp.tomoni.domain.staff.StaffMember;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * A tenant admin's management of who holds which role in their own tenant. Each change is
 * written to the audit trail in the same transaction: if the identity provider refuses, the
 * transaction (and its audit row) is rolled back.
 */
@ApplicationScoped
public class StaffService {
    public static final String ENTITY = "user";

    @Inject
    StaffDirectory directory;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<StaffMember> members() {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        audit.record("read", ENTITY + "s", t.tenantId());
        return directory.members(t.tenantId());
    }

    @Transactional
    public StaffMember invite(StaffInvitation invitation) {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        InvalidInputException.throwIfAny(invitation.violations());
        StaffMember invited = directory.invite(t.tenantId(), invitation);
        audit.record("invite " + roleList(invitation), ENTITY, invited.userId());
        return invited;
    }

    /** @param actorUserId the admin's own user id, so they cannot remove their own admin role */
    @Transactional
    public StaffMember change(RoleChange change, String actorUserId) {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        InvalidInputException.throwIfAny(change.violationsBy(actorUserId));
        StaffMember before = directory.member(t.tenantId(), change.userId())
                .orElseThrow(() -> new NotFoundException("user"));
        if (change.grant()) {
            directory.grant(t.tenantId(), before.userId(), change.role());
        } else {
            directory.revoke(t.tenantId(), before.userId(), change.role());
        }
        audit.record((change.grant() ? "role.grant " : "role.revoke ") + change.role().id(), ENTITY, before.userId());
        return directory.member(t.tenantId(), before.userId()).orElse(before);
    }

    /** Only for a person who holds a role here; their sessions end in every tenant and on every device. */
    @Transactional
    public void signOutEverywhere(String userId) {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        StaffMember member = directory.member(t.tenantId(), userId).orElseThrow(() -> new NotFoundException("user"));
        directory.signOutEverywhere(member.userId());
        audit.record("sign-out-everywhere", ENTITY, member.userId());
    }

    private static String roleList(StaffInvitation invitation) {
        return String.join(",", invitation.roles().stream().map(TenantRole::id).sorted().toList());
    }
}
