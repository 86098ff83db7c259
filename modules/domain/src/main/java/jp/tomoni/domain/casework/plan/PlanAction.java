package jp.tomoni.domain.casework.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored line of ■プラン (see {@link PlanDraft.Action}). */
@Embeddable
public class PlanAction {
    @Column(nullable = false)
    private String what;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionOwner who;
    private String notes;
    @Column(nullable = false)
    private boolean statutory;

    protected PlanAction() {
    }

    static PlanAction of(PlanDraft.Action a) {
        PlanAction p = new PlanAction();
        p.what = a.what();
        p.who = a.who();
        p.notes = a.notes();
        p.statutory = a.statutory();
        return p;
    }

    public PlanDraft.Action draft() {
        return new PlanDraft.Action(what, who, notes, statutory);
    }
}
