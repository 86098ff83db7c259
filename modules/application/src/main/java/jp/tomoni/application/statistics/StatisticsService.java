package jp.tomoni.application.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.documents.Spreadsheets;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.statistics.ClosedMonth;
import jp.tomoni.domain.statistics.Figure;
import jp.tomoni.domain.statistics.ImprovementFigures;
import jp.tomoni.domain.statistics.MonthlyFigures;
import jp.tomoni.domain.statistics.NationalStatistics;
import jp.tomoni.domain.statistics.NationalTargets;
import jp.tomoni.domain.statistics.PeerBenchmark;
import jp.tomoni.domain.statistics.PersonEvent;
import jp.tomoni.domain.statistics.StatisticsRepository;
import jp.tomoni.domain.statistics.StatisticsRepository.CaseLine;
import jp.tomoni.domain.statistics.StatisticsRepository.Peers;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The national monthly figures of the current tenant, computed from its records: any span of months,
 * each beside its latest closed version and the national targets; the people behind a figure (each case
 * listed is an audited read); closing a month (a new version when corrected, with the reason); the
 * export laid out for submission; and the averages of peers, shown from five tenants.
 */
@ApplicationScoped
public class StatisticsService {
    /** Who reads the figures and the people behind them: the caseworkers, their chief, the city's officers. */
    public static final Set<TenantRole> READERS;
    /** Who closes a month: the chief and the tenant admin. */
    public static final Set<TenantRole> CLOSERS = EnumSet.of(TenantRole.CHIEF_CONSULTANT, TenantRole.TENANT_ADMIN);
    /** The longest span computed at once. */
    public static final int MAX_MONTHS = 24;

    static {
        Set<TenantRole> r = EnumSet.copyOf(CaseAccessRule.CASEWORKERS);
        r.add(TenantRole.MUNICIPAL_OFFICER);
        r.add(TenantRole.TENANT_ADMIN);
        READERS = java.util.Collections.unmodifiableSet(r);
    }

    @Inject
    StatisticsRepository repository;
    @Inject
    TenantStore tenants;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** One month: the figures as computed now, per 100,000, the rate, and the latest closed version if any. */
    public record Month(MonthlyFigures figures, int population, Map<Figure, BigDecimal> per100k, BigDecimal rate,
                        Optional<ClosedMonth> closed, Map<Figure, int[]> sinceClosed) {
        public BigDecimal target(Figure f) {
            return NationalTargets.of(f);
        }
    }

    /** A case behind a figure, with the day that counted. */
    public record Line(CaseLine c, LocalDate on) {
    }

    /** The averages of peers per 100,000; empty below {@link PeerBenchmark#MIN_TENANTS}. */
    public record PeerView(String prefecture, Optional<Peers> prefectureAverages, Optional<Peers> nationalAverages) {
    }

    public YearMonth lastMonth() {
        return YearMonth.from(CaseDates.today(clock)).minusMonths(1);
    }

