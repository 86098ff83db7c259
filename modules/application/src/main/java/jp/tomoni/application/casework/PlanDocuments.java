package jp.tomoni.application.casework;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tomoni.documents.PlanPdf;

/** The plan on paper: the national form for signing, and the person's own copy in plain words. */
@ApplicationScoped
public class PlanDocuments {
    @Inject
    PlanService plans;

    public record Document(String fileName, byte[] pdf) {
    }

    /** Read through the case gate like any other read of the plan (audited, consent-checked). */
    public Document pdf(UUID caseId, UUID planId, boolean personCopy) {
        PlanView view = plans.view(caseId, planId);
        var sheet = PlanSheets.of(view, null);
        byte[] pdf = personCopy ? PlanPdf.renderPersonCopy(sheet) : PlanPdf.render(sheet);
        return new Document(view.caseNumber() + "-plan" + view.planNumber() + (personCopy ? "-person" : "") + ".pdf", pdf);
    }
}
