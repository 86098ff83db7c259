package jp.tomoni.domain.study;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One-to-one consultation slots (進路相談, 不登校の相談). A slot is booked by one family at most: the
 * booking is a single conditional update, so two families can never both get it.
 */
public interface ConsultRepository {
    record Slot(UUID id, ConsultKind kind, String expert, String expertName, Instant startsAt, int minutes, String place,
                UUID familyId, UUID childId, String childName, Integer childGrade, Instant bookedAt, String outcome,
                boolean cancelled, long version) {
        public boolean booked() {
            return familyId != null;
        }
    }

    UUID add(ConsultKind kind, String expert, String expertName, Instant startsAt, int minutes, String place, Instant now);

    Optional<Slot> slot(UUID id);

    /** Free slots of a kind starting after {@code from}, soonest first. */
    List<Slot> open(ConsultKind kind, Instant from);

    /** A family's booked slots from {@code from}, soonest first. */
    List<Slot> ofFamily(UUID familyId, Instant from);

    /** Every slot from {@code from} (booked or not), soonest first. */
    List<Slot> all(Instant from);

    /** Books a free slot; false if it was taken or cancelled meanwhile. */
    boolean book(UUID slotId, UUID familyId, UUID childId, Instant now);

    /** Gives a family's booking back; false if it was not theirs. */
    boolean release(UUID slotId, UUID familyId);

    /** Records the outcome; false if the version is stale. */
    boolean outcome(UUID slotId, String outcome, long expectedVersion);

    /** Cancels a slot; false if the version is stale. */
    boolean cancel(UUID slotId, long expectedVersion);
}
