package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.badge;
import static jp.tomoni.ui.casework.CaseFormat.nz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.application.employment.EmploymentDocuments;
import jp.tomoni.application.employment.EmploymentService;
import jp.tomoni.application.employment.EmploymentService.EmploymentFile;
import jp.tomoni.application.jobs.CandidateService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseRules;
import jp.tomoni.domain.casework.promise.PromiseStatus;
import jp.tomoni.domain.employment.ContactKind;
import jp.tomoni.domain.employment.ContactMeans;
import jp.tomoni.domain.employment.Employment;
import jp.tomoni.domain.employment.JobActivity;
import jp.tomoni.domain.employment.JobActivityKind;
import jp.tomoni.domain.employment.JobEndKind;
import jp.tomoni.domain.employment.JobStart;
import jp.tomoni.domain.employment.Readiness;
import jp.tomoni.domain.employment.RetentionContact;
import jp.tomoni.domain.employment.RetentionPlan;
import jp.tomoni.domain.employment.RetentionSchedule;
import jp.tomoni.domain.employment.RiskAssessment;
import jp.tomoni.domain.employment.RiskLevel;
import jp.tomoni.domain.employment.WarningSign;
import jp.tomoni.domain.jobs.SupportRequest;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.ui.form.FieldErrors;

/**
 * The case's 就労・定着 tab: the readiness assessment and Hello Work registration, the job search,
 * and after work starts the retention plan with its risk, schedule, contacts and the end of a job
 * (離職 / 転職) or of the plan, and the papers: reports, hand-overs and the follow-up after public assistance
 * ({@link EmploymentDocumentsPart}). Read once per page; every change goes through the case page, which redraws it.
 */
class EmploymentPanel extends VerticalLayout {
    private final EmploymentService employment;
    private final CandidateService candidates;
    private final CaseActions actions;
    private final UUID caseId;
    private final boolean canEdit;
    private final LocalDate today = CaseFormat.today();

