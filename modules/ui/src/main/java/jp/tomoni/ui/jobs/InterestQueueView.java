package jp.tomoni.ui.jobs;

import static jp.tomoni.ui.jobs.JobStaffParts.badge;
import static jp.tomoni.ui.jobs.JobStaffParts.line;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.jobs.InterestService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.employment.RetentionSchedule;
import jp.tomoni.domain.jobs.HiringOutcome;
import jp.tomoni.domain.jobs.InterestStatus;
import jp.tomoni.domain.jobs.JobBoardRepository.InterestRow;
import jp.tomoni.domain.jobs.JobInterest;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.Pickers;
import jp.tomoni.ui.jobs.JobStaffParts.Faults;
import jp.tomoni.ui.jobs.JobStaffParts.Outcome;
import jp.tomoni.ui.jobs.JobStaffParts.ReasonDialog;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 求人への「興味あり」: what people said on postings reaches their employment supporters first, never the
 * company. For each: the posting, the company, the member's shown name, their message, whether their case
 * is known, and where it stands. The supporter passes it to the company with the person's consent for that
 * company (the day and how), or does not with a reason; after a hire whose job is not yet recorded, starts
 * retention support. A person whose case is not known must first give their sharing code (共有コード),
 * linked on the case page.
 */
@Route(value = "t/:tenant/jobs/interests/staff", layout = MainLayout.class)
@TenantView(titleKey = "jobs.staff.interests.title", order = 35, icon = VaadinIcon.INBOX, roles = {
    TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class InterestQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    /** The retention period offered first (months), as most plans are agreed. */
    static final int DEFAULT_MONTHS = 6;

    private final InterestService interests;
    private final Div open = new Div();
    private final Div handled = new Div();
    private final Paragraph openCount = new Paragraph();
    private String tenant;

    @Inject
    public InterestQueueView(InterestService interests) {
        this.interests = interests;
        setId("interest-queue");
        setWidthFull();
        H1 title = new H1(getTranslation("jobs.staff.interests.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        open.setId("interests-open");
        open.setWidthFull();
        handled.setId("interests-handled");
        handled.setWidthFull();
        openCount.setId("interests-open-count");
        add(title, new Paragraph(getTranslation("jobs.staff.interests.intro")),
                new com.vaadin.flow.component.html.H2(getTranslation("jobs.staff.interests.open")), openCount, open,
                new com.vaadin.flow.component.html.H2(getTranslation("jobs.staff.interests.handled")),
                new Paragraph(getTranslation("jobs.staff.interests.handled.help", InterestService.HANDLED_SHOWN)), handled);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        reload();
    }

    private void reload() {
        open.removeAll();
        handled.removeAll();
        List<InterestRow> rows;
        try {
            rows = interests.forSupporters();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("interests-denied");
            open.add(denied);
            return;
        }
        List<InterestRow> toHandle = rows.stream().filter(InterestQueueView::toHandle).toList();
        List<InterestRow> done = rows.stream().filter(r -> !toHandle(r)).toList();
        openCount.setText(getTranslation("jobs.staff.interests.open.count", toHandle.size()));
        if (toHandle.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("jobs.staff.interests.open.none"));
            none.setId("interests-open-none");
            open.add(none);
        }
        toHandle.forEach(r -> open.add(card(r)));
        if (done.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("jobs.staff.interests.handled.none"));
            none.setId("interests-handled-none");
            handled.add(none);
        }
        done.forEach(r -> handled.add(card(r)));
    }

    /** Still the supporter's to do: not yet passed or declined, or hired without the job recorded. */
    private static boolean toHandle(InterestRow r) {
        return r.status() == InterestStatus.NEW || needsRetention(r);
    }

    private static boolean needsRetention(InterestRow r) {
        return r.status() == InterestStatus.PASSED && r.outcome() == HiringOutcome.HIRED && r.employmentId() == null;
    }

    private Component card(InterestRow r) {
        Div card = JobStaffParts.card("interest-" + r.id());
        card.addClassName("interest-card");
        card.getElement().setAttribute("data-status", r.status().name());
        H3 who = new H3();
        who.setText(r.memberName() == null || r.memberName().isBlank()
                ? getTranslation("jobs.staff.interests.noName") : r.memberName());
        who.getStyle().set("margin", "0");
        who.setId("interest-member-" + r.id());
        Div head = new Div(who, statusBadge(r));
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        card.add(head);

        Div posting = new Div();
        Span postingLabel = new Span(getTranslation("jobs.staff.interests.posting"));
        postingLabel.getStyle().set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-s)");
        Anchor postingLink = new Anchor("t/" + tenant + "/jobs/" + r.postingId(), r.postingTitle());
        postingLink.setId("interest-posting-" + r.id());
        posting.add(postingLabel, postingLink);
        card.add(posting, line(getTranslation("jobs.staff.interests.company"), r.companyName()),
                line(getTranslation("jobs.staff.interests.saidOn"), JobStaffParts.dateTime(r.createdAt())));

        Div message = new Div(line(getTranslation("jobs.staff.interests.message"), ""));
        message.add(JobStaffParts.text(r.message() == null || r.message().isBlank()
                ? getTranslation("jobs.staff.interests.message.none") : r.message()));
        message.setId("interest-message-" + r.id());
        card.add(message);

        Div caseLine = new Div();
        Span caseLabel = new Span(getTranslation("jobs.staff.interests.case"));
        caseLabel.getStyle().set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-s)");
        caseLine.add(caseLabel);
        if (r.caseId() != null) {
            Anchor caseLink = new Anchor("t/" + tenant + "/cases/" + r.caseId(), getTranslation("jobs.staff.interests.case.open"));
            caseLink.setId("interest-case-" + r.id());
            caseLink.getElement().setAttribute("aria-label", getTranslation("jobs.staff.interests.case.open.aria",
                    r.memberName() == null ? "" : r.memberName()));
            caseLine.add(caseLink);
        } else {
            Span unknown = badge(getTranslation("jobs.staff.interests.case.unknown"), "contrast");
            unknown.setId("interest-nocase-" + r.id());
            caseLine.add(unknown);
        }
        card.add(caseLine);

        if (r.supporterNote() != null && !r.supporterNote().isBlank()) {
            String label = r.status() == InterestStatus.NOT_PASSED ? "jobs.staff.interests.notPassedReason"
                    : "jobs.staff.interests.passNote";
            Div note = new Div(line(getTranslation(label), ""), JobStaffParts.text(r.supporterNote()));
            note.setId("interest-note-" + r.id());
            card.add(note);
        }
        if (r.outcome() != null) {
            String outcome = getTranslation("jobs.staff.outcome." + r.outcome().name());
            if (r.outcome() == HiringOutcome.HIRED && r.startsOn() != null) {
                outcome = getTranslation("jobs.staff.interests.hiredFrom", outcome, JobStaffParts.date(r.startsOn()));
            }
            Div o = line(getTranslation("jobs.staff.interests.outcome"), outcome);
            o.setId("interest-outcome-" + r.id());
            card.add(o);
        }
        if (r.employmentId() != null) {
            Paragraph recorded = new Paragraph(getTranslation("jobs.staff.interests.retentionStarted"));
            recorded.setId("interest-retention-started-" + r.id());
            recorded.getStyle().set("margin", "0");
            card.add(recorded);
        }
        card.add(actions(r));
        return card;
    }

    private Component statusBadge(InterestRow r) {
        String theme = switch (r.status()) {
            case NEW -> "";
            case PASSED -> "success";
            case NOT_PASSED -> "contrast";
            case WITHDRAWN -> "contrast";
        };
        Span b = badge(getTranslation("jobs.staff.interest.status." + r.status().name()), theme);
        b.setId("interest-status-" + r.id());
        return b;
    }

    private Component actions(InterestRow r) {
        String name = r.memberName() == null ? "" : r.memberName();
        if (r.status() == InterestStatus.NEW) {
            Button pass = new Button(getTranslation("jobs.staff.interests.pass"), e -> passDialog(r).open());
            pass.setId("interest-pass-" + r.id());
            pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pass.setAriaLabel(getTranslation("jobs.staff.interests.pass.aria", name, r.companyName()));
            Button notPass = new Button(getTranslation("jobs.staff.interests.notPass"), e -> new ReasonDialog(
                    getTranslation("jobs.staff.interests.notPass.title", name, r.postingTitle()),
                    getTranslation("jobs.staff.interests.notPass.help"), getTranslation("jobs.staff.interests.notPass"),
                    reason -> interests.notPass(r.id(), reason, r.version()), this::reload,
                    getTranslation("jobs.staff.interests.notPassed", name)).open());
            notPass.setId("interest-notpass-" + r.id());
            notPass.setAriaLabel(getTranslation("jobs.staff.interests.notPass.aria", name, r.postingTitle()));
            return JobStaffParts.buttons(pass, notPass);
        }
        if (needsRetention(r)) {
            Button start = new Button(getTranslation("jobs.staff.interests.retention"), e -> retentionDialog(r).open());
            start.setId("interest-retention-" + r.id());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setAriaLabel(getTranslation("jobs.staff.interests.retention.aria", name, r.companyName()));
            return JobStaffParts.buttons(start);
        }
        return new Div();
    }

    /**
     * 企業に伝える: with the consent's day (today unless earlier) and how it was given, and a word for the
     * company. Without a known case it only explains how to link the person first.
     */
    private Dialog passDialog(InterestRow r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("jobs.staff.interests.pass.title", r.companyName()));
        d.setWidth("min(36rem, 95vw)");
        d.setCloseOnOutsideClick(false);
        Button cancel = new Button(getTranslation("common.cancel"), e -> d.close());
        cancel.setId("pass-cancel");
        if (r.caseId() == null) {
            Paragraph noCase = new Paragraph(getTranslation("jobs.staff.interests.pass.noCase"));
            noCase.setId("pass-no-case");
            d.add(noCase);
            cancel.setText(getTranslation("jobs.staff.close"));
            d.getFooter().add(cancel);
            d.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    cancel.focus();
                }
            });
            return d;
        }
        Paragraph consentLine = new Paragraph(getTranslation("jobs.staff.interests.pass.consentOnly"));
        consentLine.setId("pass-consent-line");
        consentLine.getStyle().set("font-weight", "600").set("border-inline-start", "4px solid var(--lumo-primary-color)")
                .set("padding-inline-start", "var(--lumo-space-s)").set("margin-top", "0");
        Paragraph who = new Paragraph(getTranslation("jobs.staff.interests.pass.who",
                r.memberName() == null ? "" : r.memberName(), r.companyName(), r.postingTitle()));
        Faults faults = new Faults();
        DatePicker on = faults.field("consentOn", Pickers.date(getTranslation("jobs.staff.interests.consentOn")), "consent-on");
        on.setLocale(Locale.JAPAN);
        on.setValue(JobStaffParts.today());
        on.setMax(JobStaffParts.today());
        on.setRequiredIndicatorVisible(true);
        RadioButtonGroup<ConsentMethod> method = faults.field("consentMethod", new RadioButtonGroup<>(), "consent-method");
        method.setLabel(getTranslation("jobs.staff.interests.consentMethod"));
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("jobs.staff.consentMethod." + m.name()));
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.setRequiredIndicatorVisible(true);
        TextArea note = faults.field("note", new TextArea(getTranslation("jobs.staff.interests.passNote.label")), "pass-note");
        note.setMaxLength(JobInterest.NOTE_MAX);
        note.setHelperText(getTranslation("jobs.staff.interests.passNote.help"));
        note.setWidthFull();
        note.setMinHeight("6em");
        Button confirm = new Button(getTranslation("jobs.staff.interests.pass"));
        confirm.setId("pass-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            Outcome o = JobStaffParts.run(d, faults,
                    () -> interests.pass(r.id(), on.getValue(), method.getValue(), note.getValue(), r.version()), this::reload);
            if (o == Outcome.DONE) {
                d.close();
                JobStaffParts.success(getTranslation("jobs.staff.interests.passed", r.companyName()));
                reload();
            } else if (o != Outcome.INVALID) {
                d.close();
            }
        });
        d.add(consentLine, who, on, method, note);
        d.getFooter().add(cancel, confirm);
        d.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                on.focus();
            }
        });
        return d;
    }

    /** 定着支援を始める: records the hire as the person's job, which opens the retention plan for the months agreed. */
    private Dialog retentionDialog(InterestRow r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("jobs.staff.interests.retention.title",
                r.memberName() == null ? "" : r.memberName(), r.companyName()));
        d.setWidth("min(34rem, 95vw)");
        d.setCloseOnOutsideClick(false);
        Paragraph help = new Paragraph(getTranslation("jobs.staff.interests.retention.help",
                r.startsOn() == null ? "" : JobStaffParts.date(r.startsOn())));
        help.getStyle().set("margin-top", "0");
        Faults faults = new Faults();
        IntegerField months = faults.field("months", new IntegerField(getTranslation("jobs.staff.interests.retention.months")),
                "retention-months");
        // a new plan is agreed for 3 or 6 months (seed 002); it is extended later on the case page
        months.setMin(java.util.Collections.min(RetentionSchedule.AGREED_PERIODS));
        months.setMax(java.util.Collections.max(RetentionSchedule.AGREED_PERIODS));
        months.setStep(3);
        months.setStepButtonsVisible(true);
        months.setValue(DEFAULT_MONTHS);
        months.setRequiredIndicatorVisible(true);
        months.setHelperText(getTranslation("jobs.staff.interests.retention.months.help"));
        Button confirm = new Button(getTranslation("jobs.staff.interests.retention"));
        confirm.setId("retention-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            Integer m = months.getValue();
            if (m == null || m < 1 || m > RetentionSchedule.MAX_MONTHS) {
                months.setErrorMessage(getTranslation("jobs.staff.interests.retention.months.range", 1,
                        RetentionSchedule.MAX_MONTHS));
                months.setInvalid(true);
                months.focus();
                return;
            }
            Outcome o = JobStaffParts.run(d, faults, () -> interests.startRetention(r.id(), m, r.version()), this::reload);
            if (o == Outcome.DONE) {
                d.close();
                JobStaffParts.success(getTranslation("jobs.staff.interests.retention.started"));
                reload();
            } else if (o != Outcome.INVALID) {
                d.close();
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> d.close());
        cancel.setId("retention-cancel");
        d.add(help, months);
        d.getFooter().add(cancel, confirm);
        d.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                months.focus();
            }
        });
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("jobs.staff.interests.title"));
    }
}
