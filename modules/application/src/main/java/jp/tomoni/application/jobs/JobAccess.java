package jp.tomoni.application.jobs;

import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Who does what with jobs. Staff (consultants, their chief, employment supporters, the tenant admin)
 * review companies and postings, handle interests and answer employers. Company recruiters keep their
 * company's profile, postings and candidates. Community members (residents first) look for work.
 * Partner staff and municipal officers have no part here.
 */
public final class JobAccess {
    public static final Set<TenantRole> STAFF = EnumSet.of(TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT,
            TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER);

    private JobAccess() {
    }

    public static CurrentTenant requireStaff() {
        return TenantContext.requireAny(STAFF.toArray(TenantRole[]::new));
    }

    public static CurrentTenant requireRecruiter() {
        return TenantContext.requireAny(TenantRole.COMPANY_RECRUITER);
    }

    /** People who may look for work and say "interested": the community's members. */
    public static CurrentTenant requireSeeker() {
        return TenantContext.requireAny(CommunityAccess.MEMBERS.toArray(TenantRole[]::new));
    }

    /** Everyone who may read open postings: seekers, staff and recruiters. */
    public static CurrentTenant requireReader() {
        Set<TenantRole> all = EnumSet.copyOf(CommunityAccess.MEMBERS);
        all.addAll(STAFF);
        all.add(TenantRole.COMPANY_RECRUITER);
        return TenantContext.requireAny(all.toArray(TenantRole[]::new));
    }

    public static boolean isStaff(CurrentTenant t) {
        return t.hasAny(STAFF.toArray(TenantRole[]::new));
    }

    public static boolean isRecruiter(CurrentTenant t) {
        return t.hasAny(TenantRole.COMPANY_RECRUITER);
    }

    public static boolean isSeeker(CurrentTenant t) {
        return t.hasAny(CommunityAccess.MEMBERS.toArray(TenantRole[]::new));
    }
}
