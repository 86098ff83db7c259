package jp.tomoni.domain.casework.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decision vs confirmation (プラン策定に必要な手続き): statutory services 3, 4, 5 are applied for and
 * decided (支援決定); everything else in the plan is confirmed (確認); every plan goes to the meeting.
 */
public final class ProcedureRule {

    private ProcedureRule() {
    }

    /**
     * The procedure for a plan holding {@code services} (those marked 有) and, when
     * {@code hasOtherContent}, actions not marked statutory or related schemes (貸付 etc.).
     * Services 1 and 2 count as "other" (確認) plus their own application attached: the form's
     * 確認 box reads 法に基づく事業(上記3,4,5)以外, and their payment is decided under their own procedure.
     * A plan with nothing decided is confirmed, even an empty one, as the table's last row says.
     */
    public static Procedure forPlan(Collection<StatutoryService> services, boolean hasOtherContent) {
        Set<StatutoryService> decided = EnumSet.noneOf(StatutoryService.class);
        Set<StatutoryService> attached = EnumSet.noneOf(StatutoryService.class);
        boolean other = hasOtherContent;
        for (StatutoryService s : services) {
            if (s.needsMunicipalDecision()) {
                decided.add(s);
            } else {
                other = true;
            }
            if (s.needsOwnApplicationAttached()) {
                attached.add(s);
            }
        }
        boolean applicationNeeded = decided.stream().anyMatch(StatutoryService::isAppliedForInPlanSignature);
        return new Procedure(applicationNeeded, true, decided, other || decided.isEmpty(), attached);
    }

    /** Unmodifiable, in the form's order. */
    static Set<StatutoryService> sorted(Collection<StatutoryService> services) {
        return services == null || services.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(services));
    }
}
