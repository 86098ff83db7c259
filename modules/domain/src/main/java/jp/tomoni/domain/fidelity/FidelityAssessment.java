package jp.tomoni.domain.fidelity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * An office's fidelity self-assessment over a period: the items it ticked against one catalogue version and
 * the evidence the records gave when it was saved. Never changed: a later assessment is a new one, so the
 * scores can be followed over time.
 */
@Entity
@Table(name = "fidelity_assessment")
public class FidelityAssessment {
    public static final int MAX_MONTHS = 12;
    public static final int NOTE_MAX = 500;

    @Id
    @Column(updatable = false)
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    /** The catalogue version's id. */
    @Column(nullable = false, updatable = false)
    private String catalogue;
    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;
    /** The ticked item codes, sorted, separated by commas. */
    @Column(nullable = false, updatable = false)
    private String ticked;
    /** The evidence as derived when saved: {@code RULE:STATUS:value:of:extra;...}. */
    @Column(nullable = false, updatable = false)
    private String evidence;
    @Column(updatable = false)
    private String note;
    @Column(name = "assessed_at", nullable = false, updatable = false)
    private OffsetDateTime assessedAt;
    @Column(name = "assessed_by", nullable = false, updatable = false)
    private String assessedBy;

    protected FidelityAssessment() {
    }

    /**
     * Records what {@code actor} ticked over [{@code from}, {@code to}] against {@code catalogue}, with the
     * evidence derived for that period. The period is at most {@link #MAX_MONTHS} months and over by
     * {@code today}; every ticked code is an item of the catalogue.
     */
    public static FidelityAssessment record(String tenantId, FidelityCatalogue catalogue, LocalDate from, LocalDate to,
                                            Set<String> tickedCodes, List<Evidence> evidence, String note,
                                            String actor, LocalDate today, Instant now) {
        String n = PersonRules.optional(note);
        List<FieldViolation> v = new ArrayList<>(periodViolations(from, to, today));
        Set<String> codes = new TreeSet<>(tickedCodes);
        List<String> unknown = codes.stream().filter(c -> catalogue.item(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            v.add(FieldViolation.of("ticked", "fidelity.unknownItem", String.join(", ", unknown)));
        }
        PersonRules.checkOptionalText(v, "note", n, NOTE_MAX);
        InvalidInputException.throwIfAny(v);
        Set<EvidenceRule> rules = EnumSet.noneOf(EvidenceRule.class);
        for (Evidence e : evidence) {
            if (!rules.add(e.rule())) {
                throw new IllegalArgumentException("evidence twice for " + e.rule());
            }
        }
        FidelityAssessment a = new FidelityAssessment();
        a.id = UUID.randomUUID();
        a.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        a.catalogue = catalogue.id();
        a.periodFrom = from;
        a.periodTo = to;
        a.ticked = String.join(",", codes);
        a.evidence = Evidence.stored(evidence);
        a.note = n;
        a.assessedAt = now.atOffset(ZoneOffset.UTC);
        a.assessedBy = Objects.requireNonNull(actor, "actor");
        return a;
    }

    /**
     * What is wrong with the period [{@code from}, {@code to}], if anything: both days present, in order, at most
     * {@link #MAX_MONTHS} months, and over by {@code today}.
     */
    public static List<FieldViolation> periodViolations(LocalDate from, LocalDate to, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (from == null) {
            v.add(FieldViolation.of("from", "required"));
        }
        if (to == null) {
            v.add(FieldViolation.of("to", "required"));
        } else if (from != null && to.isBefore(from)) {
            v.add(FieldViolation.of("to", "fidelity.periodReversed"));
        } else if (from != null && !to.isBefore(from.plusMonths(MAX_MONTHS))) {
            v.add(FieldViolation.of("to", "fidelity.periodTooLong", MAX_MONTHS));
        } else if (to.isAfter(today)) {
            v.add(FieldViolation.of("to", "fidelity.periodInFuture"));
        }
        return v;
    }

    /** A score per element of {@code catalogue}, which must be the one assessed against. */
    public List<ElementScore> scores(FidelityCatalogue catalogue) {
        if (!catalogue.id().equals(this.catalogue)) {
            throw new IllegalArgumentException("assessed against " + this.catalogue + ", not " + catalogue.id());
        }
        return ElementScore.of(catalogue, tickedCodes());
    }

    public UUID id() { return id; }
    public String catalogueId() { return catalogue; }
    public LocalDate from() { return periodFrom; }
    public LocalDate to() { return periodTo; }

    /** The ticked item codes, sorted. */
    public Set<String> tickedCodes() {
        return ticked.isEmpty() ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(ticked.split(","))));
    }

    /** The evidence as it was when saved. */
    public List<Evidence> evidence() {
        return Evidence.fromStored(evidence);
    }

    public String note() { return note; }
    public Instant assessedAt() { return assessedAt.toInstant(); }
    public String assessedBy() { return assessedBy; }
}
