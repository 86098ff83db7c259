package jp.tomoni.domain.casework.plan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Statutory services marked 有 that a new plan version adds or drops compared to the previous one. */
public record StatutoryChange(Set<StatutoryService> added, Set<StatutoryService> removed) {

    public StatutoryChange {
        added = ProcedureRule.sorted(added);
        removed = ProcedureRule.sorted(removed);
    }

    public static StatutoryChange between(Collection<StatutoryService> before, Collection<StatutoryService> after) {
        Set<StatutoryService> added = EnumSet.noneOf(StatutoryService.class);
        added.addAll(after);
        added.removeAll(before);
        Set<StatutoryService> removed = EnumSet.noneOf(StatutoryService.class);
        removed.addAll(before);
        removed.removeAll(after);
        return new StatutoryChange(added, removed);
    }

    public boolean isNone() {
        return added.isEmpty() && removed.isEmpty();
    }
}
