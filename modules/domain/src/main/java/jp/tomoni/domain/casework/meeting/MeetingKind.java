package jp.tomoni.domain.casework.meeting;

/** 定期 (typically monthly, 2–5 cases) or 随時 (usually one case). */
public enum MeetingKind {
    REGULAR, AD_HOC
}
