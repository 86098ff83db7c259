package jp.tomoni.domain.casework.plan;

import java.util.Collection;

/**
 * 再プラン vs プランの修正: a revision keeps the plan and its number and may not touch the statutory
 * services; any change to which services are 有 needs a re-plan (and so a meeting and a decision).
 */
public final class PlanNumbering {

    private PlanNumbering() {
    }

    /** A new plan: the next number, unrevised. */
    public static PlanEdition replan(PlanEdition previous) {
        return new PlanEdition(previous.planNumber() + 1, 0);
    }

    /**
     * The same plan, one revision later.
     *
     * @throws ReplanRequiredException when {@code after} adds or drops a statutory service of {@code before}
     */
    public static PlanEdition revise(PlanEdition previous,
            Collection<StatutoryService> before, Collection<StatutoryService> after) {
        StatutoryChange change = StatutoryChange.between(before, after);
        if (!change.isNone()) {
            throw new ReplanRequiredException(change);
        }
        return new PlanEdition(previous.planNumber(), previous.revision() + 1);
    }

    /** Lets the UI offer 修正 or only 再プラン before the worker saves. */
    public static boolean canRevise(Collection<StatutoryService> before, Collection<StatutoryService> after) {
        return StatutoryChange.between(before, after).isNone();
    }
}
