package jp.tomoni.application.fidelity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.statistics.StatisticsService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.fidelity.ElementScore;
import jp.tomoni.domain.fidelity.Evidence;
import jp.tomoni.domain.fidelity.EvidenceRule;
import jp.tomoni.domain.fidelity.FidelityAssessment;
import jp.tomoni.domain.fidelity.FidelityCatalogue;
import jp.tomoni.domain.fidelity.FidelityCatalogues;
import jp.tomoni.domain.fidelity.FidelityRepository;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The fidelity self-assessment of the employment support programme (seed 000, D-3 to F-2): the shipped list,
 * the evidence the records give over a period beside each item they can prove, saving what the office ticks
 * (a new assessment each time, never changed), and the score per element over time. Counts only: no person
 * is read, so nothing here is a read of case data.
 */
@ApplicationScoped
public class FidelityService {
    /** Who reads the assessment: as for the national figures. */
    public static final Set<TenantRole> READERS = StatisticsService.READERS;
    /** Who records an assessment: the chief, the employment supporters and the tenant admin. */
    public static final Set<TenantRole> ASSESSORS = EnumSet.of(TenantRole.CHIEF_CONSULTANT,
            TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN);
    /** The default span looked back over: the last three complete months. */
    public static final int DEFAULT_MONTHS = 3;

    @Inject
    FidelityRepository repository;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The list in force, the evidence over the period, and the latest assessment if any. */
    public record Current(FidelityCatalogue catalogue, LocalDate from, LocalDate to, Map<EvidenceRule, Evidence> evidence,
                          Optional<FidelityAssessment> latest) {
    }

    /** A saved assessment with its score per element (in its own list's order). */
    public record Past(FidelityAssessment assessment, List<ElementScore> scores) {
    }

    public LocalDate today() {
        return CaseDates.today(clock);
    }

    /** The last {@link #DEFAULT_MONTHS} complete months: from their first day to the end of last month. */
    public LocalDate[] defaultPeriod() {
        YearMonth last = YearMonth.from(today()).minusMonths(1);
        return new LocalDate[] {last.minusMonths(DEFAULT_MONTHS - 1L).atDay(1), last.atEndOfMonth()};
    }

    @Transactional
    public Current current(LocalDate from, LocalDate to) {
        TenantContext.requireAny(READERS.toArray(TenantRole[]::new));
        checkPeriod(from, to);
        FidelityCatalogue catalogue = FidelityCatalogues.current();
        Map<EvidenceRule, Evidence> evidence = EvidenceRule.byRule(catalogue.evidence(repository.facts(from, to)));
        List<FidelityAssessment> all = repository.assessments();
        audit.record("read", "fidelity", from + ".." + to);
        return new Current(catalogue, from, to, evidence,
                all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    /** Records what the office ticked over the period, with the evidence as the records give it now; scored. */
    @Transactional
    public Past save(LocalDate from, LocalDate to, Set<String> ticked, String note) {
        CurrentTenant t = TenantContext.requireAny(ASSESSORS.toArray(TenantRole[]::new));
        checkPeriod(from, to);
        FidelityCatalogue catalogue = FidelityCatalogues.current();
        FidelityAssessment a = FidelityAssessment.record(t.tenantId(), catalogue, from, to,
                ticked == null ? Set.of() : ticked, catalogue.evidence(repository.facts(from, to)), note, t.actor(), today(),
                clock.instant());
        repository.add(a);
        audit.record("create", "fidelity", a.id().toString());
        return new Past(a, a.scores(catalogue));
    }

    /** Every saved assessment, oldest first, each scored against the list it was made under. */
    @Transactional
    public List<Past> history() {
        TenantContext.requireAny(READERS.toArray(TenantRole[]::new));
        audit.record("read", "fidelity.history", "all");
        return repository.assessments().stream().map(a -> new Past(a,
                FidelityCatalogues.byId(a.catalogueId()).map(a::scores).orElse(List.of()))).toList();
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        InvalidInputException.throwIfAny(FidelityAssessment.periodViolations(from, to, today()));
    }
}
