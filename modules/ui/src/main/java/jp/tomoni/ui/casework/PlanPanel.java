package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.badge;
import static jp.tomoni.ui.casework.CaseFormat.error;
import static jp.tomoni.ui.casework.CaseFormat.nz;
import static jp.tomoni.ui.casework.CaseFormat.today;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;

import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.application.casework.PlanDocuments;
import jp.tomoni.application.casework.PlanService;
import jp.tomoni.application.casework.PlanView;
import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.casework.plan.DecisionDraft;
import jp.tomoni.domain.casework.plan.PlanDraft;
import jp.tomoni.domain.casework.plan.PlanRevision;
import jp.tomoni.domain.casework.plan.StatutoryService;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * The case's プラン tab: each plan's edition (初回 / 再プラン n回目 / 修正), stage and what the procedure
 * asks; writing the first plan, a 修正 or a 再プラン in the national form's shape; the municipal
 * officer's 支援決定・確認; the plan and the person's copy as PDF. Two workers saving the same plan:
 * the second sees both versions and keeps what they typed.
 */
class PlanPanel extends VerticalLayout {
    private enum Mode { CREATE, REVISE, REPLAN }

    private final PlanService plans;
    private final PlanDocuments documents;
    private final CaseFile file;
    private final CaseActions actions;
    private final UUID caseId;
    private List<PlanView> list;

    /** {@code list}: the case's plans as read for this page. */
    PlanPanel(PlanService plans, PlanDocuments documents, CaseFile file, List<PlanView> list, CaseActions actions) {
        this.plans = plans;
        this.documents = documents;
        this.file = file;
        this.actions = actions;
        this.caseId = file.supportCase().id();
        setPadding(false);
        setId("case-plans");
        this.list = list;
        showList();
    }

