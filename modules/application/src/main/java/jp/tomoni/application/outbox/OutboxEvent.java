package jp.tomoni.application.outbox;

import java.util.UUID;

/** A change waiting to be passed on (e.g. to the search index); written in the same transaction as the change. */
public record OutboxEvent(long id, String tenantId, String aggregateType, UUID aggregateId, String eventType, int attempts) {
}
