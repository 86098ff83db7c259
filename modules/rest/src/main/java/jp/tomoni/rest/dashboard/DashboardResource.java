package jp.tomoni.rest.dashboard;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.tomoni.application.dashboard.DashboardService;
import jp.tomoni.domain.dashboard.DashboardRepository.OpenReferrals;
import jp.tomoni.domain.dashboard.DashboardRepository.Overdue;
import jp.tomoni.domain.dashboard.DashboardRepository.WorkerLoad;

/** The team's dashboard: the same counts the charts draw, for caseworkers and their chief. */
@Path("t/{tenant}/dashboard")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    @Inject
    DashboardService service;

    public record OutcomeDto(String month, int started, int incomeUp, int losses, int changes) {
    }

    public record DashboardDto(List<WorkerLoad> caseload, List<Overdue> overdue, DashboardService.RetentionRisk retention,
                               List<OpenReferrals> referrals, List<OutcomeDto> outcomes) {
    }

    @GET
    public DashboardDto read() {
        DashboardService.Dashboard d = service.read();
        return new DashboardDto(d.caseload(), d.overdue(), d.retention(), d.referrals(), d.outcomes().stream()
                .map(m -> new OutcomeDto(m.month().toString(), m.started(), m.incomeUp(), m.losses(), m.changes()))
                .toList());
    }
}
