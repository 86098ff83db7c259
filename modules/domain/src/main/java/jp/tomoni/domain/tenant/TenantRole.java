package jp.tomoni.domain.tenant;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do inside one tenant. Granted per tenant: a role in one is worth nothing in another. */
public enum TenantRole {
    TENANT_ADMIN("tenant-admin"),
    CHIEF_CONSULTANT("chief-consultant"),
    CONSULTANT("consultant"),
    EMPLOYMENT_SUPPORTER("employment-supporter"),
    MUNICIPAL_OFFICER("municipal-officer"),
    PARTNER_STAFF("partner-staff"),
    PEER_FACILITATOR("peer-facilitator"),
    MENTOR("mentor"),
    TUTOR("tutor"),
    GUARDIAN("guardian"),
    COMPANY_RECRUITER("company-recruiter"),
    RESIDENT("resident");

    private final String id;

    TenantRole(String id) {
        this.id = id;
    }

    /** The name used in Keycloak group paths and in the UI bundles. */
    public String id() {
        return id;
    }

    public static Optional<TenantRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
