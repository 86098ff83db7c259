package jp.tomoni.domain.casework.plan;

/**
 * Where a plan stands: written ({@code DRAFT} until the person has consented), waiting for the
 * 支援調整会議, approved and waiting for the municipality's 支援決定・確認, delivered, closed (by a
 * re-plan or the case's end). Only a recorded decision moves a plan into delivery.
 */
public enum PlanStatus {
    DRAFT, AWAITING_MEETING, AWAITING_DECISION, IN_DELIVERY, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
