package jp.tomoni.application.outbox;

import java.util.List;
import java.util.UUID;

/** The transactional outbox of the current tenant. */
public interface Outbox {
    void append(String aggregateType, UUID aggregateId, String eventType);

    List<OutboxEvent> pending(int limit);

    void done(long id);

    void failed(long id, String reason);
}
