package jp.tomoni.domain.casework;

import java.time.Instant;

/** Who did what to a case and when, as the audit trail holds it. */
public record AccessLogEntry(long seq, Instant at, String actor, String action, String entityType, String outcome) {
}