    /** The months {@code from} to {@code to}, oldest first. */
    @Transactional
    public List<Month> months(YearMonth from, YearMonth to) {
        CurrentTenant t = TenantContext.requireAny(READERS.toArray(TenantRole[]::new));
        checkSpan(from, to);
        List<PersonEvent> events = repository.events(from.atDay(1), to.atEndOfMonth());
        int population = population(t);
        Map<YearMonth, ClosedMonth> closed = repository.closed(from, to).stream()
                .collect(Collectors.toMap(ClosedMonth::month, Function.identity()));
        List<Month> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(month(NationalStatistics.month(events, m), population, Optional.ofNullable(closed.get(m))));
        }
        audit.record("read", "statistics", from + ".." + to);
        return out;
    }

    private static Month month(MonthlyFigures f, int population, Optional<ClosedMonth> closed) {
        Map<Figure, BigDecimal> per = new java.util.EnumMap<>(Figure.class);
        for (Figure x : Figure.values()) {
            if (x.perPopulation()) {
                per.put(x, f.per100k(x, population));
            }
        }
        return new Month(f, population, per, f.rate(), closed,
                closed.map(c -> f.differences(c.figures())).orElse(Map.of()));
    }

    /** 自立に向けた改善 of each month {@code from} to {@code to}: the evaluated, the improved, per item. */
    @Transactional
    public List<ImprovementFigures> improvements(YearMonth from, YearMonth to) {
        TenantContext.requireAny(READERS.toArray(TenantRole[]::new));
        checkSpan(from, to);
        List<ImprovementFigures.Evaluated> evaluations = repository.evaluations(from.atDay(1), to.atEndOfMonth());
        List<ImprovementFigures> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(ImprovementFigures.of(evaluations, m));
        }
        audit.record("read", "statistics.improvements", from + ".." + to);
        return out;
    }

    /** The cases behind one figure of a month; each case listed is an audited read of case data. */
    @Transactional
    public List<Line> behind(YearMonth month, Figure figure) {
        TenantContext.requireAny(READERS.toArray(TenantRole[]::new));
        checkSpan(month, month);
        List<PersonEvent> events = NationalStatistics.behind(repository.events(month.atDay(1), month.atEndOfMonth()),
                month, figure);
        Map<UUID, CaseLine> cases = repository.cases(events.stream().map(PersonEvent::caseId).toList()).stream()
                .collect(Collectors.toMap(CaseLine::caseId, Function.identity()));
        List<Line> out = new ArrayList<>();
        for (PersonEvent e : events) {
            CaseLine c = cases.get(e.caseId());
            if (c != null) {
                audit.recordCase("read", "statistics", month + " " + figure.name(), c.caseId());
                out.add(new Line(c, e.on()));
            }
        }
        return out;
    }

    /** Every closed version of a month, the latest first. */
    @Transactional
    public List<ClosedMonth> versions(YearMonth month) {
        TenantContext.requireAny(READERS.toArray(TenantRole[]::new));
        return repository.versions(month);
    }

    /**
     * Closes the month as it is computed now: version 1, or the next version when the figures changed
     * since (with the reason). Unchanged figures are not closed again.
     */
    @Transactional
    public ClosedMonth close(YearMonth month, String note) {
        CurrentTenant t = TenantContext.requireAny(CLOSERS.toArray(TenantRole[]::new));
        checkSpan(month, month);
        MonthlyFigures now = NationalStatistics.month(repository.events(month.atDay(1), month.atEndOfMonth()), month);
        List<ClosedMonth> versions = repository.versions(month);
        if (!versions.isEmpty() && versions.get(0).figures().equals(now)) {
            throw new InvalidInputException(List.of(FieldViolation.of("month", "statistics.unchanged")));
        }
        ClosedMonth c = ClosedMonth.close(t.tenantId(), now, population(t), versions.isEmpty() ? 0 : versions.get(0)
                .reportVersion(), note, CaseDates.today(clock), t.actor(), clock.instant());
        repository.add(c);
        audit.record("close", "statistics_month", month + " v" + c.reportVersion());
        return c;
    }

    /** The averages of the tenant's prefecture and of all tenants for a closed month, each from five tenants. */
    @Transactional
    public PeerView peers(YearMonth month) {
        CurrentTenant t = TenantContext.requireAny(READERS.toArray(TenantRole[]::new));
        String prefecture = tenants.find(t.tenantId()).map(TenantDefinition::prefecture).orElse(null);
        Peers pref = prefecture == null ? null : repository.peers(month, prefecture);
        Peers all = repository.peers(month, null);
        return new PeerView(prefecture, Optional.ofNullable(pref).filter(p -> PeerBenchmark.shown(p.tenants())),
                Optional.of(all).filter(p -> PeerBenchmark.shown(p.tenants())));
    }

    /**
     * The months as submitted: one row per figure, one column per month (its latest closed version, or
     * as computed when not closed, marked so), then per 100,000 and the targets; CSV or xlsx.
     */
    @Transactional
    public byte[] export(YearMonth from, YearMonth to, String format) {
        List<Month> months = months(from, to);
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("項目"));
        List<String> state = new ArrayList<>(List.of("状態"));
        for (Month m : months) {
            head.add(m.figures().month().toString());
            state.add(m.closed().map(c -> "確定 第" + c.reportVersion() + "版").orElse("未確定（集計値）"));
        }
        head.add("目安値（人口10万人あたり・月）");
        rows.add(head);
        rows.add(state);
        for (Figure f : Figure.values()) {
            List<String> row = new ArrayList<>(List.of(f.labelJa()));
            for (Month m : months) {
                row.add(Integer.toString(reported(m).count(f)));
            }
            row.add("");
            rows.add(row);
            if (f.perPopulation()) {
                List<String> per = new ArrayList<>(List.of(f.labelJa() + "（人口10万人あたり）"));
                for (Month m : months) {
                    per.add(reported(m).per100k(f, m.population()).toPlainString());
                }
                per.add(NationalTargets.of(f).toPlainString());
                rows.add(per);
            }
        }
        List<String> rate = new ArrayList<>(List.of("就労・増収率（%）（②＋③）÷①"));
        for (Month m : months) {
            BigDecimal r = reported(m).rate();
            rate.add(r == null ? "" : r.toPlainString());
        }
        rate.add("");
        rows.add(rate);
        audit.record("export", "statistics", from + ".." + to + " " + format);
        return "xlsx".equals(format) ? Spreadsheets.writeXlsx("支援状況調査", rows) : Spreadsheets.writeCsv(rows);
    }

    /** The media type of an export of {@code format} (csv or xlsx). */
    public static String contentType(String format) {
        return Spreadsheets.contentType(format);
    }

    /** What is reported for a month: its latest closed version, or the figures as computed now. */
    private static MonthlyFigures reported(Month m) {
        return m.closed().map(ClosedMonth::figures).orElse(m.figures());
    }

    private int population(CurrentTenant t) {
        return tenants.find(t.tenantId()).map(TenantDefinition::population).filter(p -> p != null && p > 0)
                .orElseThrow(() -> new IllegalStateException("tenant " + t.tenantId() + " has no population"));
    }

    private static void checkSpan(YearMonth from, YearMonth to) {
        List<FieldViolation> v = new ArrayList<>();
        if (from == null) {
            v.add(FieldViolation.of("from", "required"));
        }
        if (to == null) {
            v.add(FieldViolation.of("to", "required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                v.add(FieldViolation.of("to", "statistics.beforeFrom"));
            } else if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
                v.add(FieldViolation.of("to", "tooMany", MAX_MONTHS));
            }
        }
        InvalidInputException.throwIfAny(v);
    }
}
