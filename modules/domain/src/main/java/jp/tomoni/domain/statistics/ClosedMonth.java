package jp.tomoni.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A month's figures as reported (月次の確定): frozen once closed, never changed. A later correction is
 * a new version beside the earlier ones, with the reason for it; the earlier versions stay as they were
 * reported. A month can be closed once it is over.
 */
@Entity
@Table(name = "statistics_month")
public class ClosedMonth {
    public static final int NOTE_MAX = 500;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    /** The first day of the month. */
    @Column(nullable = false, updatable = false)
    private LocalDate month;
    @Column(name = "report_version", nullable = false, updatable = false)
    private int reportVersion;
    @Column(nullable = false, updatable = false)
    private String figures;
    @Column(nullable = false, updatable = false)
    private int population;
    /** The figures asked per 100,000, also as columns, so peers can be averaged without reading the rest. */
    @Column(name = "new_consultations", nullable = false, updatable = false)
    private int newConsultations;
    @Column(nullable = false, updatable = false)
    private int plans;
    @Column(name = "employment_targets", nullable = false, updatable = false)
    private int employmentTargets;
    @Column(updatable = false)
    private String note;
    @Column(name = "closed_at", nullable = false, updatable = false)
    private OffsetDateTime closedAt;
    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;

    protected ClosedMonth() {
    }

    /**
     * Closes {@code figures} as version {@code latest + 1} ({@code latest} 0: never closed). A correction
     * (version 2 on) needs its reason; a month not yet over cannot be closed.
     */
    public static ClosedMonth close(String tenantId, MonthlyFigures figures, int population, int latest, String note,
                                    LocalDate today, String by, Instant now) {
        String n = PersonRules.optional(note);
        List<FieldViolation> v = new ArrayList<>();
        if (!figures.month().isBefore(YearMonth.from(today))) {
            v.add(FieldViolation.of("month", "statistics.notOver"));
        }
        if (latest > 0) {
            PersonRules.checkText(v, "note", n, NOTE_MAX);
        } else {
            PersonRules.checkOptionalText(v, "note", n, NOTE_MAX);
        }
        InvalidInputException.throwIfAny(v);
        ClosedMonth c = new ClosedMonth();
        c.id = UUID.randomUUID();
        c.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        c.month = figures.month().atDay(1);
        c.reportVersion = latest + 1;
        c.figures = figures.stored();
        c.population = population;
        c.newConsultations = figures.count(Figure.NEW_CONSULTATIONS);
        c.plans = figures.count(Figure.PLANS);
        c.employmentTargets = figures.count(Figure.EMPLOYMENT_TARGETS);
        c.note = n;
        c.closedAt = now.atOffset(ZoneOffset.UTC);
        c.closedBy = Objects.requireNonNull(by, "by");
        return c;
    }

    public MonthlyFigures figures() {
        return MonthlyFigures.fromStored(YearMonth.from(month), figures);
    }

    public UUID id() { return id; }
    public YearMonth month() { return YearMonth.from(month); }
    public int reportVersion() { return reportVersion; }
    public int population() { return population; }
    public String note() { return note; }
    public Instant closedAt() { return closedAt.toInstant(); }
    public String closedBy() { return closedBy; }
}
