package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.badge;
import static jp.tomoni.ui.casework.CaseFormat.error;
import static jp.tomoni.ui.casework.CaseFormat.nz;
import static jp.tomoni.ui.casework.CaseFormat.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.AssessmentService;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.application.casework.CaseParticipation;
import jp.tomoni.application.casework.CaseRecords;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.casework.PlanDocuments;
import jp.tomoni.application.casework.PlanService;
import jp.tomoni.application.casework.PlanView;
import jp.tomoni.application.casework.PromiseService;
import jp.tomoni.application.casework.SupportEndService;
import jp.tomoni.application.employment.EmploymentDocuments;
import jp.tomoni.application.employment.EmploymentService;
import jp.tomoni.application.jobs.CandidateService;
import jp.tomoni.domain.casework.promise.AppointmentOutcome;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseDraft;
import jp.tomoni.domain.casework.promise.PromiseKind;
import jp.tomoni.domain.casework.promise.PromiseRules;
import jp.tomoni.domain.casework.promise.PromiseStatus;
import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.AccessLogEntry;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.IntakeDraft;
import jp.tomoni.domain.casework.NoteDraft;
import jp.tomoni.domain.casework.NoteMeans;
import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.ProgressNote;
import jp.tomoni.domain.casework.Referral;
import jp.tomoni.domain.casework.ReferralDestination;
import jp.tomoni.domain.casework.ReferralDraft;
import jp.tomoni.domain.casework.ReferralStatus;
import jp.tomoni.domain.casework.Screening;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.TimelineEvent;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * One case: the intake and screening, consent (give, revoke), referrals followed to their outcome,
 * progress records (支援経過記録) and the timeline of everything. Partners under consent read and
 * add records; what the caller may not do is not offered.
 */
