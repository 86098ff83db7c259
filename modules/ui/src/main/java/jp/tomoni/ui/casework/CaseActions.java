package jp.tomoni.ui.casework;

/**
 * How a part of the case page makes a change: the page runs it, tells the outcome (saved, field
 * faults, a concurrent change, not allowed) and redraws the case on the same tab.
 */
@FunctionalInterface
interface CaseActions {
    void act(Runnable change);
}
