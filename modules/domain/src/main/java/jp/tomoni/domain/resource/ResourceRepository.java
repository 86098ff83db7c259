package jp.tomoni.domain.resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stored directory records of the current tenant and the shared ones (the tenant is the transaction's,
 * never a parameter; shared records are read-only unless the transaction is the shared loader's).
 */
public interface ResourceRepository {
    void add(SocialResource resource);

    Optional<SocialResource> find(UUID id);

    /** The tenant's own records, newest change first. */
    List<SocialResource> newest(int limit);

    /** From now on in this transaction, shared records may be written (the shared loader only). */
    void actAsSharedWriter();

    /** Writes pending changes now, so a concurrent change is detected inside the caller's transaction. */
    void flush();

    List<Organization> organizations();

    Optional<Organization> organization(UUID id);

    Optional<Organization> organizationNamed(String name);

    void addOrganization(Organization organization);

    /** Stores the change if the row is still at {@code organization.version() - 1}; false if someone saved it since. */
    boolean changeOrganization(Organization organization);

    List<Location> locations(UUID organizationId);

    Optional<Location> location(UUID id);

    void addLocation(Location location);

    boolean changeLocation(Location location);

    /** The places of a service with their overrides, in the order given when saved. */
    List<ServiceLocation> links(UUID resourceId);

    void link(UUID resourceId, String tenantId, List<ServiceLocation> links);

    Set<UUID> hiddenShared();

    void hide(UUID resourceId, String actor, Instant at);

    void unhide(UUID resourceId);

    void report(UUID resourceId, String actor, String reason, Instant at);

    int resolveReports(UUID resourceId, String actor, Instant at);

    boolean hasOpenReport(UUID resourceId);

    /** Records verified (or registered) before {@code staleBefore}, or with an open report: own and shared, active. */
    List<StaleRecord> due(Instant staleBefore, int limit);

    record StaleRecord(UUID id, String name, boolean shared, Instant verifiedAt, String verifiedBy, int openReports,
                       String lastReason) {
    }
}
