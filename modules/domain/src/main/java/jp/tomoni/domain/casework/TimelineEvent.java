package jp.tomoni.domain.casework;

import java.time.Instant;
import java.util.UUID;

/** One event of a case's timeline: every record of the case, merged in the order things happened. */
public record TimelineEvent(Instant at, String kind, String actor, String summary, UUID recordId) {
}
