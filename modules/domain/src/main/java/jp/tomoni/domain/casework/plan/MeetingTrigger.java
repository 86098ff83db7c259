package jp.tomoni.domain.casework.plan;

import java.util.Optional;

/**
 * Why a case goes on a 支援調整会議's agenda (支援調整会議の開催時期 ①–④). A revision (修正) and
 * monitoring do not: they change no statutory service and need no new decision.
 */
public enum MeetingTrigger {
    PLAN_CREATION(1, "プラン作成時"),
    REPLAN(2, "再プラン作成時"),
    TERMINATION(3, "終結の判断時"),
    SUSPENSION(4, "プラン中断の決定時");

    private final int number;
    private final String nameJa;

    MeetingTrigger(int number, String nameJa) {
        this.number = number;
        this.nameJa = nameJa;
    }

    public int number() {
        return number;
    }

    public String nameJa() {
        return nameJa;
    }

    /** The trigger for {@code event}, or empty when the event needs no meeting. */
    public static Optional<MeetingTrigger> forEvent(PlanEvent event) {
        return Optional.ofNullable(switch (event) {
            case PLAN_CREATED -> PLAN_CREATION;
            case REPLANNED -> REPLAN;
            case TERMINATION_DECISION -> TERMINATION;
            case SUSPENSION_DECISION -> SUSPENSION;
            case PLAN_REVISED, MONITORED -> null;
        });
    }

    public static boolean needsMeeting(PlanEvent event) {
        return forEvent(event).isPresent();
    }
}
