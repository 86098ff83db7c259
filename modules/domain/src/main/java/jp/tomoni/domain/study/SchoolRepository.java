package jp.tomoni.domain.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partner schools of the current tenant and the notes of visits to them (D-6 「学校への訪問」). */
public interface SchoolRepository {
    record School(UUID id, String name, SchoolKind kind, String contact, LocalDate lastVisit, int visits, long version) {
    }

    record Visit(UUID id, UUID schoolId, LocalDate visitedOn, String visitedBy, String note) {
    }

    /** Null if a school of that name is already recorded. */
    UUID add(String name, SchoolKind kind, String contact, Instant now);

    List<School> schools();

    Optional<School> school(UUID id);

    UUID addVisit(UUID schoolId, LocalDate visitedOn, String visitedBy, String note, Instant now);

    /** Visits to a school, newest first. */
    List<Visit> visits(UUID schoolId);
}
