package jp.tomoni.application.employment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.employment.EmploymentOutcomes;
import jp.tomoni.domain.employment.EmploymentRepository;
import jp.tomoni.domain.employment.EmploymentRepository.BoardPlan;
import jp.tomoni.domain.employment.RetentionRisk;
import jp.tomoni.domain.employment.RiskAssessment;
import jp.tomoni.domain.employment.RiskLevel;
import jp.tomoni.domain.employment.SignsSeen;

/**
 * The team's retention board: everyone in retention support with their risk and its reasons, the
 * riskiest first, so someone acts before a person quits (seeds 002, 004). Risk is judged when the
 * board is read, so a contact that falls overdue overnight counts without anyone writing anything.
 */
@ApplicationScoped
public class RetentionBoard {
    @Inject
    EmploymentRepository employment;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public record Row(BoardPlan plan, RiskAssessment risk) {
    }

    /** The board, and the tenant's Hello Work registration share (D-5: ≥ 70 %). */
    public record Board(List<Row> rows, int high, int watch, int total, EmploymentRepository.HelloWorkShare helloWork) {
    }

    /** Employment outcomes per month from {@code from} to {@code to} (at most five years). */
    @Transactional
    public List<EmploymentOutcomes.Month> outcomes(java.time.YearMonth from, java.time.YearMonth to) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        var months = EmploymentOutcomes.monthly(employment.allJobs(), from, to);
        audit.record("list", "employment-outcomes", from + ".." + to + " by " + t.actor());
        return months;
    }

    /** {@code mine}: only the caller's plans; {@code atLeast}: only rows at this risk or above (null: all). */
    @Transactional
    public Board read(boolean mine, RiskLevel atLeast) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        Instant now = clock.instant();
        LocalDate today = CaseDates.today(clock);
        List<BoardPlan> plans = employment.activePlans(mine ? t.actor() : null, now);
        Map<UUID, List<SignsSeen>> signs = new HashMap<>();
        for (var s : employment.signsSince(today.minusDays(RetentionRisk.WINDOW_DAYS - 1L))) {
            signs.computeIfAbsent(s.planId(), k -> new ArrayList<>()).add(s.seen());
        }
        List<Row> rows = new ArrayList<>(plans.size());
        int high = 0;
        int watch = 0;
        for (BoardPlan p : plans) {
            RiskAssessment risk = RetentionRisk.assess(signs.getOrDefault(p.planId(), List.of()), p.missed(), today);
            high += risk.level() == RiskLevel.HIGH ? 1 : 0;
            watch += risk.level() == RiskLevel.WATCH ? 1 : 0;
            if (atLeast == null || risk.level().compareTo(atLeast) >= 0) {
                rows.add(new Row(p, risk));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.risk().level()).reversed()
                .thenComparing(r -> r.plan().nextDue(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.plan().caseNumber()));
        var helloWork = employment.helloWorkShare();
        // audited last: the row takes the tenant's audit-chain lock until commit (see CaseService#caseload)
        audit.record("list", "retention-board", mine ? t.actor() : "all");
        return new Board(List.copyOf(rows), high, watch, plans.size(), helloWork);
    }
}
