package jp.tomoni.domain.casework.meeting;

public enum MeetingStatus {
    SCHEDULED, HELD
}
