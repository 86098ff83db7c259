package jp.tomoni.ui.study;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.study.StudyConsultations;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.study.ConsultKind;
import jp.tomoni.domain.study.ConsultRepository.Slot;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 個別相談（進路・不登校）, for those who hold the consultations: open a slot (進路相談 for a 中3 pupil
 * and a guardian, or the consultation for guardians of children who find school hard), see which slots
 * families booked, give back a free one, and record the outcome of a consultation. The outcome is
 * private: only the expert who holds the slot and the city's own staff read and write it, and families
 * never see it.
 */
@Route(value = "t/:tenant/study/consultations", layout = MainLayout.class)
@TenantView(titleKey = "studyExtras.consult.title", order = 27, icon = VaadinIcon.CHAT, roles = {TenantRole.PARTNER_STAFF,
    TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class StudyConsultationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The length a new slot is offered with. */
    static final int DEFAULT_MINUTES = 45;

    private final StudyConsultations consultations;
    private String tenant;

    @Inject
    public StudyConsultationsView(StudyConsultations consultations) {
        this.consultations = consultations;
        setId("study-consultations-manage");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyExtras.consult.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        add(CommunityParts.h1(this, "studyExtras.consult.title"), new Paragraph(getTranslation("studyExtras.consult.intro")));
        List<Slot> all;
        try {
            all = consultations.all();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("study-denied");
            add(denied);
            return;
        }
        CurrentTenant t = TenantContext.require();
        boolean cityStaff = CommunityAccess.isStaff(t);
        Instant now = Instant.now();
        List<Slot> coming = all.stream().filter(s -> s.startsAt().isAfter(now)).toList();
        List<Slot> past = all.stream().filter(s -> !s.startsAt().isAfter(now))
                .sorted(Comparator.comparing(Slot::startsAt).reversed()).toList();

        add(CommunityParts.h2(this, "studyExtras.consult.coming"));
        add(slotList("study-slots-coming", coming, "studyExtras.consult.coming.none", t, cityStaff));

        add(CommunityParts.h2(this, "studyExtras.consult.open"), new Paragraph(getTranslation("studyExtras.consult.open.intro")),
                openForm());

        add(CommunityParts.h2(this, "studyExtras.consult.past"));
        add(slotList("study-slots-past", past, "studyExtras.consult.past.none", t, cityStaff));
    }

    private Component slotList(String id, List<Slot> slots, String noneKey, CurrentTenant t, boolean cityStaff) {
        Div list = new Div();
        list.setId(id);
        list.setWidthFull();
        if (slots.isEmpty()) {
            list.add(new Paragraph(getTranslation(noneKey)));
        }
        for (Slot s : slots) {
            list.add(slotCard(s, s.expert().equals(t.actor()) || cityStaff));
        }
        return list;
    }

    // ---- one slot

    private Component slotCard(Slot s, boolean readsOutcome) {
        Span when = new Span(CommunityParts.dateTime(s.startsAt(), getLocale()) + " "
                + getTranslation("studyStaff.minutes", String.valueOf(s.minutes())));
        when.getStyle().set("display", "block").set("font-weight", "600");
        Div card = CommunityParts.card(when,
                StudyStaffParts.row(status(s), new Span(getTranslation("consultKind." + s.kind().name()))),
                StudyStaffParts.line(getTranslation("studyExtras.consult.expertLine", orDash(s.expertName()))),
                StudyStaffParts.line(getTranslation("studyExtras.consult.placeLine", orDash(s.place()))));
        card.addClassName("study-slot");
        card.getElement().setAttribute("data-slot-id", s.id().toString());
        card.getElement().setAttribute("data-status", s.cancelled() ? "CANCELLED" : s.booked() ? "BOOKED" : "FREE");
        if (s.booked()) {
            card.add(StudyStaffParts.line(bookedBy(s)));
            if (s.bookedAt() != null) {
                Div at = StudyStaffParts.line(getTranslation("studyExtras.consult.bookedAt", CommunityParts.dateTime(s.bookedAt(), getLocale())));
                at.getStyle().set("font-size", "var(--lumo-font-size-s)");
                card.add(at);
            }
            if (readsOutcome && !s.cancelled()) {
                card.add(outcomeForm(s));
            } else if (readsOutcome && s.outcome() != null) {
                card.add(StudyStaffParts.line(getTranslation("studyExtras.consult.outcome")), outcomeText(s.outcome()));
            } else if (!readsOutcome) {
                Paragraph privateNote = new Paragraph(getTranslation("studyExtras.consult.outcome.private"));
                privateNote.getStyle().set("font-size", "var(--lumo-font-size-s)");
                card.add(privateNote);
            }
        } else if (!s.cancelled() && readsOutcome && s.startsAt().isAfter(Instant.now())) {
            Button cancel = StudyStaffParts.button(getTranslation("studyExtras.consult.cancel"), "study-slot-cancel-" + s.id());
            cancel.getElement().setAttribute("aria-label", getTranslation("studyExtras.consult.cancel.aria",
                    CommunityParts.dateTime(s.startsAt(), getLocale())));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.addClickListener(e -> CommunityParts.actThenReload(this, null, "studyExtras.consult.cancelled",
                    () -> consultations.cancel(s.id(), s.version()), this::render));
            card.add(cancel);
        }
        return card;
    }

    /** 空き / 予約あり / 中止, in words on a badge. */
    private Component status(Slot s) {
        if (s.cancelled()) {
            return CommunityParts.badge(getTranslation("studyExtras.consult.status.CANCELLED"), "error");
        }
        if (s.booked()) {
            return CommunityParts.badge(getTranslation("studyExtras.consult.status.BOOKED"), "success");
        }
        return CommunityParts.badge(getTranslation("studyExtras.consult.status.FREE"), "contrast");
    }

    /** Who booked: the child and their grade, or the guardian alone. */
    private String bookedBy(Slot s) {
        if (s.childName() == null) {
            return getTranslation("studyExtras.consult.bookedGuardian");
        }
        String child = s.childGrade() == null ? s.childName() : s.childName() + "（" + Grade.label(s.childGrade()) + "）";
        return getTranslation("studyExtras.consult.bookedChild", child);
    }

    private Component outcomeForm(Slot s) {
        FieldErrors errors = new FieldErrors();
        TextArea outcome = errors.field("outcome", new TextArea(getTranslation("studyExtras.consult.outcome")),
                "study-outcome-" + s.id());
        outcome.setMaxLength(StudyConsultations.OUTCOME_MAX);
        outcome.setValue(s.outcome() == null ? "" : s.outcome());
        outcome.setHelperText(getTranslation("studyExtras.consult.outcome.help", String.valueOf(StudyConsultations.OUTCOME_MAX)));
        outcome.setWidthFull();
        outcome.setMinHeight("6em");
        Button save = StudyStaffParts.button(getTranslation("studyExtras.consult.outcome.save"), "study-outcome-save-" + s.id());
        save.getElement().setAttribute("aria-label", getTranslation("studyExtras.consult.outcome.save.aria",
                CommunityParts.dateTime(s.startsAt(), getLocale())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> CommunityParts.actThenReload(this, errors, "studyExtras.consult.outcome.saved",
                () -> consultations.recordOutcome(s.id(), outcome.getValue(), s.version()), this::render));
        VerticalLayout out = new VerticalLayout(outcome, save);
        out.setPadding(false);
        out.setSpacing(false);
        out.addClassName("study-outcome");
        out.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("margin-top", "var(--lumo-space-s)")
                .set("padding-top", "var(--lumo-space-s)");
        return out;
    }

    private static Component outcomeText(String text) {
        Div d = new Div();
        d.setText(text);
        d.getStyle().set("white-space", "pre-wrap");
        return d;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    // ---- opening a slot

    private Component openForm() {
        FieldErrors errors = new FieldErrors();
        Select<ConsultKind> kind = new Select<>();
        kind.setLabel(getTranslation("studyExtras.consult.kind"));
        kind.setItems(ConsultKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("consultKind." + k.name()));
        errors.field("kind", kind, "study-slot-kind");

        DateTimePicker at = errors.field("startsAt", jp.tomoni.ui.form.Pickers.dateTime(getTranslation("studyExtras.consult.startsAt")), "study-slot-at");
        at.setLocale(Locale.JAPAN);
        at.setStep(Duration.ofMinutes(15));
        at.setMin(LocalDateTime.now(CaseDates.ZONE));
        at.setDateAriaLabel(getTranslation("studyExtras.consult.startsAt.date"));
        at.setTimeAriaLabel(getTranslation("studyExtras.consult.startsAt.time"));

        IntegerField minutes = errors.field("minutes", new IntegerField(getTranslation("studyExtras.consult.minutes")), "study-slot-minutes");
        minutes.setValue(DEFAULT_MINUTES);
        minutes.setMin(15);
        minutes.setMax(240);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);

        TextField place = errors.field("place", new TextField(getTranslation("studyExtras.consult.place")), "study-slot-place");
        place.setMaxLength(200);
        place.setRequiredIndicatorVisible(true);

        TextField expert = errors.field("expertName", new TextField(getTranslation("studyExtras.consult.expertName")), "study-slot-expert");
        expert.setMaxLength(StudyConsultations.EXPERT_NAME_MAX);
        expert.setRequiredIndicatorVisible(true);
        expert.setHelperText(getTranslation("studyExtras.consult.expertName.help"));

        FormLayout form = new FormLayout(kind, at, minutes, place, expert);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(kind, 2);
        form.setColspan(place, 2);
        form.setColspan(expert, 2);
        form.setWidthFull();

        Button open = StudyStaffParts.button(getTranslation("studyExtras.consult.open.submit"), "study-slot-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            if (CommunityParts.act(this, errors, "studyExtras.consult.opened", () -> consultations.open(kind.getValue(),
                    at.getValue(), minutes.getValue(), place.getValue(), expert.getValue()))) {
                render();
            }
        });
        VerticalLayout out = new VerticalLayout(form, open);
        out.setId("study-slot-form");
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }
}
