package jp.tomoni.application.study;

import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Who takes part in study support. Guardians book for their children. A group is run by staff of its
 * partner NPO (partner staff of that organization) and by the tenant's community staff, who
 * commission the NPOs; cleared tutors assigned to a group take attendance and write learning notes.
 * Nobody else reaches a child.
 */
public final class StudyAccess {
    /** Staff who may run groups (partner staff only those of their own NPO). */
    public static final Set<TenantRole> STAFF;

    static {
        Set<TenantRole> s = EnumSet.copyOf(CommunityAccess.STAFF);
        s.add(TenantRole.PARTNER_STAFF);
        STAFF = Set.copyOf(s);
    }

    private StudyAccess() {
    }

    public static CurrentTenant requireGuardian() {
        return TenantContext.requireAny(TenantRole.GUARDIAN);
    }

    public static CurrentTenant requireStaff() {
        return TenantContext.requireAny(STAFF.toArray(TenantRole[]::new));
    }

    /** The tenant's own staff (not partner staff): they approve tutors and keep partner schools. */
    public static CurrentTenant requireTenantStaff() {
        return CommunityAccess.requireStaff();
    }

    /** Staff, guardians and tutors (for pages all of them open). */
    public static CurrentTenant requireAnyone() {
        Set<TenantRole> all = EnumSet.copyOf(STAFF);
        all.add(TenantRole.GUARDIAN);
        all.add(TenantRole.TUTOR);
        return TenantContext.requireAny(all.toArray(TenantRole[]::new));
    }

    /** Whether the person runs groups of this NPO: tenant community staff, or partner staff of the NPO. */
    public static boolean runs(CurrentTenant t, String agency) {
        return CommunityAccess.isStaff(t) || t.hasAny(TenantRole.PARTNER_STAFF) && t.organizations().contains(agency);
    }

    /** The NPOs whose groups the person runs; null: all of them (tenant staff). */
    public static Set<String> agencies(CurrentTenant t) {
        if (CommunityAccess.isStaff(t)) {
            return null;
        }
        return t.hasAny(TenantRole.PARTNER_STAFF) ? t.organizations() : Set.of();
    }

    public static boolean isGuardian(CurrentTenant t) {
        return t.hasAny(TenantRole.GUARDIAN);
    }

    public static boolean isStaff(CurrentTenant t) {
        return t.hasAny(STAFF.toArray(TenantRole[]::new));
    }

    public static boolean isTutor(CurrentTenant t) {
        return t.hasAny(TenantRole.TUTOR);
    }
}
