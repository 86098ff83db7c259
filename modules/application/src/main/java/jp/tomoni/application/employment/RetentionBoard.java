package jp.tomoni.application.employment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.employment.EmploymentOutcomes;
import jp.tomoni.domain.employment.EmploymentRepository;
import jp.tomoni.domain.employment.EmploymentRepository.BoardPlan;
import jp.tomoni.domain.employment.EmploymentRepository.HelloWorkShare;
import jp.tomoni.domain.employment.RetentionRisk;
import jp.tomoni.domain.employment.RiskAssessment;
import jp.tomoni.domain.employment.RiskLevel;
import jp.tomoni.domain.employment.SignsSeen;

/**
 * The team's retention board: everyone in retention support with their risk and its reasons, the
 * riskiest first, so someone acts before a person quits (seeds 002, 004).
 *
 * <p>Every caseworker of a tenant sees the same board, and a team opens it often, so the judged board is
 * kept per tenant for {@code tomoni.retention.board-seconds} (15 s; 0: never kept). Any change to plans,
 * contacts or their promises in this tenant drops it once that change is committed; time alone (a
 * contact falling overdue) shows within those seconds. Every read is still checked and audited.
 */
@ApplicationScoped
public class RetentionBoard {
    @Inject
    EmploymentRepository employment;
    @Inject
    AuditTrail audit;
    @Inject
    @ConfigProperty(name = "tomoni.retention.board-seconds", defaultValue = "15")
    int keepSeconds;

    Clock clock = Clock.systemUTC();

    private final Map<String, Snapshot> kept = new ConcurrentHashMap<>();

    public record Row(BoardPlan plan, RiskAssessment risk) {
    }

    /** The board, and the tenant's Hello Work registration share (D-5: ≥ 70 %). */
    public record Board(List<Row> rows, int high, int watch, int total, HelloWorkShare helloWork) {
    }

    /** The whole tenant's board, judged and sorted, as read at {@code at}. */
    private record Snapshot(Instant at, List<Row> rows, int high, int watch, HelloWorkShare helloWork) {
    }

    /** Employment outcomes per month from {@code from} to {@code to} (at most five years). */
    @Transactional
    public List<EmploymentOutcomes.Month> outcomes(java.time.YearMonth from, java.time.YearMonth to) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        var months = EmploymentOutcomes.monthly(employment.allJobs(), from, to);
        audit.record("list", "employment-outcomes", from + ".." + to + " by " + t.actor());
        return months;
    }

    /**
     * D-5's figure for the tenant's home page: how many employment-support users are registered with Hello
     * Work (counts only, no person: not a read of case data). Caseworkers only.
     */
    @Transactional
    public HelloWorkShare helloWorkShare() {
        CaseAccess.requireCaseworker();
        return employment.helloWorkShare();
    }

    /** {@code mine}: only the caller's plans; {@code atLeast}: only rows at this risk or above (null: all). */
    @Transactional
    public Board read(boolean mine, RiskLevel atLeast) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        Instant now = clock.instant();
        Snapshot s = kept.get(t.tenantId());
        if (s == null || !s.at().plus(Duration.ofSeconds(keepSeconds)).isAfter(now)) {
            s = judge(now);
            if (keepSeconds > 0) {
                kept.put(t.tenantId(), s);
            }
        }
        List<Row> rows = new ArrayList<>();
        int high = 0;
        int watch = 0;
        int total = 0;
        for (Row r : s.rows()) {
            if (mine && !t.actor().equals(r.plan().owner())) {
                continue;
            }
            total++;
            high += r.risk().level() == RiskLevel.HIGH ? 1 : 0;
            watch += r.risk().level() == RiskLevel.WATCH ? 1 : 0;
            if (atLeast == null || r.risk().level().compareTo(atLeast) >= 0) {
                rows.add(r);
            }
        }
        // audited last: the row takes the tenant's audit-chain lock until commit (see CaseService#caseload)
        audit.record("list", "retention-board", mine ? t.actor() : "all");
        return new Board(List.copyOf(rows), high, watch, total, s.helloWork());
    }

    private Snapshot judge(Instant now) {
        LocalDate today = CaseDates.today(clock);
        List<BoardPlan> plans = employment.activePlans(now);
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
            rows.add(new Row(p, risk));
        }
        rows.sort(Comparator.comparing((Row r) -> r.risk().level()).reversed()
                .thenComparing(r -> r.plan().nextDue(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.plan().caseNumber()));
        return new Snapshot(now, List.copyOf(rows), high, watch, employment.helloWorkShare());
    }

    /** A committed change in the tenant: its board is read afresh next time. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RetentionChanged change) {
        kept.remove(change.tenantId());
    }

    void promiseClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) jp.tomoni.application.casework.RetentionPromiseClosed closed) {
        kept.remove(closed.tenantId());
    }
}
