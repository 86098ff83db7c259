package jp.tomoni.application.community;

import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Who takes part in a tenant's community. Members: former recipients (peer facilitators, mentors,
 * tutors), guardians and residents. Staff (consultants, their chief, employment supporters and the
 * tenant admin) approve, moderate and may post announcements. Partner staff, municipal officers and
 * company recruiters have no place here: the community is apart from casework and from hiring.
 */
public final class CommunityAccess {
    public static final Set<TenantRole> MEMBERS = EnumSet.of(TenantRole.PEER_FACILITATOR, TenantRole.MENTOR,
            TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT);
    public static final Set<TenantRole> STAFF = EnumSet.of(TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT,
            TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN);

    private CommunityAccess() {
    }

    /** Members and staff. */
    public static CurrentTenant requireParticipant() {
        Set<TenantRole> all = EnumSet.copyOf(MEMBERS);
        all.addAll(STAFF);
        return TenantContext.requireAny(all.toArray(TenantRole[]::new));
    }

    public static CurrentTenant requireStaff() {
        return TenantContext.requireAny(STAFF.toArray(TenantRole[]::new));
    }

    /** Only former recipients who facilitate may propose a peer group (staff create groups instead). */
    public static CurrentTenant requireProposer() {
        return TenantContext.requireAny(TenantRole.PEER_FACILITATOR);
    }

    public static boolean isStaff(CurrentTenant t) {
        return t.hasAny(STAFF.toArray(TenantRole[]::new));
    }

    /** Whether the person may use the community at all (for menus). */
    public static boolean isParticipant(CurrentTenant t) {
        return isStaff(t) || t.hasAny(MEMBERS.toArray(TenantRole[]::new));
    }
}
