package jp.tomoni.domain.casework.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored line of ■法に基づく事業等 (see {@link PlanDraft.Service}). */
@Embeddable
public class PlanServiceLine {
    @Column(name = "service_number", nullable = false)
    private int number;
    @Column(nullable = false)
    private boolean present;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @Column(name = "amount_per_month")
    private Integer amountPerMonth;
    @Enumerated(EnumType.STRING)
    @Column(name = "use_status")
    private ServiceUse use;
    @Enumerated(EnumType.STRING)
    @Column(name = "training_type")
    private TrainingType trainingType;
    private String notes;
    @Column(name = "application_attached", nullable = false)
    private boolean applicationAttached;
    @Column(name = "application_file")
    private String applicationFile;

    protected PlanServiceLine() {
    }

    static PlanServiceLine of(PlanDraft.Service s) {
        PlanServiceLine p = new PlanServiceLine();
        p.number = s.number();
        p.present = s.present();
        p.periodFrom = s.periodFrom();
        p.periodTo = s.periodTo();
        p.amountPerMonth = s.amountPerMonth();
        p.use = s.use();
        p.trainingType = s.trainingType();
        p.notes = s.notes();
        p.applicationAttached = s.applicationAttached();
        p.applicationFile = s.applicationFile();
        return p;
    }

    public PlanDraft.Service draft() {
        return new PlanDraft.Service(number, present, periodFrom, periodTo, amountPerMonth, use, trainingType, notes,
                applicationAttached, applicationFile);
    }
}
