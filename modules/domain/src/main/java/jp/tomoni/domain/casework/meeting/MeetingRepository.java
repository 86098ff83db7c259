package jp.tomoni.domain.casework.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings of the current tenant (added through the case repository). */
public interface MeetingRepository {
    Optional<CoordinationMeeting> find(UUID meetingId);

    /** Newest first. */
    List<CoordinationMeeting> list(int limit);

    List<MeetingCase> casesOf(UUID meetingId);

    /** Every hearing of a case, at any meeting. */
    List<MeetingCase> hearingsOfCase(UUID caseId);

    void remove(MeetingCase hearing);

    /** A missing resource noted at a meeting. */
    record MissingResource(UUID meetingId, LocalDate heldOn, String text) {
    }

    /** Newest meeting first. */
    List<MissingResource> missingResources(int limit);
}