@Route(value = "t/:tenant/cases/:caseId([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", layout = MainLayout.class)
@TenantView(titleKey = "case.title", order = 4, inMenu = false, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.MUNICIPAL_OFFICER, TenantRole.PARTNER_STAFF})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CaseService cases;
    private final CaseRecords records;
    private final PromiseService promises;
    private final PlanService plans;
    private final PlanDocuments documents;
    private final AssessmentService assessments;
    private final SupportEndService supportEnd;
    private final EmploymentService employment;
    private final EmploymentDocuments employmentDocuments;
    private final CaseParticipation participation;
    private UUID caseId;
    private final CandidateService candidates;
    private CaseFile file;
    private String title = "";
    /** The tab in view, kept when the page is redrawn after a change so the worker stays where they were. */
    private int selectedTab;

    @Inject
    public CaseView(CaseService cases, CaseRecords records, PromiseService promises, PlanService plans,
                    PlanDocuments documents, AssessmentService assessments, SupportEndService supportEnd,
                    EmploymentService employment, EmploymentDocuments employmentDocuments,
                    CaseParticipation participation, CandidateService candidates) {
        this.participation = participation;
        this.candidates = candidates;
        this.assessments = assessments;
        this.employment = employment;
        this.employmentDocuments = employmentDocuments;
        this.supportEnd = supportEnd;
        this.plans = plans;
        this.documents = documents;
        this.cases = cases;
        this.records = records;
        this.promises = promises;
        setId("case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = UUID.fromString(event.getRouteParameters().get("caseId").orElseThrow());
        selectedTab = 0;
        render();
    }

    private void render() {
        removeAll();
        try {
            file = cases.file(caseId);
        } catch (NotFoundException e) {
            add(new H1(getTranslation("case.notFound")));
            return;
        }
        SupportCase c = file.supportCase();
        PersonDetails p = file.person();
        title = c.caseNumber() + " " + p.fullName();
        H1 h = new H1(p.fullName() + (p.familyKana() == null ? "" : "（" + kana(p) + "）"));
        h.setId("case-name");
        h.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Span status = badge(getTranslation("case.status." + c.status().name()), "contrast");
        status.setId("case-status");
        HorizontalLayout meta = new HorizontalLayout(new Span(getTranslation("case.number", c.caseNumber())), status,
                new Span(getTranslation("case.worker", c.worker())));
        meta.getStyle().set("flex-wrap", "wrap");
        add(h, meta);
        if (!file.sharingAllowed()) {
            Div banner = new Div(new Span(getTranslation("case.noSharing")));
            banner.setId("case-no-sharing");
            banner.getElement().getThemeList().add("badge error");
            banner.getStyle().set("padding", "var(--lumo-space-s)");
            add(banner);
        }
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("case.tab.summary"), summary());
        tabs.add(getTranslation("case.tab.assessment"), new AssessmentPanel(assessments, file, this::act));
        tabs.add(getTranslation("case.tab.consent"), consents());
        tabs.add(getTranslation("case.tab.referrals"), referrals());
        tabs.add(getTranslation("case.tab.notes"), notes());
        tabs.add(getTranslation("case.tab.promises"), promises());
        // the case's plans, read once for both tabs that show them
        List<PlanView> casePlans = plans.plans(caseId);
        tabs.add(getTranslation("case.tab.plans"), new PlanPanel(plans, documents, file, casePlans, this::act));
        tabs.add(getTranslation("case.tab.supportEnd"), new SupportEndPanel(supportEnd, casePlans, file, this::act));
        tabs.add(getTranslation("case.tab.employment"), new EmploymentPanel(employment, employmentDocuments, candidates,
                file.access().canEdit() ? cases.agencies() : List.of(), file, this::act));
        tabs.add(getTranslation("participation.tab"), new CommunityParticipationPanel(participation, file));
        tabs.add(getTranslation("case.tab.timeline"), timeline());
        if (TenantContext.require().roles().contains(TenantRole.CHIEF_CONSULTANT)) {
            tabs.add(getTranslation("case.tab.accessLog"), accessLog());
        }
        tabs.setId("case-tabs");
        tabs.setSelectedIndex(Math.min(selectedTab, tabs.getTabCount() - 1));
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private static String kana(PersonDetails p) {
        return p.givenKana() == null ? p.familyKana() : p.familyKana() + " " + p.givenKana();
    }

    private Component summary() {
        SupportCase c = file.supportCase();
        PersonDetails p = file.person();
        IntakeDraft in = c.intake(p);
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        f.addFormItem(new Span(p.sex() == null ? "" : p.sex() == jp.tomoni.domain.casework.Sex.OTHER
                ? String.valueOf(p.sexText()) : getTranslation("sex." + p.sex().name())), getTranslation("intake.sex"));
        Span born = new Span(p.birthDate() == null ? "" : JapaneseDates.format(p.birthDate()) + "（"
                + getTranslation("intake.age", JapaneseDates.age(p.birthDate(), today())) + "）");
        born.setId("case-birthDate");
        f.addFormItem(born, getTranslation("intake.birthDate"));
        f.addFormItem(new Span(nz(p.address())), getTranslation("intake.address"));
        f.addFormItem(new Span(nz(p.phoneMobile() == null ? p.phoneHome() : p.phoneMobile())), getTranslation("case.phone"));
        f.addFormItem(new Span(CaseFormat.date(c.receivedOn()) + " / " + c.receivedBy()), getTranslation("intake.receivedOn"));
        f.addFormItem(new Span(getTranslation("visitor." + in.visitorKind().name())
                + (in.visitorName() == null ? "" : " " + in.visitorName())), getTranslation("intake.visitorKind"));
        String areas = String.join("、", in.problemAreas().stream().sorted()
                .map(a -> (a == in.mainProblem() ? "◎" : "○") + getTranslation("problem." + a.name())).toList());
        Span areaSpan = new Span(areas);
        areaSpan.setId("case-problemAreas");
        f.addFormItem(areaSpan, getTranslation("intake.problemAreas"));
        Paragraph complaint = new Paragraph(in.complaint());
        complaint.setId("case-complaint");
        f.addFormItem(complaint, getTranslation("intake.complaint"));
        f.addFormItem(new Paragraph(nz(in.wishes())), getTranslation("intake.wishes"));
        VerticalLayout out = new VerticalLayout(f);
        out.setPadding(false);
        if (file.access().canEdit()) {
            Select<Screening> screening = new Select<>();
            screening.setLabel(getTranslation("case.screening"));
            screening.setId("case-screening");
            screening.setItems(Screening.values());
            screening.setItemLabelGenerator(s -> getTranslation("screening." + s.name()));
            screening.setValue(c.screening());
            Button save = new Button(getTranslation("case.screening.save"), e -> act(() ->
                    cases.screen(caseId, screening.getValue(), c.version())));
            save.setId("case-screening-save");
            HorizontalLayout row = new HorizontalLayout(screening, save);
            row.setAlignItems(Alignment.BASELINE);
            out.add(row);
        } else if (c.screening() != null) {
            out.add(new Paragraph(getTranslation("case.screening") + ": " + getTranslation("screening." + c.screening().name())));
        }
        return out;
    }

    private Component consents() {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        List<Agency> agencies = cases.agencies();
        for (Consent k : file.consents()) {
            String names = String.join("、", k.agencies().stream().map(a -> agencies.stream()
                    .filter(x -> x.alias().equals(a)).map(Agency::name).findFirst().orElse(a)).toList());
            String purposes = String.join("・", k.purposes().stream().map(x -> getTranslation("consent.purpose." + x.name())).toList());
            Div card = new Div();
            card.addClassName("consent-card");
            card.add(new H3(CaseFormat.date(k.givenOn()) + " " + getTranslation("consent.method." + k.method().name())),
                    new Paragraph(getTranslation("consent.agencies") + ": " + names),
                    new Paragraph(getTranslation("consent.purposes") + ": " + purposes),
                    new Paragraph(getTranslation("consent.explainedBy") + ": " + k.explainedBy()));
            if (k.inForce()) {
                card.add(badge(getTranslation("consent.inForce"), "success"));
                if (file.access().canEdit()) {
                    Button revoke = new Button(getTranslation("consent.revoke"), e -> act(() -> cases.revokeConsent(caseId, k.id())));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    revoke.addClassName("consent-revoke");
                    card.add(revoke);
                }
            } else {
                card.add(badge(getTranslation("consent.revokedAt", CaseFormat.dateTime(k.revokedAt()), k.revokedBy()), "error"));
            }
            out.add(card);
        }
        if (file.consents().isEmpty()) {
            out.add(new Paragraph(getTranslation("consent.none")));
        }
        if (file.access().canEdit()) {
            ConsentForm f = new ConsentForm(agencies, TenantContext.require().actor());
            Button give = new Button(getTranslation("consent.give"), e -> {
                try {
                    cases.giveConsent(caseId, f.draft());
                    render();
                } catch (InvalidInputException ex) {
                    f.showViolations(ex.violations(), getLocale()).forEach(CaseFormat::error);
                }
            });
            give.setId("consent-give");
            VerticalLayout part = new VerticalLayout(new H3(getTranslation("consent.add")), f, give);
            part.setPadding(false);
            out.add(part);
        }
        return out;
    }

    private Component referrals() {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        Grid<Referral> grid = new Grid<>();
        grid.setId("referral-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> getTranslation("referral.destination." + r.destination().name())
                + (r.destinationName() == null ? "" : " " + r.destinationName())).setHeader(getTranslation("referral.destination"));
        grid.addColumn(r -> CaseFormat.date(r.sentOn())).setHeader(getTranslation("referral.sentOn"));
        grid.addComponentColumn(r -> r.isOverdue(today())
                ? badge(getTranslation("referral.overdue", CaseFormat.date(r.dueOn())), "error")
                : new Span(CaseFormat.date(r.dueOn()))).setHeader(getTranslation("referral.dueOn"));
        grid.addColumn(r -> getTranslation("referral.status." + r.status().name())).setHeader(getTranslation("referral.status"));
        grid.addColumn(r -> nz(r.outcome())).setHeader(getTranslation("referral.outcome")).setFlexGrow(2);
        if (file.access().canEdit()) {
            grid.addComponentColumn(this::answerButtons).setHeader("");
        }
        grid.setItems(file.referrals());
        out.add(grid);
        if (file.access().canEdit()) {
            Select<ReferralDestination> destination = new Select<>();
            destination.setLabel(getTranslation("referral.destination"));
            destination.setId("referral-destination");
            destination.setItems(ReferralDestination.values());
            destination.setItemLabelGenerator(d -> getTranslation("referral.destination." + d.name()));
            TextField name = new TextField(getTranslation("referral.destinationName"));
            name.setId("referral-destinationName");
            TextArea reason = new TextArea(getTranslation("referral.reason"));
            reason.setId("referral-reason");
            DatePicker sent = date("referral.sentOn", "referral-sentOn", today());
            DatePicker due = date("referral.dueOn", "referral-dueOn", today().plusDays(14));
            Button send = new Button(getTranslation("referral.send"), e -> act(() -> records.refer(caseId,
                    new ReferralDraft(destination.getValue(), name.getValue(), reason.getValue(), sent.getValue(), due.getValue()))));
            send.setId("referral-send");
            FormLayout f = new FormLayout(destination, name, sent, due, reason);
            f.setColspan(reason, 2);
            out.add(new H3(getTranslation("referral.new")), f, send);
        }
        return out;
    }

    private Component answerButtons(Referral r) {
        HorizontalLayout row = new HorizontalLayout();
        for (ReferralStatus next : ReferralStatus.values()) {
            if (r.status().canMoveTo(next)) {
                Button b = new Button(getTranslation("referral.to." + next.name()), e -> {
                    if (next.needsOutcome()) {
                        askOutcome(r, next);
                    } else {
                        act(() -> records.answerReferral(caseId, r.id(), next, null, r.version()));
                    }
                });
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.addClassName("referral-" + next.name().toLowerCase(Locale.ROOT));
                row.add(b);
            }
        }
        return row;
    }

    private void askOutcome(Referral r, ReferralStatus next) {
        var d = new com.vaadin.flow.component.dialog.Dialog();
        d.setHeaderTitle(getTranslation("referral.to." + next.name()));
        TextArea outcome = new TextArea(getTranslation("referral.outcome"));
        outcome.setId("referral-outcome");
        outcome.setWidthFull();
        Button ok = new Button(getTranslation("common.save"), e -> {
            d.close();
            act(() -> records.answerReferral(caseId, r.id(), next, outcome.getValue(), r.version()));
        });
        ok.setId("referral-outcome-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(outcome);
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.open();
    }

    private Component notes() {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        List<ProgressNote> list = records.notes(caseId);
        Grid<ProgressNote> grid = new Grid<>();
        grid.setId("note-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(n -> CaseFormat.dateTime(n.occurredAt())).setHeader(getTranslation("note.occurredAt")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation("note.means." + n.means().name())).setHeader(getTranslation("note.means")).setAutoWidth(true);
        grid.addColumn(ProgressNote::staff).setHeader(getTranslation("note.staff")).setAutoWidth(true);
        grid.addColumn(n -> nz(n.counterpart())).setHeader(getTranslation("note.counterpart")).setAutoWidth(true);
        grid.addColumn(ProgressNote::body).setHeader(getTranslation("note.body")).setFlexGrow(3);
        grid.setItems(list);
        out.add(grid);
        if (file.access().canAddNotes()) {
            DateTimePicker at = jp.tomoni.ui.form.Pickers.dateTime(getTranslation("note.occurredAt"));
            at.setId("note-occurredAt");
            at.setLocale(Locale.JAPAN);
            at.setValue(LocalDateTime.now(CaseDates.ZONE).withSecond(0).withNano(0));
            Select<NoteMeans> means = new Select<>();
            means.setLabel(getTranslation("note.means"));
            means.setId("note-means");
            means.setItems(NoteMeans.values());
            means.setItemLabelGenerator(m -> getTranslation("note.means." + m.name()));
            means.setValue(NoteMeans.OFFICE);
            TextField counterpart = new TextField(getTranslation("note.counterpart"));
            counterpart.setId("note-counterpart");
            TextArea body = new TextArea(getTranslation("note.body"));
            body.setId("note-body");
            body.setWidthFull();
            body.setMinHeight("8em");
            Button add = new Button(getTranslation("note.add"), e -> {
                Instant when = at.getValue() == null ? null : at.getValue().atZone(CaseDates.ZONE).toInstant();
                act(() -> records.addNote(caseId, new NoteDraft(when, means.getValue(), counterpart.getValue(), body.getValue())));
            });
            add.setId("note-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            FormLayout f = new FormLayout(at, means, counterpart, body);
            f.setColspan(body, 2);
            out.add(new H3(getTranslation("note.new")), f, add);
        }
        return out;
    }

    private Component promises() {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        PromiseService.CasePromises all = promises.ofCase(caseId);
        if (all.homeVisitSuggested()) {
            Span hint = badge(getTranslation("promise.homeVisit"), "error");
            hint.setId("promise-home-visit");
            out.add(hint);
        }
        Span missed = new Span(getTranslation("promise.missed", all.missedAppointments()));
        missed.setId("promise-missed");
        out.add(missed);
        Grid<CasePromise> grid = new Grid<>();
        grid.setId("promise-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> {
            PromiseStatus s = PromiseRules.status(p.promise(), Instant.now());
            return badge(p.outcome() != null ? getTranslation("promise.outcome." + p.outcome().name())
                    : getTranslation("promise.status." + s.name()), s == PromiseStatus.OVERDUE ? "error" : "contrast");
        }).setHeader(getTranslation("today.col.status")).setAutoWidth(true);
        grid.addColumn(p -> CaseFormat.dateTime(p.dueAt())).setHeader(getTranslation("today.col.due")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("promise.kind." + p.kind().name())).setHeader(getTranslation("today.col.kind"));
        grid.addColumn(CasePromise::description).setHeader(getTranslation("today.col.what")).setFlexGrow(2);
        grid.addColumn(CasePromise::owner).setHeader(getTranslation("promise.owner"));
        if (file.access().canEdit()) {
            grid.addComponentColumn(this::closeButtons).setHeader("");
        }
        grid.setItems(all.promises());
        out.add(grid);
        if (file.access().canEdit()) {
            Select<PromiseKind> kind = new Select<>();
            kind.setLabel(getTranslation("promise.kind"));
            kind.setId("promise-kind");
            // retention interviews, employer visits and follow-ups come from a retention plan or a rule
            kind.setItems(Arrays.stream(PromiseKind.values()).filter(PromiseKind.MANUAL::contains).toList());
            kind.setItemLabelGenerator(k -> getTranslation("promise.kind." + k.name()));
            kind.setValue(PromiseKind.APPOINTMENT);
            TextField what = new TextField(getTranslation("today.col.what"));
            what.setId("promise-description");
            TextField owner = new TextField(getTranslation("promise.owner"));
            owner.setId("promise-owner");
            owner.setValue(TenantContext.require().actor());
            DateTimePicker due = jp.tomoni.ui.form.Pickers.dateTime(getTranslation("today.col.due"));
            due.setId("promise-dueAt");
            due.setLocale(Locale.JAPAN);
            due.setValue(LocalDateTime.now(CaseDates.ZONE).plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0));
            Button add = new Button(getTranslation("promise.add"), e -> act(() -> promises.promise(caseId,
                    new PromiseDraft(kind.getValue(), what.getValue(), owner.getValue(),
                            due.getValue() == null ? null : due.getValue().atZone(CaseDates.ZONE).toInstant()))));
            add.setId("promise-add");
            FormLayout f = new FormLayout(kind, due, what, owner);
            out.add(new H3(getTranslation("promise.new")), f, add);
        }
        return out;
    }

    private Component closeButtons(CasePromise p) {
        HorizontalLayout row = new HorizontalLayout();
        if (p.doneAt() != null) {
            return row;
        }
        if (p.kind() == PromiseKind.APPOINTMENT) {
            for (AppointmentOutcome o : AppointmentOutcome.values()) {
                Button b = new Button(getTranslation("promise.outcome." + o.name()),
                        e -> act(() -> promises.close(caseId, p.id(), o, p.version())));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.addClassName("promise-" + o.name().toLowerCase(Locale.ROOT));
                row.add(b);
            }
        } else {
            Button b = new Button(getTranslation("promise.done"), e -> act(() -> promises.close(caseId, p.id(), null, p.version())));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.addClassName("promise-done");
            row.add(b);
        }
        return row;
    }

    private Component timeline() {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        out.setId("case-timeline");
        for (TimelineEvent e : records.timeline(caseId)) {
            Div row = new Div();
            row.addClassName("timeline-event");
            row.add(new Span(CaseFormat.dateTime(e.at()) + "　"), badge(getTranslation("timeline." + e.kind()), "contrast"),
                    new Span("　" + nz(e.actor()) + "　" + nz(e.summary())));
            out.add(row);
        }
        return out;
    }

    private Component accessLog() {
        Grid<AccessLogEntry> grid = new Grid<>();
        grid.setId("access-log-grid");
        grid.addColumn(a -> CaseFormat.dateTime(a.at())).setHeader(getTranslation("accessLog.at")).setAutoWidth(true);
        grid.addColumn(AccessLogEntry::actor).setHeader(getTranslation("accessLog.actor"));
        grid.addColumn(AccessLogEntry::action).setHeader(getTranslation("accessLog.action"));
        grid.addColumn(AccessLogEntry::outcome).setHeader(getTranslation("accessLog.outcome"));
        grid.setItems(cases.accessLog(caseId));
        return grid;
    }

    /** Runs a change and shows the case as it is now; faults are told, a concurrent change is explained. */
    void act(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> error(Messages.of(getLocale(), v)));
        } catch (OptimisticLockException e) {
            error(getTranslation("common.conflict"));
            render();
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        }
    }

    private DatePicker date(String label, String id, LocalDate value) {
        DatePicker d = jp.tomoni.ui.form.Pickers.date(getTranslation(label));
        d.setId(id);
        d.setLocale(Locale.JAPAN);
        d.setValue(value);
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", title);
    }
}
