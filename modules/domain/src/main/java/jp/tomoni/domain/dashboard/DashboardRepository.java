package jp.tomoni.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Port: the counts behind the team's dashboard, for the current tenant; counts only, never a person. */
public interface DashboardRepository {
    /** A worker's open cases by stage: 受付・アセスメント, プラン作成中, 支援中. */
    record WorkerLoad(String worker, int intake, int planning, int inSupport) {
        public int total() {
            return intake + planning + inSupport;
        }
    }

    /** A worker's promises past due and not done: appointments and the rest. */
    record Overdue(String owner, int appointments, int other) {
        public int total() {
            return appointments + other;
        }
    }

    /** Referrals still waiting for an answer, per destination, within and past their due day. */
    record OpenReferrals(String destination, int onTime, int overdue) {
    }

    /** Every worker with an open case, the heaviest load first. */
    List<WorkerLoad> caseload();

    /** Every owner with an overdue promise at {@code now}, the most first. */
    List<Overdue> overduePromises(Instant now);

    /** Open referrals (sent or accepted) per destination, judged on {@code today}. */
    List<OpenReferrals> openReferrals(LocalDate today);
}
