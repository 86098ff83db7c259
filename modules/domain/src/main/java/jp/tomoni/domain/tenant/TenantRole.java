package jp.tomoni.domain.tenant;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do inside one tenant. Granted per tenant: a role in one is worth nothing in another. */
public enum TenantRole {
    TENANT_ADMIN("tenant-admin", Kind.STAFF),
    CHIEF_CONSULTANT("chief-consultant", Kind.STAFF),
    CONSULTANT("consultant", Kind.STAFF),
    EMPLOYMENT_SUPPORTER("employment-supporter", Kind.STAFF),
    MUNICIPAL_OFFICER("municipal-officer", Kind.STAFF),
    PARTNER_STAFF("partner-staff", Kind.STAFF),
    PEER_FACILITATOR("peer-facilitator", Kind.COMMUNITY),
    MENTOR("mentor", Kind.COMMUNITY),
    TUTOR("tutor", Kind.COMMUNITY),
    GUARDIAN("guardian", Kind.SELF_REGISTERED),
    COMPANY_RECRUITER("company-recruiter", Kind.SELF_REGISTERED),
    RESIDENT("resident", Kind.SELF_REGISTERED);

    /**
     * Who may come to hold the role: staff only by a tenant admin's invitation (and with a second
     * factor); community roles by invitation too; the last three also by registering themselves.
     */
    public enum Kind { STAFF, COMMUNITY, SELF_REGISTERED }

    private final String id;
    private final Kind kind;

    TenantRole(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** Staff roles reach case data: invitation only, and a second factor at sign-in. */
    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    /** Guardians, residents and company recruiters may register themselves (recruiters wait for approval). */
    public boolean isSelfRegistered() {
        return kind == Kind.SELF_REGISTERED;
    }

    /** Who may come to hold the role. */
    public Kind kind() {
        return kind;
    }

    /** The name used in Keycloak group paths and in the UI bundles. */
    public String id() {
        return id;
    }

    public static Optional<TenantRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
