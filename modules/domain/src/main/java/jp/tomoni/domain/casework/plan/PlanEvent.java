package jp.tomoni.domain.casework.plan;

/** What happens to a case's plan; some of these put the case on a 支援調整会議's agenda. */
public enum PlanEvent {
    PLAN_CREATED, PLAN_REVISED, REPLANNED, MONITORED, TERMINATION_DECISION, SUSPENSION_DECISION
}
