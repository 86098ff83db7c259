package jp.tomoni.domain.casework;

import java.util.Collection;
import java.util.Set;

import jp.tomoni.domain.tenant.TenantRole;

/**
 * Who reaches a case (DOMAIN.md §1): the consultation agency's staff work on every case of their
 * tenant; the municipal officer reads them to decide; partner-agency staff see a case only while a
 * consent to share it with their agency is in force. Tenant admins manage accounts, not cases.
 */
public final class CaseAccessRule {
    /** What a person may do with one case. */
    public enum Level {
        NONE, PARTNER, OFFICER, FULL;

        public boolean canRead() {
            return this != NONE;
        }

        /** Partners add progress records under consent; officers record decisions only. */
        public boolean canAddNotes() {
            return this == FULL || this == PARTNER;
        }

        public boolean canEdit() {
            return this == FULL;
        }
    }

    public static final Set<TenantRole> CASEWORKERS =
            Set.of(TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER);

    private CaseAccessRule() {
    }

    /**
     * @param organizations the caller's agencies (Keycloak organization aliases)
     * @param sharedWith    the agencies named by the case's consents that are in force for information sharing
     */
    public static Level levelFor(Set<TenantRole> roles, Set<String> organizations, Collection<String> sharedWith) {
        if (roles.stream().anyMatch(CASEWORKERS::contains)) {
            return Level.FULL;
        }
        if (roles.contains(TenantRole.MUNICIPAL_OFFICER)) {
            return Level.OFFICER;
        }
        if (roles.contains(TenantRole.PARTNER_STAFF) && sharedWith.stream().anyMatch(organizations::contains)) {
            return Level.PARTNER;
        }
        return Level.NONE;
    }

    /**
     * 支援決定・確認 are the municipality's: only a municipal officer records them, on a case they can
     * read. Caseworkers prepare the plan but cannot decide it, whatever else they may do.
     */
    public static boolean canDecide(Set<TenantRole> roles) {
        return roles.contains(TenantRole.MUNICIPAL_OFFICER);
    }

    /** Whether the caller sees every case of the tenant, or only those shared with their agency. */
    public static boolean seesWholeCaseload(Set<TenantRole> roles) {
        return roles.stream().anyMatch(CASEWORKERS::contains) || roles.contains(TenantRole.MUNICIPAL_OFFICER);
    }
}
