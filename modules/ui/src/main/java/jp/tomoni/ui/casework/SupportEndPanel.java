package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.ValueProvider;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.application.casework.PlanView;
import jp.tomoni.application.casework.SupportEndService;
import jp.tomoni.domain.casework.plan.Attainment;
import jp.tomoni.domain.casework.plan.Closure;
import jp.tomoni.domain.casework.plan.ClosureKind;
import jp.tomoni.domain.casework.plan.Evaluation;
import jp.tomoni.domain.casework.plan.Monitoring;
import jp.tomoni.domain.casework.plan.MonitoringSchedule;
import jp.tomoni.domain.casework.plan.PlanStatus;
import jp.tomoni.domain.statistics.Improvement;
import jp.tomoni.ui.form.FieldErrors;

/**
 * The case's モニタリング of the plan in delivery, its 評価シート, and 終結 / 中断: proposed here,
 * heard by the next 支援調整会議, then confirmed here with the follow-up decided with the person.
 * The evaluation's improvement checklist is not asked here (its national list is not confirmed);
 * codes given through the API are shown.
 */
class SupportEndPanel extends VerticalLayout {
    private static final int MONTHS_AHEAD = 12;

    private final SupportEndService supportEnd;
    private final CaseFile file;
    private final CaseActions actions;
    private final UUID caseId;
    private final boolean canEdit;
    private final LocalDate today = CaseDates.today(Clock.systemUTC());

    /** {@code plans}: the case's plans as read for this page. */
    SupportEndPanel(SupportEndService supportEnd, List<PlanView> plans, CaseFile file, CaseActions actions) {
        this.supportEnd = supportEnd;
        this.file = file;
        this.actions = actions;
        this.caseId = file.supportCase().id();
        this.canEdit = file.access().canEdit();
        setPadding(false);
        setId("case-support-end");
        PlanView inDelivery = plans.stream()
                .filter(p -> PlanStatus.IN_DELIVERY.name().equals(p.status())).findFirst().orElse(null);
        add(monitoring(inDelivery), evaluations(), closures());
    }

