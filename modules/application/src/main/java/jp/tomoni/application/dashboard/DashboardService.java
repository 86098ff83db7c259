package jp.tomoni.application.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.employment.RetentionBoard;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.dashboard.DashboardRepository;
import jp.tomoni.domain.dashboard.DashboardRepository.OpenReferrals;
import jp.tomoni.domain.dashboard.DashboardRepository.Overdue;
import jp.tomoni.domain.dashboard.DashboardRepository.WorkerLoad;
import jp.tomoni.domain.employment.EmploymentOutcomes;

/**
 * The team's dashboard for the caseworkers and their chief: open cases per worker by stage, overdue promises
 * per worker, the retention board's risk counts, open referrals per destination, and employment outcomes over
 * the last twelve months. Counts only, no person; the read is audited as a whole.
 */
@ApplicationScoped
public class DashboardService {
    /** How many months of outcomes, this month the last. */
    public static final int OUTCOME_MONTHS = 12;

    @Inject
    DashboardRepository repository;
    @Inject
    RetentionBoard retention;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** People in retention support by risk. */
    public record RetentionRisk(int high, int watch, int low) {
    }

    public record Dashboard(List<WorkerLoad> caseload, List<Overdue> overdue, RetentionRisk retention,
                            List<OpenReferrals> referrals, List<EmploymentOutcomes.Month> outcomes) {
    }

    @Transactional
    public Dashboard read() {
        CurrentTenant t = CaseAccess.requireCaseworker();
        RetentionBoard.Board board = retention.read(false, null);
        YearMonth now = YearMonth.from(CaseDates.today(clock));
        Dashboard d = new Dashboard(repository.caseload(), repository.overduePromises(clock.instant()),
                new RetentionRisk(board.high(), board.watch(), board.total() - board.high() - board.watch()),
                repository.openReferrals(CaseDates.today(clock)),
                retention.outcomes(now.minusMonths(OUTCOME_MONTHS - 1L), now));
        audit.record("read", "dashboard", t.actor());
        return d;
    }
}
