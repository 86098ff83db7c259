package jp.tomoni.domain.casework.plan;

import java.util.Set;

/**
 * What a plan needs before support starts: the person's application (or consent only), the
 * 支援調整会議, a 支援決定 for {@code decided}, a 確認 for the rest, and the own applications of
 * services 1 and 2 attached.
 */
public record Procedure(
        boolean applicationNeeded,
        boolean meetingRequired,
        Set<StatutoryService> decided,
        boolean confirmation,
        Set<StatutoryService> attachmentsRequired) {

    public Procedure {
        decided = ProcedureRule.sorted(decided);
        attachmentsRequired = ProcedureRule.sorted(attachmentsRequired);
    }

    public boolean decisionNeeded() {
        return !decided.isEmpty();
    }
}