    private Component monitoring(PlanView inDelivery) {
        VerticalLayout out = section("monitoring.title");
        List<Monitoring> done = supportEnd.monitoring(caseId);
        if (inDelivery != null) {
            LocalDate last = done.stream().filter(m -> m.planId().equals(inDelivery.id())).map(Monitoring::monitoredOn)
                    .max(LocalDate::compareTo).orElse(null);
            LocalDate next = inDelivery.nextMonitoring();
            Div due = new Div(new Span(next == null ? getTranslation("monitoring.next.none")
                    : getTranslation("monitoring.next", CaseFormat.month(next))));
            due.setId("monitoring-next-due");
            if (MonitoringSchedule.isOverdue(next, last, today)) {
                Span late = badge(getTranslation("monitoring.overdue"), "error");
                late.setId("monitoring-overdue");
                late.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                due.add(late);
            }
            out.add(due);
        }
        Grid<Monitoring> grid = grid("monitoring-grid", "monitoring.title", "monitoring.none");
        grid.addColumn(m -> CaseFormat.date(m.monitoredOn())).setHeader(getTranslation("monitoring.monitoredOn")).setAutoWidth(true);
        text(grid, Monitoring::goalProgress).setHeader(getTranslation("monitoring.goalProgress")).setFlexGrow(3);
        text(grid, Monitoring::notes).setHeader(getTranslation("monitoring.notes")).setFlexGrow(2);
        grid.addColumn(m -> CaseFormat.month(m.nextMonitoring())).setHeader(getTranslation("monitoring.nextMonitoring")).setAutoWidth(true);
        grid.addColumn(Monitoring::createdBy).setHeader(getTranslation("supportEnd.by")).setAutoWidth(true);
        grid.setItems(done);
        out.add(grid);
        if (!canEdit) {
            return out;
        }
        if (inDelivery == null) {
            Paragraph none = new Paragraph(getTranslation("monitoring.noPlan"));
            none.setId("monitoring-no-plan");
            out.add(none);
            return out;
        }
        FieldErrors errors = new FieldErrors();
        DatePicker on = errors.field("monitoredOn", date("monitoring.monitoredOn", today), "monitoring-date");
        TextArea progress = errors.field("goalProgress", area("monitoring.goalProgress"), "monitoring-progress");
        progress.setRequiredIndicatorVisible(true);
        TextArea notes = errors.field("notes", area("monitoring.notes"), "monitoring-notes");
        Select<LocalDate> next = errors.field("nextMonitoring", new Select<>(), "monitoring-next");
        next.setLabel(getTranslation("monitoring.nextMonitoring"));
        next.setItems(MonitoringMonths.after(today, MONTHS_AHEAD));
        next.setItemLabelGenerator(CaseFormat::month);
        next.setEmptySelectionAllowed(true);
        next.setEmptySelectionCaption(getTranslation("monitoring.nextMonitoring.keep"));
        next.setPlaceholder(getTranslation("monitoring.nextMonitoring.keep"));
        next.setHelperText(getTranslation("monitoring.nextMonitoring.help"));
        Button save = new Button(getTranslation("monitoring.save"), e -> act(errors, () -> supportEnd.monitor(caseId,
                new Monitoring.Draft(on.getValue(), progress.getValue(), notes.getValue(), next.getValue()))));
        save.setId("monitoring-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        out.add(new H4(getTranslation("monitoring.new")), form(on, next, progress, notes), save);
        return out;
    }

    private Component evaluations() {
        VerticalLayout out = section("evaluation.title");
        List<Evaluation> list = supportEnd.evaluations(caseId);
        Grid<Evaluation> grid = grid("evaluation-grid", "evaluation.title", "evaluation.none");
        grid.addColumn(e -> CaseFormat.date(e.draft().evaluatedOn())).setHeader(getTranslation("evaluation.evaluatedOn")).setAutoWidth(true);
        grid.addColumn(e -> attainment(e.draft().personAttainment())).setHeader(getTranslation("evaluation.personAttainment")).setAutoWidth(true);
        grid.addColumn(e -> attainment(e.draft().workerAttainment())).setHeader(getTranslation("evaluation.workerAttainment")).setAutoWidth(true);
        text(grid, e -> e.draft().personComment()).setHeader(getTranslation("evaluation.personComment")).setFlexGrow(2);
        text(grid, e -> e.draft().workerComment()).setHeader(getTranslation("evaluation.workerComment")).setFlexGrow(2);
        text(grid, e -> e.draft().nextPolicy()).setHeader(getTranslation("evaluation.nextPolicy")).setFlexGrow(2);
        if (list.stream().anyMatch(e -> !e.draft().improvements().isEmpty())) {
            grid.addColumn(e -> String.join("、", e.draft().improvements().stream().sorted()
                            .map(c -> Improvement.ofCode(c).map(this::improvementLabel).orElse(c)).toList()))
                    .setHeader(getTranslation("evaluation.improvements"));
        }
        grid.addColumn(Evaluation::createdBy).setHeader(getTranslation("supportEnd.by")).setAutoWidth(true);
        grid.setItems(list);
        out.add(grid);
        if (!canEdit) {
            return out;
        }
        FieldErrors errors = new FieldErrors();
        DatePicker on = errors.field("evaluatedOn", date("evaluation.evaluatedOn", today), "evaluation-date");
        RadioButtonGroup<Attainment> person = errors.field("personAttainment",
                attainments("evaluation.personAttainment"), "evaluation-person");
        RadioButtonGroup<Attainment> worker = errors.field("workerAttainment",
                attainments("evaluation.workerAttainment"), "evaluation-worker");
        TextArea personComment = errors.field("personComment", area("evaluation.personComment"), "evaluation-person-comment");
        TextArea workerComment = errors.field("workerComment", area("evaluation.workerComment"), "evaluation-worker-comment");
        TextArea nextPolicy = errors.field("nextPolicy", area("evaluation.nextPolicy"), "evaluation-next-policy");
        // 自立に向けた改善: the national checklist, counted in the monthly statistics
        CheckboxGroup<Improvement> improvements = errors.field("improvements", new CheckboxGroup<>(), "evaluation-improvements");
        improvements.setLabel(getTranslation("evaluation.improvements"));
        improvements.setItems(Improvement.values());
        improvements.setItemLabelGenerator(i -> getTranslation("improvement.group." + i.group().name()) + "：" + improvementLabel(i));
        improvements.setHelperText(getTranslation("evaluation.improvements.help"));
        Button save = new Button(getTranslation("evaluation.save"), e -> act(errors, () -> supportEnd.evaluate(caseId,
                new Evaluation.Draft(on.getValue(), person.getValue(), worker.getValue(), personComment.getValue(),
                        workerComment.getValue(), improvements.getValue().stream().map(Improvement::code)
                        .collect(java.util.stream.Collectors.toSet()), nextPolicy.getValue()))));
        save.setId("evaluation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout f = form(on, person, worker, personComment, workerComment, nextPolicy, improvements);
        f.setColspan(on, 2);
        f.setColspan(improvements, 2);
        out.add(new H4(getTranslation("evaluation.new")), f, save);
        return out;
    }

    private Component closures() {
        VerticalLayout out = section("closure.title");
        Paragraph how = new Paragraph(getTranslation("closure.explain"));
        how.setId("closure-explain");
        out.add(how);
        List<Closure> list = supportEnd.closures(caseId);
        Grid<Closure> grid = grid("closure-grid", "closure.title", "closure.none");
        grid.addColumn(k -> getTranslation("closure.kind." + k.kind().name())).setHeader(getTranslation("closure.kind")).setAutoWidth(true);
        grid.addComponentColumn(k -> badge(getTranslation("closure.status." + k.status().name()),
                k.status() == Closure.Status.CONFIRMED ? "success" : "contrast"))
                .setHeader(getTranslation("closure.status")).setAutoWidth(true);
        text(grid, Closure::reason).setHeader(getTranslation("closure.reason")).setFlexGrow(3);
        text(grid, this::wish).setHeader(getTranslation("closure.wish")).setFlexGrow(2);
        grid.addColumn(k -> CaseFormat.date(k.proposedOn()) + " " + k.proposedBy()).setHeader(getTranslation("closure.proposedOn")).setAutoWidth(true);
        grid.addColumn(k -> CaseFormat.date(k.reportedOn())).setHeader(getTranslation("closure.reportedOn")).setAutoWidth(true);
        grid.addColumn(k -> k.confirmedOn() == null ? "" : CaseFormat.date(k.confirmedOn()) + " " + k.confirmedBy())
                .setHeader(getTranslation("closure.confirmedOn")).setAutoWidth(true);
        grid.addColumn(this::followUp).setHeader(getTranslation("closure.followUp")).setAutoWidth(true);
        grid.setItems(list);
        out.add(grid);
        if (!canEdit) {
            return out;
        }
        Closure pending = list.stream().filter(k -> k.status() != Closure.Status.CONFIRMED).findFirst().orElse(null);
        if (pending == null && file.supportCase().status().isOpen()) {
            out.add(proposal());
        } else if (pending != null && pending.status() == Closure.Status.PROPOSED) {
            Paragraph waiting = new Paragraph(getTranslation("closure.waiting"));
            waiting.setId("closure-waiting");
            out.add(waiting);
        } else if (pending != null) {
            out.add(confirmation(pending));
        }
        return out;
    }

    private Component proposal() {
        FieldErrors errors = new FieldErrors();
        RadioButtonGroup<ClosureKind> kind = errors.field("kind", new RadioButtonGroup<>(), "closure-kind");
        kind.setLabel(getTranslation("closure.kind"));
        kind.setItems(ClosureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("closure.kind." + k.name()));
        kind.setHelperText(getTranslation("closure.kind.help"));
        kind.setRequiredIndicatorVisible(true);
        Checkbox wishConfirmed = errors.field("wishConfirmed", new Checkbox(getTranslation("closure.wishConfirmed")),
                "closure-wish-confirmed");
        TextArea wishText = errors.field("wishText", area("closure.wishText"), "closure-wish-text");
        TextArea reason = errors.field("reason", area("closure.reason"), "closure-reason");
        reason.setRequiredIndicatorVisible(true);
        DatePicker on = errors.field("proposedOn", date("closure.proposedOn", today), "closure-proposed-on");
        Button propose = new Button(getTranslation("closure.propose"), e -> act(errors, () -> supportEnd.propose(caseId,
                new Closure.Draft(kind.getValue(), wishConfirmed.getValue(), wishText.getValue(), reason.getValue(),
                        on.getValue()))));
        propose.setId("closure-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout f = form(kind, on, wishConfirmed, wishText, reason);
        f.setColspan(wishConfirmed, 2);
        VerticalLayout part = new VerticalLayout(new H4(getTranslation("closure.new")), f, propose);
        part.setPadding(false);
        return part;
    }

    /** For a closure the meeting has heard: the date and the follow-up decided with the person. */
    private Component confirmation(Closure k) {
        FieldErrors errors = new FieldErrors();
        DatePicker on = errors.field("confirmedOn", date("closure.confirmedOn", today), "closure-confirmed-on");
        RadioButtonGroup<Closure.FollowUp> followUp = errors.field("followUp", new RadioButtonGroup<>(), "closure-follow-up");
        followUp.setLabel(getTranslation("closure.followUp"));
        followUp.setItems(Closure.FollowUp.values());
        followUp.setItemLabelGenerator(x -> getTranslation("closure.followUp." + x.name()));
        followUp.setRequiredIndicatorVisible(k.kind() == ClosureKind.TERMINATION);
        DatePicker until = errors.field("followUpUntil", date("closure.followUpUntil", null), "closure-follow-up-until");
        until.setEnabled(false);
        followUp.addValueChangeListener(e -> {
            boolean follow = e.getValue() == Closure.FollowUp.FOLLOW_UP;
            until.setEnabled(follow);
            if (!follow) {
                until.clear();
            }
        });
        Button confirm = new Button(getTranslation("closure.confirm"), e -> act(errors, () -> supportEnd.confirm(caseId,
                k.id(), new Closure.Confirmation(on.getValue(), followUp.getValue(), until.getValue()), k.version())));
        confirm.setId("closure-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph what = new Paragraph(getTranslation("closure.confirm.what",
                getTranslation("closure.kind." + k.kind().name()), CaseFormat.date(k.reportedOn())));
        VerticalLayout part = new VerticalLayout(new H4(getTranslation("closure.confirm.title")), what,
                form(on, followUp, until), confirm);
        part.setPadding(false);
        return part;
    }

    /** The page tells every fault; the fields named by the rules are marked too, keeping what was typed. */
    private void act(FieldErrors errors, Runnable change) {
        CaseFormat.act(actions, errors, getLocale(), change);
    }

    private String wish(Closure k) {
        String confirmed = k.wishConfirmed() ? getTranslation("closure.wish.confirmed") : "";
        return k.wishText() == null ? confirmed : (confirmed.isEmpty() ? k.wishText() : confirmed + "\n" + k.wishText());
    }

    private String followUp(Closure k) {
        if (k.followUp() == null) {
            return "";
        }
        return k.followUp() == Closure.FollowUp.FOLLOW_UP
                ? getTranslation("closure.followUp.until", CaseFormat.date(k.followUpUntil()))
                : getTranslation("closure.followUp.NONE");
    }

    private String attainment(Attainment a) {
        return a == null ? "" : getTranslation("evaluation.attainment." + a.name());
    }

    private RadioButtonGroup<Attainment> attainments(String label) {
        RadioButtonGroup<Attainment> g = new RadioButtonGroup<>();
        g.setLabel(getTranslation(label));
        g.setItems(Attainment.values());
        g.setItemLabelGenerator(this::attainment);
        g.setRequiredIndicatorVisible(true);
        return g;
    }

    private VerticalLayout section(String title) {
        return CaseFormat.section(getTranslation(title), "support-end-section");
    }

    private <T> Grid<T> grid(String id, String title, String empty) {
        return CaseFormat.grid(id, getTranslation(title), getTranslation(empty));
    }

    private static <T> Grid.Column<T> text(Grid<T> grid, ValueProvider<T, String> value) {
        return CaseFormat.textColumn(grid, value);
    }

    private String improvementLabel(Improvement i) {
        return getTranslation("improvement." + i.name());
    }

    private static FormLayout form(Component... fields) {
        return CaseFormat.form(fields);
    }

    private TextArea area(String label) {
        TextArea a = new TextArea(getTranslation(label));
        a.setWidthFull();
        a.setMinHeight("5em");
        return a;
    }

    private DatePicker date(String label, LocalDate value) {
        DatePicker d = jp.tomoni.ui.form.Pickers.date(getTranslation(label));
        d.setLocale(Locale.JAPAN);
        d.setValue(value);
        return d;
    }
}
