package jp.tomoni.application.outbox;

/**
 * CDI event: a row was added to this tenant's outbox. Observed after the transaction commits
 * (the relay then passes the tenant's rows on without waiting for its next sweep of all tenants).
 */
public record OutboxAppended(String tenantId) {
}
