package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.jobs.JobBoardRepository.Counts;
import jp.tomoni.domain.jobs.Retention;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * The figures of the job board over a period: postings by industry, interests, passed interests and
 * placements, and retention at 3/6/12 months per company. Staff see the tenant's; a company only its own.
 */
@ApplicationScoped
public class JobFigures {
    @Inject
    JobBoardRepository board;

    Clock clock = Clock.systemUTC();

    public record Figures(LocalDate from, LocalDate to, Map<Industry, Integer> postingsByIndustry, Counts counts,
                          List<CompanyRetention> retention) {
    }

    /** One company's hires and their retention as of today; {@code unrecorded}: hires whose job is not recorded. */
    public record CompanyRetention(UUID companyId, String companyName, int hires, int unrecorded,
                                   List<Retention.Rate> rates) {
    }

    /** The tenant's figures (staff). */
    @Transactional
    public Figures tenant(LocalDate from, LocalDate to) {
        JobAccess.requireStaff();
        return figures(from, to, null);
    }

    /** The caller's company's own figures. */
    @Transactional
    public Figures company(LocalDate from, LocalDate to) {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = board.companyOf(t.actor()).orElseThrow(
                () -> new jp.tomoni.domain.shared.NotFoundException(CompanyService.ENTITY));
        return figures(from, to, c.id());
    }

    private Figures figures(LocalDate from, LocalDate to, UUID companyId) {
        List<FieldViolation> v = new ArrayList<>();
        if (from == null) {
            v.add(FieldViolation.of("from", "required"));
        }
        if (to == null) {
            v.add(FieldViolation.of("to", "required"));
        } else if (from != null && to.isBefore(from)) {
            v.add(FieldViolation.of("to", "jobs.beforeFrom"));
        }
        InvalidInputException.throwIfAny(v);
        LocalDate today = CaseDates.today(clock);
        List<CompanyRetention> retention = new ArrayList<>();
        board.hires(companyId).forEach((id, hires) -> retention.add(new CompanyRetention(id,
                board.company(id).map(Company::name).orElse("?"), hires.size(), Retention.unrecorded(hires),
                Retention.rates(hires, today))));
        retention.sort(java.util.Comparator.comparing(CompanyRetention::companyName));
        return new Figures(from, to, board.postingsByIndustry(from, to, companyId), board.counts(from, to, companyId),
                retention);
    }
}
