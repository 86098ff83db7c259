package jp.tomoni.ui.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.jobs.CandidateService;
import jp.tomoni.application.jobs.CandidateService.Candidate;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.jobs.HiringOutcome;
import jp.tomoni.domain.jobs.JobBoardRepository.CandidateRow;
import jp.tomoni.domain.jobs.JobInterview;
import jp.tomoni.domain.jobs.SupportRequest;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.Pickers;
import jp.tomoni.ui.jobs.JobBoardParts.Fields;
import jp.tomoni.ui.jobs.JobBoardParts.Outcome;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 候補者: the people whose supporter passed their interest on with their consent for this company, and
 * nothing more of them than their name and the supporter's word, with the named supporter. The company
 * schedules interviews (面接, in Japan's time), records how it ended (採用 with the first day / 不採用 /
 * 本人辞退), and after a hire asks the supporter for support (支援員に相談する) and reads the answers.
 */
@Route(value = "t/:tenant/company/candidates", layout = MainLayout.class)
@TenantView(titleKey = "jobs.candidates.title", order = 33, icon = VaadinIcon.CLIPBOARD_USER, roles = TenantRole.COMPANY_RECRUITER)
public class CandidatesView extends JobPage {
    private static final long serialVersionUID = 1L;

    private final CandidateService candidates;

    @Inject
    public CandidatesView(CandidateService candidates) {
        super("candidates", "jobs.candidates.title");
        this.candidates = candidates;
    }

