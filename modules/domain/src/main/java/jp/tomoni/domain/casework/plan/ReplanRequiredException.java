package jp.tomoni.domain.casework.plan;

import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * A revision was asked for but the statutory services changed, so it must be a 再プラン.
 * An invalid input, so it reaches the user through the one error path as {@code plan.replanRequired}.
 */
public class ReplanRequiredException extends InvalidInputException {
    private final transient StatutoryChange change;

    public ReplanRequiredException(StatutoryChange change) {
        super(List.of(FieldViolation.of("statutoryServices", "plan.replanRequired",
                numbers(change.added()), numbers(change.removed()))));
        this.change = change;
    }

    public StatutoryChange change() {
        return change;
    }

    private static List<Integer> numbers(Set<StatutoryService> services) {
        return services.stream().map(StatutoryService::number).toList();
    }
}