    private void showList() {
        removeAll();
        boolean canEdit = file.access().canEdit();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("plan.none")));
        }
        if (canEdit && list.stream().noneMatch(p -> !"CLOSED".equals(p.status())) && file.supportCase().status().isOpen()) {
            Button create = new Button(getTranslation("plan.new"), VaadinIcon.PLUS.create(),
                    e -> edit(Mode.CREATE, null, emptyDraft()));
            create.setId("plan-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        for (PlanView p : list.reversed()) {
            add(card(p, canEdit));
        }
    }

    private Component card(PlanView p, boolean canEdit) {
        Div card = new Div();
        card.addClassName("plan-card");
        card.add(new H3(p.editionLabelJa() + "　" + CaseFormat.date(p.planDate())),
                badge(getTranslation("plan.status." + p.status()), "contrast"),
                new Paragraph(getTranslation("plan.target") + ": " + nz(p.planTarget())),
                new Paragraph(getTranslation("plan.procedure",
                        p.procedure().decided().isEmpty() ? "—" : p.procedure().decided().toString(),
                        getTranslation(p.procedure().confirmation() ? "plan.yes" : "plan.no"))));
        if (p.nextMonitoring() != null) {
            card.add(new Paragraph(getTranslation("plan.nextMonitoring", CaseFormat.month(p.nextMonitoring()))));
        }
        if (!p.meetingDates().isEmpty()) {
            card.add(new Paragraph(getTranslation("plan.meetings",
                    String.join("、", p.meetingDates().stream().map(CaseFormat::date).toList()))));
        }
        if (p.decision() != null && p.decision().decidedOn() != null) {
            Paragraph decided = new Paragraph(p.decision().kindJa() + " " + CaseFormat.date(p.decision().decidedOn())
                    + "（" + nz(p.decision().recordedBy()) + "）");
            decided.addClassName("plan-decision");
            card.add(decided);
        }
        card.add(pdfLinks(p));
        boolean open = !"CLOSED".equals(p.status());
        if (canEdit && open) {
            Button revise = new Button(getTranslation("plan.revise"), e -> edit(Mode.REVISE, p, p.draft()));
            revise.addClassName("plan-revise");
            Button replan = new Button(getTranslation("plan.replan"), e -> edit(Mode.REPLAN, p, p.draft()));
            replan.addClassName("plan-replan");
            HorizontalLayout row = new HorizontalLayout(revise, replan);
            row.getStyle().set("flex-wrap", "wrap");
            card.add(row);
        }
        if ("AWAITING_DECISION".equals(p.status()) && CaseAccessRule.canDecide(TenantContext.require().roles())) {
            card.add(decisionForm(p));
        }
        if (p.revision() > 0) {
            card.add(revisions(p));
        }
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    /** The officer's 支援決定・確認, preset to exactly what the procedure rule asks of this plan. */
    private Component decisionForm(PlanView p) {
        CheckboxGroup<StatutoryService> decided = new CheckboxGroup<>(getTranslation("plan.decision.decided"));
        decided.setId("decision-services");
        decided.setItems(EnumSet.of(StatutoryService.HOUSEHOLD_BUDGET, StatutoryService.EMPLOYMENT_PREPARATION,
                StatutoryService.CERTIFIED_TRAINING));
        decided.setItemLabelGenerator(s -> s.number() + ". " + s.nameJa());
        p.procedure().decided().forEach(n -> StatutoryService.byNumber(n).ifPresent(decided::select));
        Checkbox confirmation = new Checkbox(getTranslation("plan.decision.confirmation"), p.procedure().confirmation());
        confirmation.setId("decision-confirmation");
        DatePicker on = jp.tomoni.ui.form.Pickers.date(getTranslation("plan.decision.on"), today());
        on.setId("decision-date");
        on.setLocale(Locale.JAPAN);
        Button record = new Button(getTranslation("plan.decision.record"), e -> actions.act(() ->
                plans.decide(caseId, p.id(), new DecisionDraft(Set.copyOf(decided.getValue()), confirmation.getValue(),
                        on.getValue()))));
        record.setId("decision-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout out = new VerticalLayout(new H3(getTranslation("plan.decision.title")), decided, confirmation, on, record);
        out.setPadding(false);
        out.setId("plan-decision-form");
        return out;
    }

    private Component revisions(PlanView p) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (PlanRevision r : plans.revisions(caseId, p.id())) {
            list.add(new Span(getTranslation("plan.revision.row", r.revision(), CaseFormat.dateTime(r.revisedAt()),
                    r.revisedBy())));
        }
        Details d = new Details(getTranslation("plan.revisions"), list);
        d.addClassName("plan-revisions");
        return d;
    }

    private void edit(Mode mode, PlanView plan, PlanDraft start) {
        removeAll();
        PlanDraft draft = mode == Mode.REPLAN ? withDate(start, today()) : start;
        H3 title = new H3(getTranslation("plan.edit." + mode.name(), plan == null ? "" : plan.editionLabelJa()));
        title.setId("plan-form-title");
        add(title);
        if (mode == Mode.REVISE) {
            add(new Paragraph(getTranslation("plan.edit.reviseHint")));
        }
        PlanForm form = new PlanForm(draft);
        long[] version = {plan == null ? 0 : plan.version()};
        Button save = new Button(getTranslation("common.save"), e -> save(mode, plan, form, version));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> showList());
        cancel.setId("plan-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        add(form, buttons);
    }

    /**
     * Saves; field faults are marked on the form and told, nothing typed is lost. A stale version
     * opens the conflict dialog instead of the page's redraw, so the second worker keeps their text.
     */
    private void save(Mode mode, PlanView plan, PlanForm form, long[] version) {
        PlanDraft draft = form.draft();
        try {
            switch (mode) {
                case CREATE -> plans.create(caseId, draft);
                case REVISE -> plans.revise(caseId, plan.id(), draft, version[0]);
                case REPLAN -> plans.replan(caseId, plan.id(), draft, version[0]);
            }
        } catch (InvalidInputException ex) {
            form.showViolations(ex.violations(), getLocale());
            ex.violations().forEach(v -> error(Messages.of(getLocale(), v)));
            return;
        } catch (OptimisticLockException ex) {
            conflict(plan, form, version);
            return;
        } catch (AccessDeniedException ex) {
            error(getTranslation("common.notAllowed"));
            return;
        }
        actions.act(() -> { }); // saved: the page tells so and shows the case as it is now
    }

    /** The second of two workers: their text stays in the form, the stored plan is shown beside it. */
    private void conflict(PlanView mine, PlanForm form, long[] version) {
        PlanView current = plans.plan(caseId, mine.id());
        Dialog d = new Dialog();
        d.setId("plan-conflict");
        d.setHeaderTitle(getTranslation("plan.conflict.title", current.author()));
        Function<PlanDraft, Component> summary = x -> {
            VerticalLayout v = new VerticalLayout();
            v.setPadding(false);
            v.add(new Paragraph(getTranslation("plan.form.longTermGoal") + ": " + nz(x.longTermGoal())),
                    new Paragraph(getTranslation("plan.form.planTarget") + ": " + nz(x.planTarget())),
                    new Paragraph(getTranslation("plan.form.issues") + ": " + nz(x.issues())));
            return v;
        };
        Div theirs = new Div(new H3(getTranslation("plan.conflict.theirs")), summary.apply(current.draft()));
        theirs.setId("plan-conflict-theirs");
        Div yours = new Div(new H3(getTranslation("plan.conflict.yours")), summary.apply(form.draft()));
        HorizontalLayout both = new HorizontalLayout(yours, theirs);
        both.getStyle().set("flex-wrap", "wrap");
        d.add(new Paragraph(getTranslation("plan.conflict.hint")), both);
        Button keepMine = new Button(getTranslation("plan.conflict.keepEditing"), e -> {
            version[0] = current.version();
            d.close();
        });
        keepMine.setId("plan-conflict-keep");
        Button reload = new Button(getTranslation("plan.conflict.reload"), e -> {
            d.close();
            list = plans.plans(caseId);
            showList();
        });
        d.getFooter().add(reload, keepMine);
        d.open();
    }

    private Component pdfLinks(PlanView p) {
        HorizontalLayout row = new HorizontalLayout();
        for (boolean personCopy : new boolean[] {false, true}) {
            Anchor download = new Anchor();
            download.setVisible(false);
            download.getElement().setAttribute("download", true);
            download.addClassName(personCopy ? "plan-pdf-person-link" : "plan-pdf-link");
            Button make = new Button(getTranslation(personCopy ? "plan.pdf.person" : "plan.pdf"), e -> {
                // rendered here, inside the request that holds the tenant and the caller, and audited as a read
                PlanDocuments.Document doc = documents.pdf(caseId, p.id(), personCopy);
                download.setHref(new StreamResource(doc.fileName(), () -> new ByteArrayInputStream(doc.pdf())));
                download.setText(getTranslation("plan.pdf.ready", doc.fileName()));
                download.setVisible(true);
            });
            make.addClassName(personCopy ? "plan-pdf-person" : "plan-pdf");
            make.setIcon(VaadinIcon.FILE_TEXT_O.create());
            row.add(make, download);
        }
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static PlanDraft emptyDraft() {
        return new PlanDraft(today(), null, null, null, List.of(), List.of(), null, null, null, null, null, false);
    }

    private static PlanDraft withDate(PlanDraft d, LocalDate planDate) {
        return new PlanDraft(planDate, d.issues(), d.longTermGoal(), d.planTarget(), d.actions(), d.services(), d.loan(),
                d.employmentPromotion(), d.endDate(), d.nextMonitoring(), null, false);
    }
}