    @Override
    void draw() {
        Paragraph intro = new Paragraph(getTranslation("jobs.candidates.intro"));
        intro.setId("candidates-intro");
        add(intro);
        List<Candidate> list;
        try {
            list = candidates.candidates();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        } catch (NotFoundException e) {
            // no company profile yet
            Paragraph p = new Paragraph(getTranslation("jobs.candidates.noCompany"));
            p.setId("candidates-no-company");
            add(p, JobBoardParts.link("t/" + tenant + "/company", getTranslation("jobs.posting.toCompany"),
                    "candidates-to-company"));
            return;
        }
        Div cards = new Div();
        cards.setId("candidate-list");
        cards.setWidthFull();
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("jobs.candidates.none")));
        }
        list.forEach(c -> cards.add(card(c)));
        add(cards);
    }

    // ---- one candidate

    private Component card(Candidate c) {
        CandidateRow r = c.row();
        Div posting = new Div();
        posting.setText(r.postingTitle());
        posting.addClassName("candidate-posting");
        posting.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        H3 name = new H3();
        name.setText(r.personName());
        name.addClassName("candidate-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Div card = CommunityParts.card(posting, name);
        card.setId("candidate-" + r.interestId());
        card.addClassName("candidate");
        if (r.personKana() != null && !r.personKana().isBlank()) {
            Div kana = new Div();
            kana.setText(getTranslation("jobs.candidates.kana", r.personKana()));
            kana.addClassName("candidate-kana");
            kana.getElement().setAttribute("lang", "ja");
            kana.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(kana);
        }
        DescriptionList about = JobBoardParts.list();
        JobBoardParts.item(this, about, "jobs.candidates.supporter",
                getTranslation("jobs.candidates.supporter.name", c.supporterName() == null ? "" : c.supporterName()))
                .addClassName("candidate-supporter");
        if (r.supporterNote() != null && !r.supporterNote().isBlank()) {
            JobBoardParts.item(this, about, "jobs.candidates.note", JobBoardParts.multiline(r.supporterNote()))
                    .addClassName("candidate-note");
        }
        if (r.consentOn() != null) {
            JobBoardParts.item(this, about, "jobs.candidates.consentOn", JobBoardParts.date(r.consentOn()));
        }
        card.add(about);
        card.add(interviews(c));
        card.add(outcome(c));
        if (r.outcome() == HiringOutcome.HIRED) {
            card.add(support(c));
        }
        return card;
    }

    private static H4 subheading(String text) {
        H4 h = new H4(text);
        h.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        return h;
    }

    // ---- interviews

    private Component interviews(Candidate c) {
        Div box = new Div();
        box.addClassName("candidate-interviews");
        box.add(subheading(getTranslation("jobs.candidates.interviews")));
        List<JobInterview> list = c.interviews().stream().sorted(Comparator.comparing(JobInterview::startsAt)).toList();
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("jobs.candidates.interviews.none")));
        } else {
            UnorderedList ul = new UnorderedList();
            ul.getStyle().set("margin", "0");
            for (JobInterview i : list) {
                ListItem li = new ListItem();
                li.setId("interview-" + i.id());
                li.add(new Span(getTranslation("jobs.candidates.interview.when", JobBoardParts.dateTime(i.startsAt()))));
                Div place = new Div();
                place.setText(getTranslation("jobs.candidates.interview.place", i.place()));
                li.add(place);
                if (i.note() != null && !i.note().isBlank()) {
                    li.add(JobBoardParts.multiline(i.note()));
                }
                ul.add(li);
            }
            box.add(ul);
        }
        if (c.row().outcome() == null) {
            Button schedule = JobBoardParts.button(getTranslation("jobs.candidates.interview.add"),
                    "interview-add-" + c.row().interestId(), false, () -> interviewDialog(c));
            schedule.getElement().setAttribute("aria-label",
                    getTranslation("jobs.candidates.interview.add.label", c.row().personName()));
            box.add(JobBoardParts.buttons(schedule));
        }
        return box;
    }

    private void interviewDialog(Candidate c) {
        Dialog dialog = new Dialog();
        dialog.setId("interview-dialog");
        dialog.setHeaderTitle(getTranslation("jobs.candidates.interview.title", c.row().personName()));
        dialog.setWidth("min(36rem, 95vw)");
        Fields fields = new Fields();
        DateTimePicker at = Pickers.dateTime(getTranslation("jobs.candidates.interview.at"));
        at.setLocale(Locale.JAPAN);
        at.setStep(Duration.ofMinutes(15));
        LocalDateTime now = LocalDateTime.now(CaseDates.ZONE);
        at.setMin(now.truncatedTo(ChronoUnit.MINUTES));
        at.setHelperText(getTranslation("jobs.candidates.interview.at.hint"));
        at.setRequiredIndicatorVisible(true);
        at.setWidthFull();
        fields.field("startsAt", at, "interview-at");
        TextField place = fields.field("place", new TextField(getTranslation("jobs.candidates.interview.placeLabel")),
                "interview-place");
        place.setMaxLength(JobInterview.PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        place.setWidthFull();
        TextArea note = fields.field("note", new TextArea(getTranslation("jobs.candidates.interview.note")), "interview-note");
        note.setMaxLength(JobInterview.NOTE_MAX);
        note.setHelperText(getTranslation("jobs.candidates.interview.note.hint"));
        note.setWidthFull();
        dialog.add(new Paragraph(getTranslation("jobs.candidates.interview.explain")), at, place, note);
        Button save = JobBoardParts.button(getTranslation("jobs.candidates.interview.save"), "interview-save", true, () -> {
            Instant startsAt = at.getValue() == null ? null : at.getValue().atZone(CaseDates.ZONE).toInstant();
            Outcome o = JobBoardParts.act(this, fields, "jobs.candidates.interview.saved",
                    () -> candidates.schedule(c.row().interestId(), startsAt, place.getValue(), note.getValue()));
            closeUnlessInput(dialog, o);
        });
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "interview-cancel", false, dialog::close);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        at.focus();
    }

    /** Closes the dialog and reads the list again, unless only the input was at fault (it stays to be fixed). */
    private void closeUnlessInput(Dialog dialog, Outcome o) {
        if (o != Outcome.INVALID && o != Outcome.DENIED && o != Outcome.BUSY) {
            dialog.close();
            render();
        }
    }

    // ---- the outcome

    private Component outcome(Candidate c) {
        CandidateRow r = c.row();
        Div box = new Div();
        box.addClassName("candidate-outcome");
        box.add(subheading(getTranslation("jobs.candidates.outcome")));
        if (r.outcome() != null) {
            String label = JobBoardParts.label(this, "jobs.outcome.", r.outcome(), r.outcome().labelJa());
            String text = r.outcome() == HiringOutcome.HIRED && r.startsOn() != null
                    ? getTranslation("jobs.candidates.outcome.hired", label, JobBoardParts.date(r.outcomeOn()),
                            JobBoardParts.date(r.startsOn()))
                    : getTranslation("jobs.candidates.outcome.recorded", label, JobBoardParts.date(r.outcomeOn()));
            Paragraph p = new Paragraph(text);
            p.addClassName("candidate-outcome-text");
            p.getElement().setAttribute("data-outcome", r.outcome().name());
            p.getStyle().set("font-weight", "600").set("margin", "0");
            box.add(p);
            return box;
        }
        box.add(new Paragraph(getTranslation("jobs.candidates.outcome.none")));
        Button record = JobBoardParts.button(getTranslation("jobs.candidates.outcome.record"), "outcome-open-" + r.interestId(),
                false, () -> outcomeDialog(c));
        record.getElement().setAttribute("aria-label", getTranslation("jobs.candidates.outcome.record.label", r.personName()));
        box.add(JobBoardParts.buttons(record));
        return box;
    }

    private void outcomeDialog(Candidate c) {
        CandidateRow r = c.row();
        Dialog dialog = new Dialog();
        dialog.setId("outcome-dialog");
        dialog.setHeaderTitle(getTranslation("jobs.candidates.outcome.title", r.personName()));
        dialog.setWidth("min(32rem, 95vw)");
        Fields fields = new Fields();
        RadioButtonGroup<HiringOutcome> result = new RadioButtonGroup<>();
        result.setLabel(getTranslation("jobs.candidates.outcome.result"));
        result.setItems(HiringOutcome.values());
        // each choice carries an id of its own (outcome-hired, outcome-not-hired, outcome-declined); clicking it chooses it
        result.setRenderer(new ComponentRenderer<>(o -> {
            Span s = new Span(JobBoardParts.label(this, "jobs.outcome.", o, o.labelJa()));
            s.setId(switch (o) {
                case HIRED -> "outcome-hired";
                case NOT_HIRED -> "outcome-not-hired";
                case DECLINED -> "outcome-declined";
            });
            return s;
        }));
        result.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        result.setRequiredIndicatorVisible(true);
        fields.field("outcome", result, "outcome-result");
        LocalDate today = JobBoardParts.today();
        DatePicker on = fields.field("outcomeOn", Pickers.date(getTranslation("jobs.candidates.outcome.on"), today), "outcome-on");
        on.setMax(today);
        on.setRequiredIndicatorVisible(true);
        on.setWidthFull();
        DatePicker startsOn = fields.field("startsOn", Pickers.date(getTranslation("jobs.candidates.outcome.startsOn")),
                "outcome-starts-on");
        startsOn.setMin(today);
        startsOn.setHelperText(getTranslation("jobs.candidates.outcome.startsOn.hint"));
        startsOn.setRequiredIndicatorVisible(true);
        startsOn.setWidthFull();
        startsOn.setVisible(false);
        result.addValueChangeListener(e -> startsOn.setVisible(e.getValue() == HiringOutcome.HIRED));
        Paragraph explain = new Paragraph(getTranslation("jobs.candidates.outcome.explain"));
        dialog.add(explain, result, on, startsOn);
        Button save = JobBoardParts.button(getTranslation("jobs.candidates.outcome.save"), "outcome-save", true, () -> {
            HiringOutcome chosen = result.getValue();
            LocalDate first = chosen == HiringOutcome.HIRED ? startsOn.getValue() : null;
            Outcome o = JobBoardParts.act(this, fields, "jobs.candidates.outcome.saved",
                    () -> candidates.outcome(r.interestId(), chosen, on.getValue(), first, r.version()));
            closeUnlessInput(dialog, o);
        });
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "outcome-cancel", false, dialog::close);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    // ---- after a hire: 支援員に相談する

    private Component support(Candidate c) {
        CandidateRow r = c.row();
        Div box = new Div();
        box.addClassName("candidate-support");
        box.add(subheading(getTranslation("jobs.candidates.support")));
        box.add(new Paragraph(getTranslation("jobs.candidates.support.explain",
                c.supporterName() == null ? "" : c.supporterName())));
        List<SupportRequest> requests = c.requests().stream()
                .sorted(Comparator.comparing(SupportRequest::askedAt).reversed()).toList();
        if (!requests.isEmpty()) {
            UnorderedList ul = new UnorderedList();
            ul.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-m)");
            for (SupportRequest q : requests) {
                ListItem li = new ListItem();
                li.setId("support-request-" + q.id());
                li.getStyle().set("margin-bottom", "var(--lumo-space-s)");
                li.add(JobBoardParts.secondary(getTranslation("jobs.candidates.support.askedAt", JobBoardParts.dateTime(q.askedAt()))));
                li.add(JobBoardParts.multiline(q.question()));
                Span state = CommunityParts.badge(getTranslation(q.open() ? "jobs.candidates.support.open"
                        : "jobs.candidates.support.answered"), q.open() ? "contrast" : "success");
                state.addClassName("support-request-state");
                li.add(new Div(state));
                if (!q.open()) {
                    li.add(JobBoardParts.secondary(getTranslation("jobs.candidates.support.answeredAt",
                            JobBoardParts.dateTime(q.answeredAt()))));
                    Div answer = JobBoardParts.multiline(q.answer());
                    answer.addClassName("support-answer");
                    answer.getStyle().set("border-left", "4px solid var(--lumo-success-color)").set("padding-left", "var(--lumo-space-s)");
                    li.add(answer);
                }
                ul.add(li);
            }
            box.add(ul);
        }
        Button ask = JobBoardParts.button(getTranslation("jobs.candidates.support.ask"), "support-open-" + r.interestId(), true,
                () -> supportDialog(c));
        ask.getElement().setAttribute("aria-label", getTranslation("jobs.candidates.support.ask.label", r.personName()));
        box.add(JobBoardParts.buttons(ask));
        return box;
    }

    private void supportDialog(Candidate c) {
        Dialog dialog = new Dialog();
        dialog.setId("support-dialog");
        dialog.setHeaderTitle(getTranslation("jobs.candidates.support.ask"));
        dialog.setWidth("min(36rem, 95vw)");
        Fields fields = new Fields();
        TextArea question = fields.field("question", new TextArea(getTranslation("jobs.candidates.support.question")),
                "support-question");
        question.setMaxLength(SupportRequest.TEXT_MAX);
        question.setHelperText(getTranslation("jobs.candidates.support.question.hint", SupportRequest.TEXT_MAX));
        question.setRequiredIndicatorVisible(true);
        question.setMinHeight("8em");
        question.setWidthFull();
        dialog.add(new Paragraph(getTranslation("jobs.candidates.support.to", c.supporterName() == null ? "" : c.supporterName(),
                c.row().personName())), question);
        Button send = JobBoardParts.button(getTranslation("jobs.candidates.support.send"), "support-send", true, () -> {
            Outcome o = JobBoardParts.act(this, fields, "jobs.candidates.support.sent",
                    () -> candidates.ask(c.row().interestId(), question.getValue()));
            closeUnlessInput(dialog, o);
        });
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "support-cancel", false, dialog::close);
        dialog.getFooter().add(cancel, send);
        dialog.open();
        question.focus();
    }
}
