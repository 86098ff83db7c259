package jp.tomoni.application.casework;

import java.util.List;
import java.util.UUID;

import jp.tomoni.domain.casework.TimelineEvent;

/** Anything that adds events to a case's timeline (plans, meetings, promises…); the timeline merges them all. */
public interface TimelineSource {
    List<TimelineEvent> events(UUID caseId);
}
