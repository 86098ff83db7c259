package jp.tomoni.application.audit;

/**
 * The one audit path. Each call writes a row in the current transaction of the current tenant;
 * the database lets the application add rows, never change or remove them.
 */
public interface AuditTrail {
    void record(String action, String entityType, String entityId);

    /** A read or write of case data: the row also names the case, so the case's access log can list it. */
    void recordCase(String action, String entityType, String entityId, java.util.UUID caseId);

    /** A refused attempt to act in a tenant, written to that tenant's trail whatever the caller's tenant. */
    void recordDenied(String tenantId, String actor, String what);

    /**
     * A sign-in, failed sign-in, sign-out or tenant switch ({@code auth.*}), written to that
     * tenant's trail outside the caller's transaction.
     */
    void recordAuthEvent(String tenantId, String actor, String action, String detail, boolean denied);
}
