package jp.tomoni.ui.jobs;

import static jp.tomoni.ui.jobs.JobStaffParts.badge;
import static jp.tomoni.ui.jobs.JobStaffParts.line;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.jobs.CompanyService;
import jp.tomoni.application.jobs.LiaisonService;
import jp.tomoni.application.jobs.LiaisonService.ContactsOverTime;
import jp.tomoni.application.jobs.LiaisonService.Meeting;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobBoardRepository.Invitation;
import jp.tomoni.domain.jobs.LiaisonMeeting;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.casework.EmployersView;
import jp.tomoni.ui.form.Pickers;
import jp.tomoni.ui.jobs.JobStaffParts.Faults;
import jp.tomoni.ui.jobs.JobStaffParts.Outcome;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantGate;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 企業との連絡会: the meetings with partner companies (the era date, title, place, and each invited
 * company as 出席 / 欠席 / 未記録), the form to plan one and invite approved companies, the attendance
 * of a held meeting with its minutes (each attending company counts as a liaison contact of its employer,
 * beside the partnership page's monthly coverage), and the contacts with employers per industry and month.
 */
@Route(value = "t/:tenant/jobs/liaison", layout = MainLayout.class)
@TenantView(titleKey = "jobs.liaison.title", order = 36, icon = VaadinIcon.CALENDAR_USER, roles = {
    TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class LiaisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final LiaisonService liaison;
    private final CompanyService companies;
    private final Div meetings = new Div();
    private final Div contacts = new Div();
    private final Div employersLink = new Div();

    private final Faults faults = new Faults();
    private final DatePicker heldOn = Pickers.date();
    private final TextField title = new TextField();
    private final TextField place = new TextField();
    private final TextArea note = new TextArea();
    private final MultiSelectComboBox<Company> invited = new MultiSelectComboBox<>();
    private String tenant;

    @Inject
    public LiaisonView(LiaisonService liaison, CompanyService companies) {
        this.liaison = liaison;
        this.companies = companies;
        setId("liaison");
        setWidthFull();
        H1 h = new H1(getTranslation("jobs.liaison.title"));
        h.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        meetings.setId("liaison-meetings");
        meetings.setWidthFull();
        contacts.setId("liaison-contacts");
        contacts.setWidthFull();
        Section list = new Section(new H2(getTranslation("jobs.liaison.meetings")), meetings);
        list.setWidthFull();
        Section table = new Section(new H2(getTranslation("jobs.liaison.contacts")),
                new Paragraph(getTranslation("jobs.liaison.contacts.help")), contacts);
        table.setWidthFull();
        add(h, new Paragraph(getTranslation("jobs.liaison.intro")), employersLink, planForm(), list, table);
    }

    private Component planForm() {
        heldOn.setLabel(getTranslation("jobs.liaison.heldOn"));
        heldOn.setLocale(Locale.JAPAN);
        heldOn.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("jobs.liaison.meetingTitle"));
        title.setMaxLength(LiaisonMeeting.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        place.setLabel(getTranslation("jobs.liaison.place"));
        place.setMaxLength(LiaisonMeeting.TEXT_MAX);
        note.setLabel(getTranslation("jobs.liaison.note"));
        note.setMaxLength(LiaisonMeeting.NOTE_MAX);
        note.setMinHeight("5em");
        invited.setLabel(getTranslation("jobs.liaison.companies"));
        invited.setHelperText(getTranslation("jobs.liaison.companies.help"));
        invited.setItemLabelGenerator(Company::name);
        invited.setRequiredIndicatorVisible(true);
        invited.setWidthFull();
        faults.field("heldOn", heldOn, "liaison-date");
        faults.field("title", title, "liaison-title");
        faults.field("place", place, "liaison-place");
        faults.field("note", note, "liaison-note");
        faults.field("companies", invited, "liaison-companies");
        FormLayout form = new FormLayout(heldOn, title, place, invited, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(invited, 2);
        form.setColspan(note, 2);
        Button plan = new Button(getTranslation("jobs.liaison.plan"), e -> plan());
        plan.setId("liaison-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout out = new VerticalLayout(new H2(getTranslation("jobs.liaison.new")), form, plan);
        out.setPadding(false);
        out.setId("liaison-form");
        return out;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        employersLink.removeAll();
        try {
            if (TenantGate.allows(EmployersView.class, TenantContext.require().roles())) {
                Anchor a = new Anchor("t/" + tenant + "/employers", getTranslation("jobs.liaison.employers"));
                a.setId("liaison-employers");
                employersLink.add(a);
            }
        } catch (RuntimeException notBound) {
            // the link is a convenience; the page does not depend on it
        }
        reload();
    }

    private void reload() {
        meetings.removeAll();
        contacts.removeAll();
        List<Meeting> all;
        List<Company> approved;
        ContactsOverTime overTime;
        try {
            all = liaison.meetings();
            approved = companies.all().stream().filter(Company::approved).toList();
            overTime = liaison.contactsOverTime();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("liaison-denied");
            meetings.add(denied);
            return;
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        invited.getValue().forEach(c -> chosen.add(c.id()));
        invited.setItems(approved);
        invited.setValue(approved.stream().filter(c -> chosen.contains(c.id())).toList());
        if (approved.isEmpty()) {
            invited.setHelperText(getTranslation("jobs.liaison.companies.none"));
        }
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("jobs.liaison.meetings.none"));
            none.setId("liaison-meetings-none");
            meetings.add(none);
        }
        all.forEach(m -> meetings.add(meetingCard(m)));
        contacts.add(contactsTable(overTime));
    }

    private void plan() {
        Set<UUID> ids = new LinkedHashSet<>();
        invited.getValue().forEach(c -> ids.add(c.id()));
        LiaisonMeeting.Draft d = new LiaisonMeeting.Draft(heldOn.getValue(), title.getValue(), place.getValue(),
                note.getValue());
        if (JobStaffParts.run(this, faults, () -> liaison.plan(d, ids), this::reload) == Outcome.DONE) {
            faults.clear();
            JobStaffParts.success(getTranslation("jobs.liaison.planned", title.getValue()));
            heldOn.clear();
            title.clear();
            place.clear();
            note.clear();
            invited.clear();
            reload();
        }
    }

    // --- meetings --------------------------------------------------------------------------------

    private Component meetingCard(Meeting m) {
        LiaisonMeeting meeting = m.meeting();
        Div card = JobStaffParts.card("liaison-meeting-" + meeting.id());
        card.addClassName("liaison-meeting");
        H3 h = new H3();
        h.setText(meeting.title());
        h.getStyle().set("margin", "0");
        Div head = new Div(h);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        if (meeting.recorded()) {
            head.add(badge(getTranslation("jobs.liaison.recorded"), "success"));
        }
        card.add(head);
        Div date = line(getTranslation("jobs.liaison.heldOn"), JapaneseDates.format(meeting.heldOn()));
        date.setId("liaison-meeting-date-" + meeting.id());
        card.add(date);
        if (meeting.place() != null) {
            card.add(line(getTranslation("jobs.liaison.place"), meeting.place()));
        }
        if (meeting.note() != null) {
            card.add(new Div(line(getTranslation(meeting.recorded() ? "jobs.liaison.minutes" : "jobs.liaison.note"), ""),
                    JobStaffParts.text(meeting.note())));
        }
        card.add(line(getTranslation("jobs.liaison.invited"), ""));
        UnorderedList list = new UnorderedList();
        list.setId("liaison-invited-" + meeting.id());
        list.getStyle().set("margin", "0");
        for (Invitation i : m.invited()) {
            String state = i.attended() == null ? "jobs.liaison.attendance.unknown"
                    : i.attended() ? "jobs.liaison.attendance.yes" : "jobs.liaison.attendance.no";
            ListItem item = new ListItem();
            Span name = new Span();
            name.setText(i.companyName());
            Span mark = badge(getTranslation(state), i.attended() == null ? "contrast" : i.attended() ? "success" : "error");
            mark.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            item.add(name, mark);
            item.getElement().setAttribute("data-company", i.companyId().toString());
            item.getElement().setAttribute("data-attended", String.valueOf(i.attended()));
            list.add(item);
        }
        card.add(list);
        if (!meeting.recorded()) {
            Button record = new Button(getTranslation("jobs.liaison.attendance"), e -> attendanceDialog(m).open());
            record.setId("liaison-attendance-" + meeting.id());
            record.setAriaLabel(getTranslation("jobs.liaison.attendance.aria", meeting.title()));
            boolean held = !meeting.heldOn().isAfter(JobStaffParts.today());
            record.setEnabled(held);
            Div row = JobStaffParts.buttons(record);
            if (!held) {
                Span later = new Span(getTranslation("jobs.liaison.attendance.later"));
                later.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                        .set("align-self", "center");
                row.add(later);
            }
            card.add(row);
        }
        return card;
    }

    /** 出欠を記録: a checkbox per invited company and the minutes; recorded once. */
    private Dialog attendanceDialog(Meeting m) {
        LiaisonMeeting meeting = m.meeting();
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("jobs.liaison.attendance.title", meeting.title(),
                JapaneseDates.format(meeting.heldOn())));
        d.setWidth("min(36rem, 95vw)");
        d.setCloseOnOutsideClick(false);
        Paragraph help = new Paragraph(getTranslation("jobs.liaison.attendance.help"));
        help.getStyle().set("margin-top", "0");
        Div boxes = new Div();
        boxes.setId("liaison-attended");
        boxes.getElement().setAttribute("role", "group");
        boxes.getElement().setAttribute("aria-label", getTranslation("jobs.liaison.attendance.who"));
        Span who = new Span(getTranslation("jobs.liaison.attendance.who"));
        who.getStyle().set("font-weight", "600").set("display", "block");
        boxes.add(who);
        Map<UUID, Checkbox> checks = new LinkedHashMap<>();
        for (Invitation i : m.invited()) {
            Checkbox c = new Checkbox(i.companyName());
            c.setId("liaison-attended-" + i.companyId());
            c.setValue(Boolean.TRUE.equals(i.attended()));
            c.getStyle().set("display", "block");
            checks.put(i.companyId(), c);
            boxes.add(c);
        }
        Faults faults = new Faults();
        TextArea minutes = faults.field("note", new TextArea(getTranslation("jobs.liaison.minutes")), "liaison-minutes");
        minutes.setMaxLength(LiaisonMeeting.NOTE_MAX);
        minutes.setHelperText(getTranslation("jobs.liaison.minutes.help"));
        minutes.setWidthFull();
        minutes.setMinHeight("6em");
        Button confirm = new Button(getTranslation("jobs.liaison.attendance.save"));
        confirm.setId("liaison-attendance-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            Set<UUID> came = new LinkedHashSet<>();
            checks.forEach((id, c) -> {
                if (c.getValue()) {
                    came.add(id);
                }
            });
            Outcome o = JobStaffParts.run(d, faults,
                    () -> liaison.recordAttendance(meeting.id(), came, minutes.getValue(), meeting.version()), this::reload);
            if (o == Outcome.DONE) {
                d.close();
                JobStaffParts.success(getTranslation("jobs.liaison.attendance.saved", came.size()));
                reload();
            } else if (o != Outcome.INVALID) {
                d.close();
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> d.close());
        cancel.setId("liaison-attendance-cancel");
        d.add(help, boxes, minutes);
        d.getFooter().add(cancel, confirm);
        d.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                checks.values().stream().findFirst().ifPresentOrElse(Checkbox::focus, minutes::focus);
            }
        });
        return d;
    }

    // --- contacts per industry and month ------------------------------------------------------------

    /** One industry's contacts per month, oldest first. */
    record IndustryRow(Industry industry, List<Integer> counts) {
        int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Component contactsTable(ContactsOverTime t) {
        List<IndustryRow> rows = new ArrayList<>();
        t.byIndustry().forEach((i, counts) -> rows.add(new IndustryRow(i, counts)));
        Grid<IndustryRow> grid = new Grid<>();
        grid.setId("liaison-contacts-grid");
        grid.setAriaLabel(getTranslation("jobs.liaison.contacts"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation("jobs.liaison.contacts.none"));
        grid.addColumn(r -> JobStaffParts.industry(this, r.industry())).setHeader(getTranslation("jobs.liaison.industry"))
                .setWidth("14rem").setFlexGrow(0).setFrozen(true);
        List<YearMonth> months = t.months();
        for (int n = 0; n < months.size(); n++) {
            int index = n;
            grid.addColumn(r -> index < r.counts().size() ? String.valueOf(r.counts().get(index)) : "0")
                    .setHeader(monthLabel(months.get(n), n == 0)).setAutoWidth(true).setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(r -> String.valueOf(r.total())).setHeader(getTranslation("jobs.liaison.total")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows);
        return grid;
    }

    /** 令和8年4月 for the first month and each January, 5月 otherwise (Jan 2026 / Feb in English). */
    private String monthLabel(YearMonth ym, boolean first) {
        boolean english = getLocale() != null && Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        boolean full = first || ym.getMonthValue() == 1;
        if (english) {
            return DateTimeFormatter.ofPattern(full ? "MMM yyyy" : "MMM", Locale.ENGLISH).format(ym);
        }
        return full ? JapaneseDates.formatMonth(ym.atDay(1)) : ym.getMonthValue() + "月";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("jobs.liaison.title"));
    }
}
