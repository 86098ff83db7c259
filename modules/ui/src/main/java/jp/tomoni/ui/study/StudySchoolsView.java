package jp.tomoni.ui.study;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.study.StudySchools;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.SchoolKind;
import jp.tomoni.domain.study.SchoolRepository.School;
import jp.tomoni.domain.study.SchoolRepository.Visit;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 連携する学校 (D-6 「学校への訪問」): the schools study support works with, how often and when staff
 * last visited each, and per school the notes of its visits (newest first) with a form to add one.
 * The visits of a school are read when its details are opened.
 */
@Route(value = "t/:tenant/study/schools", layout = MainLayout.class)
@TenantView(titleKey = "studyExtras.schools.title", order = 29, icon = VaadinIcon.INSTITUTION, roles = {TenantRole.PARTNER_STAFF,
    TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class StudySchoolsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final StudySchools schools;
    private String tenant;
    /** Schools whose visits are open, kept open when the page is drawn again. */
    private final Set<UUID> opened = new HashSet<>();

    @Inject
    public StudySchoolsView(StudySchools schools) {
        this.schools = schools;
        setId("study-schools");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyExtras.schools.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        opened.clear();
        render();
    }

    private void render() {
        removeAll();
        add(CommunityParts.h1(this, "studyExtras.schools.title"), new Paragraph(getTranslation("studyExtras.schools.intro")));
        List<School> all;
        try {
            all = schools.all();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("study-denied");
            add(denied);
            return;
        }
        add(CommunityParts.h2(this, "studyExtras.schools.list"));
        Div list = new Div();
        list.setId("study-school-list");
        list.setWidthFull();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("studyExtras.schools.none")));
        }
        all.forEach(s -> list.add(schoolCard(s)));
        add(list);

        add(CommunityParts.h2(this, "studyExtras.schools.add"), schoolForm());
    }

    // ---- one school

    private Component schoolCard(School s) {
        Span name = new Span(s.name());
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Div card = CommunityParts.card(StudyStaffParts.row(name, CommunityParts.badge(kind(s.kind()), "contrast")));
        card.addClassName("study-school");
        card.getElement().setAttribute("data-school-id", s.id().toString());
        card.add(StudyStaffParts.line(getTranslation("studyExtras.schools.contactLine",
                s.contact() == null || s.contact().isBlank() ? "-" : s.contact())));
        card.add(StudyStaffParts.line(s.visits() == 0 || s.lastVisit() == null ? getTranslation("studyExtras.schools.visits.none")
                : getTranslation("studyExtras.schools.visitsLine", String.valueOf(s.visits()),
                        StudyStaffParts.date(s.lastVisit(), getLocale()))));

        Span summary = new Span(getTranslation("studyExtras.schools.details", String.valueOf(s.visits())));
        summary.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", "44px");
        Details details = new Details(summary);
        details.setId("study-school-details-" + s.id());
        details.setWidthFull();
        boolean[] loaded = {false};
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                opened.add(s.id());
                if (!loaded[0]) {
                    loaded[0] = true;
                    fillVisits(details, s);
                }
            } else {
                opened.remove(s.id());
            }
        });
        if (opened.contains(s.id())) {
            loaded[0] = true;
            fillVisits(details, s);
            details.setOpened(true);
        }
        card.add(details);
        return card;
    }

    private String kind(SchoolKind k) {
        return k == null ? "" : getTranslation("studyExtras.schoolKind." + k.name());
    }

    /** The visits of a school, newest first, and the form to add one. */
    private void fillVisits(Details details, School s) {
        List<Visit> visits;
        try {
            visits = schools.visits(s.id());
        } catch (NotFoundException | AccessDeniedException e) {
            details.add(new Paragraph(getTranslation("community.gone")));
            return;
        }
        Div list = new Div();
        list.setId("study-visits-" + s.id());
        list.setWidthFull();
        if (visits.isEmpty()) {
            list.add(new Paragraph(getTranslation("studyExtras.schools.visits.empty")));
        }
        visits.stream().sorted(Comparator.comparing(Visit::visitedOn).reversed()).forEach(v -> {
            Span on = new Span(StudyStaffParts.date(v.visitedOn(), getLocale()));
            on.getStyle().set("display", "block").set("font-weight", "600");
            Div note = new Div();
            note.setText(v.note() == null ? "" : v.note());
            note.getStyle().set("white-space", "pre-wrap");
            Div item = new Div(on, note);
            item.addClassName("study-visit");
            item.getElement().setAttribute("data-visit-id", v.id().toString());
            item.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-block", "var(--lumo-space-s)");
            list.add(item);
        });
        details.add(list, visitForm(s));
    }

    private Component visitForm(School s) {
        FieldErrors errors = new FieldErrors();
        DatePicker on = errors.field("visitedOn", jp.tomoni.ui.form.Pickers.date(getTranslation("studyExtras.schools.visitedOn")),
                "study-visit-on-" + s.id());
        on.setLocale(Locale.JAPAN);
        LocalDate today = LocalDate.now(CaseDates.ZONE);
        on.setMax(today);
        on.setValue(today);
        TextArea note = errors.field("note", new TextArea(getTranslation("studyExtras.schools.note")), "study-visit-note-" + s.id());
        note.setMaxLength(StudySchools.NOTE_MAX);
        note.setRequiredIndicatorVisible(true);
        note.setHelperText(getTranslation("studyExtras.schools.note.help", String.valueOf(StudySchools.NOTE_MAX)));
        note.setWidthFull();
        note.setMinHeight("6em");
        Button add = StudyStaffParts.button(getTranslation("studyExtras.schools.visit.submit"), "study-visit-add-" + s.id());
        add.getElement().setAttribute("aria-label", getTranslation("studyExtras.schools.visit.submit.aria", s.name()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            if (CommunityParts.act(this, errors, "studyExtras.schools.visit.added",
                    () -> schools.visit(s.id(), on.getValue(), note.getValue()))) {
                opened.add(s.id());
                render();
            }
        });
        Span heading = new Span(getTranslation("studyExtras.schools.visit.title"));
        heading.getStyle().set("font-weight", "600");
        VerticalLayout out = new VerticalLayout(heading, on, note, add);
        out.setPadding(false);
        out.setSpacing(false);
        out.addClassName("study-visit-form");
        out.getStyle().set("margin-top", "var(--lumo-space-s)");
        return out;
    }

    // ---- a new school

    private Component schoolForm() {
        FieldErrors errors = new FieldErrors();
        TextField name = errors.field("name", new TextField(getTranslation("studyExtras.schools.name")), "study-school-name");
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);
        Select<SchoolKind> kind = new Select<>();
        kind.setLabel(getTranslation("studyExtras.schools.kind"));
        kind.setItems(SchoolKind.values());
        kind.setItemLabelGenerator(this::kind);
        errors.field("kind", kind, "study-school-kind");
        TextField contact = errors.field("contact", new TextField(getTranslation("studyExtras.schools.contact")), "study-school-contact");
        contact.setMaxLength(200);
        contact.setHelperText(getTranslation("studyExtras.schools.contact.help"));
        FormLayout form = new FormLayout(name, kind, contact);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(contact, 2);
        form.setWidthFull();
        Button add = StudyStaffParts.button(getTranslation("studyExtras.schools.submit"), "study-school-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            if (CommunityParts.act(this, errors, "studyExtras.schools.added",
                    () -> schools.add(name.getValue(), kind.getValue(), contact.getValue()))) {
                render();
            }
        });
        VerticalLayout out = new VerticalLayout(form, add);
        out.setId("study-school-form");
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }
}