    /** {@code agencies}: the tenant's partner agencies, a report's possible recipients (only needed to edit). */
    EmploymentPanel(EmploymentService employment, EmploymentDocuments documents, CandidateService candidates,
                    List<Agency> agencies, CaseFile file, CaseActions actions) {
        this.employment = employment;
        this.candidates = candidates;
        this.actions = actions;
        this.caseId = file.supportCase().id();
        this.canEdit = file.access().canEdit();
        setPadding(false);
        setId("case-employment");
        EmploymentFile f;
        try {
            f = employment.file(caseId);
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        add(readiness(f), activities(f), work(f), new EmploymentDocumentsPart(documents, caseId, canEdit, agencies, actions));
    }

    // --- readiness and Hello Work ---------------------------------------------------------------

    private Component readiness(EmploymentFile f) {
        VerticalLayout out = section("employment.readiness.title");
        Readiness r = f.readiness();
        FieldErrors errors = new FieldErrors();
        TextArea strengths = errors.field("strengths", area("employment.strengths", r.strengths()), "emp-strengths");
        TextArea barriers = errors.field("barriers", area("employment.barriers", r.barriers()), "emp-barriers");
        TextField preferred = errors.field("preferredWork", text("employment.preferredWork", r.preferredWork()), "emp-preferred");
        TextField hours = errors.field("hours", text("employment.hours", r.hours()), "emp-hours");
        TextArea accommodations = errors.field("accommodations",
                area("employment.accommodations", r.accommodations()), "emp-accommodations");
        DatePicker helloWorkOn = errors.field("helloWorkOn", date("employment.helloWorkOn", r.helloWorkOn()), "emp-hellowork-on");
        TextField office = errors.field("helloWorkOffice", text("employment.helloWorkOffice", r.helloWorkOffice()),
                "emp-hellowork-office");
        out.add(form(strengths, barriers, preferred, hours, accommodations, helloWorkOn, office));
        if (!canEdit) {
            List.<HasValue<?, ?>>of(strengths, barriers, preferred, hours, accommodations, helloWorkOn, office)
                    .forEach(x -> x.setReadOnly(true));
            return out;
        }
        Button save = new Button(getTranslation("employment.readiness.save"), e -> act(errors, () ->
                employment.writeReadiness(caseId, new Readiness(strengths.getValue(), barriers.getValue(),
                        preferred.getValue(), hours.getValue(), accommodations.getValue(), helloWorkOn.getValue(),
                        office.getValue()), f.readinessVersion())));
        save.setId("emp-readiness-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        out.add(save);
        return out;
    }

    // --- job search ---------------------------------------------------------------------------------

    private Component activities(EmploymentFile f) {
        VerticalLayout out = section("activity.title");
        Grid<JobActivity> grid = grid("activity-grid", "activity.title", "activity.none");
        grid.addColumn(a -> CaseFormat.date(a.doneOn())).setHeader(getTranslation("activity.doneOn")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("jobActivity.kind." + a.kind().name()))
                .setHeader(getTranslation("activity.kind")).setAutoWidth(true);
        grid.addColumn(a -> nz(a.employer())).setHeader(getTranslation("activity.employer")).setFlexGrow(1);
        text(grid, JobActivity::note).setHeader(getTranslation("activity.note")).setFlexGrow(2);
        grid.setItems(f.activities());
        out.add(grid);
        if (!canEdit) {
            return out;
        }
        FieldErrors errors = new FieldErrors();
        Select<JobActivityKind> kind = errors.field("kind", new Select<>(), "activity-kind");
        kind.setLabel(getTranslation("activity.kind"));
        kind.setItems(JobActivityKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("jobActivity.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        DatePicker on = errors.field("doneOn", date("activity.doneOn", today), "activity-date");
        TextField employer = errors.field("employer", text("activity.employer", null), "activity-employer");
        TextField note = errors.field("note", text("activity.note", null), "activity-note");
        Button add = new Button(getTranslation("activity.add"), e -> act(errors, () -> employment.addActivity(caseId,
                new JobActivity.Draft(kind.getValue(), on.getValue(), employer.getValue(), note.getValue()))));
        add.setId("activity-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        out.add(new H4(getTranslation("activity.new")), form(kind, on, employer, note), add);
        return out;
    }

    // --- work and retention -------------------------------------------------------------------------

    private Component work(EmploymentFile f) {
        VerticalLayout out = section("job.section");
        RetentionPlan plan = f.activePlan().orElse(null);
        Employment current = f.jobs().stream().filter(Employment::isCurrent).findFirst().orElse(null);
        if (plan != null) {
            Employment job = f.jobs().stream().filter(j -> j.id().equals(plan.employmentId())).findFirst().orElse(null);
            out.add(planCard(plan, job), risk(f.risk()), schedule(f.schedule()));
            if (canEdit) {
                out.add(extension(plan), planEnd(plan));
            }
        } else if (canEdit) {
            out.add(startForm());
        } else {
            Paragraph none = new Paragraph(getTranslation("retention.none"));
            none.setId("retention-none");
            out.add(none);
        }
        out.add(supportRequests());
        out.add(contacts(f, plan));
        if (current != null) {
            out.add(jobEnd(current));
        }
        out.add(pastJobs(f));
        return out;
    }

    private Component startForm() {
        FieldErrors errors = new FieldErrors();
        TextField employer = errors.field("employer", text("job.employer", null), "job-employer");
        employer.setRequiredIndicatorVisible(true);
        TextField title = errors.field("job", text("job.job", null), "job-title");
        title.setRequiredIndicatorVisible(true);
        TextField hours = errors.field("hours", text("job.hours", null), "job-hours");
        DatePicker start = errors.field("startedOn", date("job.startedOn", null), "job-start");
        start.setRequiredIndicatorVisible(true);
        Checkbox trial = new Checkbox(getTranslation("job.trial"));
        trial.setId("job-trial");
        Checkbox disability = new Checkbox(getTranslation("job.disability"));
        disability.setId("job-disability");
        RadioButtonGroup<Integer> months = errors.field("months", new RadioButtonGroup<>(), "job-months");
        months.setLabel(getTranslation("job.months"));
        months.setItems(List.copyOf(new TreeSet<>(RetentionSchedule.AGREED_PERIODS)));
        months.setItemLabelGenerator(n -> getTranslation("retention.monthsN", n));
        months.setHelperText(getTranslation("job.months.help"));
        months.setRequiredIndicatorVisible(true);
        IntegerField wage = errors.field("wage", new IntegerField(getTranslation("job.wage")), "job-wage");
        wage.setHelperText(getTranslation("job.wage.help"));
        wage.setMin(0);
        TextArea health = errors.field("health", area("job.health", null), "job-health");
        TextArea money = errors.field("money", area("job.money", null), "job-money");
        TextArea commuting = errors.field("commuting", area("job.commuting", null), "job-commuting");
        Button save = new Button(getTranslation("job.save"), e -> act(errors, () -> employment.startWork(caseId,
                new JobStart(employer.getValue(), title.getValue(), hours.getValue(), start.getValue(), trial.getValue(),
                        disability.getValue(), months.getValue(), health.getValue(), money.getValue(),
                        commuting.getValue(), wage.getValue()))));
        save.setId("job-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout job = form(employer, title, hours, wage, start, trial, disability, months);
        job.setColspan(months, 2);
        VerticalLayout part = new VerticalLayout(new H4(getTranslation("job.new")), job,
                new H4(getTranslation("job.conference")), form(health, money, commuting), save);
        part.setPadding(false);
        part.setId("job-start-form");
        return part;
    }

    private Component planCard(RetentionPlan plan, Employment job) {
        Div card = new Div();
        card.setId("retention-plan");
        card.add(new H4(getTranslation("retention.plan")));
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        if (job != null) {
            Span where = new Span(job.employer() + "　" + job.job() + (job.hours() == null ? "" : "（" + job.hours() + "）"));
            where.setId("retention-plan-job");
            HorizontalLayout line = new HorizontalLayout(where);
            line.setSpacing(false);
            line.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            if (job.trial()) {
                line.add(badge(getTranslation("job.trial"), "contrast"));
            }
            if (job.disability()) {
                line.add(badge(getTranslation("job.disability"), "contrast"));
            }
            f.addFormItem(line, getTranslation("retention.plan.job"));
        }
        Span period = new Span(getTranslation("retention.plan.periodValue", CaseFormat.date(plan.startsOn()),
                CaseFormat.date(plan.endsOn()), plan.months()));
        period.setId("retention-plan-period");
        f.addFormItem(period, getTranslation("retention.plan.period"));
        f.addFormItem(new Span(plan.owner()), getTranslation("retention.plan.owner"));
        note(f, "job.health", plan.health());
        note(f, "job.money", plan.money());
        note(f, "job.commuting", plan.commuting());
        card.add(f);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    private void note(FormLayout f, String label, String value) {
        if (value != null) {
            Paragraph p = new Paragraph(value);
            p.getStyle().set("white-space", "pre-line").set("margin", "0");
            f.addFormItem(p, getTranslation(label));
        }
    }

    private Component risk(RiskAssessment r) {
        Div out = new Div();
        out.setId("retention-risk");
        if (r == null) {
            return out;
        }
        Span level = riskBadge(r.level());
        level.addClassName("retention-risk-level");
        Span label = new Span(getTranslation("retention.risk"));
        label.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        out.add(label, level);
        if (!r.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("retention-risk-reasons");
            r.reasons().forEach(x -> reasons.add(new ListItem(x)));
            out.add(reasons);
        }
        return out;
    }

    private Span riskBadge(RiskLevel level) {
        Span s = new Span(getTranslation("risk.level." + level.name()));
        s.getElement().getThemeList().add(switch (level) {
            case HIGH -> "badge error";
            case WATCH -> "badge";
            case LOW -> "badge success";
        });
        return s;
    }

    private Component schedule(List<CasePromise> open) {
        VerticalLayout out = new VerticalLayout(new H4(getTranslation("retention.schedule")));
        out.setPadding(false);
        Grid<CasePromise> grid = grid("retention-schedule", "retention.schedule", "retention.schedule.none");
        text(grid, CasePromise::description).setHeader(getTranslation("today.col.what")).setFlexGrow(2);
        grid.addColumn(p -> CaseFormat.date(LocalDate.ofInstant(p.dueAt(), CaseDates.ZONE)))
                .setHeader(getTranslation("today.col.due")).setAutoWidth(true);
        Instant now = Instant.now();
        grid.addComponentColumn(p -> {
            PromiseStatus s = PromiseRules.status(p.promise(), now);
            Span span = new Span(getTranslation("promise.status." + s.name()));
            span.getElement().getThemeList().add(s == PromiseStatus.OVERDUE ? "badge error"
                    : s == PromiseStatus.AT_RISK ? "badge" : "badge contrast");
            return span;
        }).setHeader(getTranslation("today.col.status")).setAutoWidth(true);
        grid.setItems(open);
        out.add(grid);
        return out;
    }

    private Component extension(RetentionPlan plan) {
        if (plan.months() >= RetentionSchedule.MAX_MONTHS) {
            Paragraph max = new Paragraph(getTranslation("retention.extend.atMax", RetentionSchedule.MAX_MONTHS));
            max.setId("retention-extend-max");
            return max;
        }
        FieldErrors errors = new FieldErrors();
        Select<Integer> months = errors.field("months", new Select<>(), "retention-extend-months");
        months.setLabel(getTranslation("retention.extend.months"));
        months.setItems(IntStream.rangeClosed(plan.months() + 1, RetentionSchedule.MAX_MONTHS).boxed().toList());
        months.setItemLabelGenerator(n -> n == null ? "" : getTranslation("retention.monthsN", n));
        months.setHelperText(getTranslation("retention.extend.help", RetentionSchedule.MAX_MONTHS));
        Button extend = new Button(getTranslation("retention.extend"), e -> act(errors, () ->
                employment.extend(caseId, plan.id(), months.getValue() == null ? 0 : months.getValue(), plan.version())));
        extend.setId("retention-extend");
        extend.setEnabled(false);
        months.addValueChangeListener(e -> extend.setEnabled(e.getValue() != null));
        HorizontalLayout row = new HorizontalLayout(months, extend);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /** Ends retention support: the agreed period is over, or the person is handed over to another organisation. */
    private Component planEnd(RetentionPlan plan) {
        VerticalLayout out = new VerticalLayout(new H4(getTranslation("retention.end.title")));
        out.setPadding(false);
        out.setId("retention-end-form");
        Paragraph help = new Paragraph(getTranslation("retention.end.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        FieldErrors errors = new FieldErrors();
        DatePicker on = errors.field("endedOn", date("retention.end.date", null), "retention-end-date");
        on.setRequiredIndicatorVisible(true);
        on.setMin(plan.startsOn());
        on.setMax(today);
        TextField note = errors.field("note", text("retention.end.note", null), "retention-end-note");
        note.setMaxLength(1000);
        note.setHelperText(getTranslation("retention.end.note.help"));
        Button end = new Button(getTranslation("retention.end"), e -> act(errors, () ->
                employment.endPlan(caseId, plan.id(), on.getValue(), note.getValue(), plan.version())));
        end.setId("retention-end");
        out.add(help, form(on, note), end);
        return out;
    }

    private Component contacts(EmploymentFile f, RetentionPlan plan) {
        VerticalLayout out = new VerticalLayout(new H4(getTranslation("contact.title")));
        out.setPadding(false);
        Grid<RetentionContact> grid = grid("contact-grid", "contact.title", "contact.none");
        grid.addColumn(c -> CaseFormat.date(c.contactedOn())).setHeader(getTranslation("contact.contactedOn")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("contact.kind." + c.kind().name())).setHeader(getTranslation("contact.kind")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("contact.means." + c.means().name())).setHeader(getTranslation("contact.means")).setAutoWidth(true);
        grid.addColumn(c -> String.join("、", c.signs().stream().sorted(Comparator.naturalOrder())
                .map(s -> getTranslation("warningSign." + s.name())).toList())).setHeader(getTranslation("contact.signs")).setFlexGrow(2);
        text(grid, RetentionContact::note).setHeader(getTranslation("contact.note")).setFlexGrow(2);
        grid.setItems(f.contacts());
        out.add(grid);
        if (!canEdit) {
            return out;
        }
        FieldErrors errors = new FieldErrors();
        RadioButtonGroup<ContactKind> kind = errors.field("kind", new RadioButtonGroup<>(), "contact-kind");
        kind.setLabel(getTranslation("contact.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("contact.kind." + k.name()));
        kind.setValue(plan == null ? ContactKind.FOLLOW_UP : ContactKind.INTERVIEW);
        kind.setRequiredIndicatorVisible(true);
        Select<ContactMeans> means = errors.field("means", new Select<>(), "contact-means");
        means.setLabel(getTranslation("contact.means"));
        means.setItems(ContactMeans.values());
        means.setItemLabelGenerator(m -> m == null ? "" : getTranslation("contact.means." + m.name()));
        means.setRequiredIndicatorVisible(true);
        DatePicker on = errors.field("contactedOn", date("contact.contactedOn", today), "contact-date");
        CheckboxGroup<WarningSign> signs = errors.field("signs", new CheckboxGroup<>(), "contact-signs");
        signs.setLabel(getTranslation("contact.signs"));
        signs.setItems(WarningSign.values());
        signs.setItemLabelGenerator(s -> getTranslation("warningSign." + s.name()));
        signs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        TextArea note = errors.field("note", area("contact.note", null), "contact-note");
        UUID planId = plan == null ? null : plan.id();
        Button save = new Button(getTranslation("contact.save"), e -> act(errors, () -> employment.recordContact(caseId,
                planId, new RetentionContact.Draft(kind.getValue(), means.getValue(), on.getValue(), signs.getValue(),
                        note.getValue()))));
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = form(kind, means, on, signs, note);
        form.setColspan(kind, 2);
        form.setColspan(signs, 2);
        out.add(new H4(getTranslation("contact.new")), form, save);
        return out;
    }

    /** The end of the current job: 離職 ends retention and sets the follow-up, 転職 moves the plan to the new job. */
    private Component jobEnd(Employment job) {
        VerticalLayout out = new VerticalLayout(new H4(getTranslation("jobEnd.title")));
        out.setPadding(false);
        Paragraph current = new Paragraph(getTranslation("jobEnd.current", job.employer(), job.job(),
                CaseFormat.date(job.startedOn())));
        current.setId("job-current");
        out.add(current);
        if (!canEdit) {
            return out;
        }
        out.add(new Paragraph(getTranslation("jobEnd.help")));
        FieldErrors errors = new FieldErrors();
        RadioButtonGroup<JobEndKind> kind = errors.field("kind", new RadioButtonGroup<>(), "job-end-kind");
        kind.setLabel(getTranslation("jobEnd.kind"));
        kind.setItems(JobEndKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("jobEnd.kind." + k.name()));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setRequiredIndicatorVisible(true);
        DatePicker on = errors.field("endedOn", date("jobEnd.endedOn", null), "job-end-date");
        on.setRequiredIndicatorVisible(true);
        TextArea reason = errors.field("reason", area("jobEnd.reason", null), "job-end-reason");
        reason.setHelperText(getTranslation("jobEnd.reason.help"));
        TextField newEmployer = errors.field("newJob.employer", text("jobEnd.newEmployer", null), "job-end-new-employer");
        // the end rule names the new employer so too
        errors.field("newEmployer", newEmployer, "job-end-new-employer");
        newEmployer.setRequiredIndicatorVisible(true);
        TextField newTitle = errors.field("newJob.job", text("jobEnd.newJob", null), "job-end-new-title");
        newTitle.setRequiredIndicatorVisible(true);
        DatePicker newStart = errors.field("newJob.startedOn", date("jobEnd.newStart", null), "job-end-new-start");
        newStart.setRequiredIndicatorVisible(true);
        FormLayout newJob = form(newEmployer, newTitle, newStart);
        newJob.setId("job-end-new");
        newJob.setVisible(false);
        kind.addValueChangeListener(e -> {
            newJob.setVisible(e.getValue() == JobEndKind.CHANGE);
            reason.setRequiredIndicatorVisible(e.getValue() == JobEndKind.LEAVING);
        });
        Button save = new Button(getTranslation("jobEnd.save"), e -> act(errors, () -> {
            JobStart next = kind.getValue() == JobEndKind.CHANGE
                    ? new JobStart(newEmployer.getValue(), newTitle.getValue(), null, newStart.getValue(), false, false,
                            null, null, null, null)
                    : null;
            employment.endJob(caseId, job.id(), kind.getValue(), on.getValue(), reason.getValue(), next, job.version());
        }));
        save.setId("job-end-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = form(kind, on, reason);
        out.add(form, newJob, save);
        return out;
    }

    private Component pastJobs(EmploymentFile f) {
        VerticalLayout out = new VerticalLayout(new H4(getTranslation("job.past")));
        out.setPadding(false);
        Grid<Employment> grid = grid("job-history", "job.past", "job.past.none");
        grid.addColumn(j -> j.employer() + "　" + j.job()).setHeader(getTranslation("job.past.job")).setFlexGrow(2);
        grid.addColumn(j -> getTranslation("job.period", CaseFormat.date(j.startedOn()), CaseFormat.date(j.endedOn())))
                .setHeader(getTranslation("job.past.period")).setAutoWidth(true);
        grid.addColumn(j -> j.endKind() == null ? "" : getTranslation("jobEnd.short." + j.endKind().name()))
                .setHeader(getTranslation("job.past.end")).setAutoWidth(true);
        text(grid, Employment::endReason).setHeader(getTranslation("jobEnd.reason")).setFlexGrow(2);
        grid.setItems(f.jobs().stream().filter(j -> !j.isCurrent()).toList());
        out.add(grid);
        return out;
    }

    // --- the employer's requests for support (jobs) ---------------------------------------------------

    /**
     * 企業からの相談: what the company that hired the person through the job board asked their supporter,
     * open ones first, each answered once (with the version read). Shown only when there are requests.
     */
    private Component supportRequests() {
        Div out = new Div();
        out.setId("support-requests");
        out.setWidthFull();
        List<CandidateService.CaseRequest> requests;
        try {
            requests = candidates.requestsOfCase(caseId);
        } catch (AccessDeniedException e) {
            requests = List.of();
        }
        if (requests.isEmpty()) {
            out.setVisible(false);
            return out;
        }
        out.add(new H4(getTranslation("jobs.requests.title")));
        for (CandidateService.CaseRequest r : requests) {
            out.add(supportRequest(candidates, r.request(), r.companyName()));
        }
        return out;
    }

    private Component supportRequest(CandidateService candidates, SupportRequest r, String company) {
        Div card = new Div();
        card.setId("support-request-" + r.id());
        card.addClassName("support-request");
        card.getElement().setAttribute("data-open", String.valueOf(r.open()));
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-block-end", "var(--lumo-space-s)");
        Span asked = new Span(company == null || company.isBlank()
                ? getTranslation("jobs.requests.asked", CaseFormat.dateTime(r.askedAt()))
                : getTranslation("jobs.requests.askedBy", company, CaseFormat.dateTime(r.askedAt())));
        asked.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div head = new Div(asked);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        if (r.open()) {
            Span badge = badge(getTranslation("jobs.requests.open"), "error");
            badge.setId("support-request-open-" + r.id());
            head.add(badge);
        }
        Paragraph question = new Paragraph();
        question.setText(r.question());
        question.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");
        card.add(head, question);
        if (!r.open()) {
            Span by = new Span(getTranslation("jobs.requests.answeredBy", nz(r.answeredBy()), CaseFormat.dateTime(r.answeredAt())));
            by.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
            Paragraph answer = new Paragraph();
            answer.setText(r.answer());
            answer.setId("support-answer-text-" + r.id());
            answer.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0")
                    .set("padding-inline-start", "var(--lumo-space-s)").set("border-inline-start", "3px solid var(--lumo-contrast-30pct)");
            card.add(by, answer);
            return card;
        }
        if (!canEdit) {
            return card;
        }
        FieldErrors errors = new FieldErrors();
        TextArea answer = errors.field("answer", area("jobs.requests.answer", null), "support-answer-" + r.id());
        answer.setMaxLength(SupportRequest.TEXT_MAX);
        answer.setRequiredIndicatorVisible(true);
        answer.setHelperText(getTranslation("jobs.requests.answer.help"));
        Button send = new Button(getTranslation("jobs.requests.send"), e -> act(errors, () -> {
            try {
                candidates.answer(r.id(), answer.getValue(), r.version());
            } catch (ConflictException | NotFoundException someoneFirst) {
                // answered (or gone) meanwhile: told as any concurrent change, and the case redrawn
                throw new OptimisticLockException(someoneFirst.getMessage());
            }
        }));
        send.setId("support-answer-send-" + r.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(answer, send);
        return card;
    }

    // --- shared parts -----------------------------------------------------------------------------

    /** The page tells every fault; the fields named by the rules are marked too, keeping what was typed. */
    private void act(FieldErrors errors, Runnable change) {
        CaseFormat.act(actions, errors, getLocale(), change);
    }

    private VerticalLayout section(String title) {
        return CaseFormat.section(getTranslation(title), "employment-section");
    }

    private <T> Grid<T> grid(String id, String title, String empty) {
        return CaseFormat.grid(id, getTranslation(title), getTranslation(empty));
    }

    private static <T> Grid.Column<T> text(Grid<T> grid, ValueProvider<T, String> value) {
        return CaseFormat.textColumn(grid, value);
    }

    private static FormLayout form(Component... fields) {
        return CaseFormat.form(fields);
    }

    private TextArea area(String label, String value) {
        TextArea a = new TextArea(getTranslation(label));
        a.setWidthFull();
        a.setMinHeight("5em");
        a.setValue(nz(value));
        return a;
    }

    private TextField text(String label, String value) {
        TextField t = new TextField(getTranslation(label));
        t.setValue(nz(value));
        return t;
    }

    private DatePicker date(String label, LocalDate value) {
        DatePicker d = jp.tomoni.ui.form.Pickers.date(getTranslation(label));
        d.setLocale(Locale.JAPAN);
        d.setValue(value);
        return d;
    }
}
