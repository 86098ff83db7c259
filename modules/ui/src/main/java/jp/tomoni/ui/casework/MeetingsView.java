package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.error;
import static jp.tomoni.ui.casework.CaseFormat.nz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.casework.MeetingService;
import jp.tomoni.application.casework.MeetingService.AgendaCandidate;
import jp.tomoni.application.casework.MeetingService.MeetingFile;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.casework.CaseloadQuery;
import jp.tomoni.domain.casework.CaseloadRow;
import jp.tomoni.domain.casework.meeting.Attendee;
import jp.tomoni.domain.casework.meeting.CoordinationMeeting;
import jp.tomoni.domain.casework.meeting.MeetingCase;
import jp.tomoni.domain.casework.meeting.MeetingDraft;
import jp.tomoni.domain.casework.meeting.MeetingKind;
import jp.tomoni.domain.casework.meeting.MeetingOutcome;
import jp.tomoni.domain.casework.meeting.MeetingRepository.MissingResource;
import jp.tomoni.domain.casework.meeting.MeetingStatus;
import jp.tomoni.domain.casework.plan.MeetingTrigger;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 支援調整会議: the cases waiting for a meeting, new meetings, and the record of one meeting (attendance,
 * each case's outcome and minutes, missing social resources). Officers read; caseworkers write.
 */
@Route(value = "t/:tenant/meetings", layout = MainLayout.class)
@TenantView(titleKey = "meeting.title", order = 5, icon = VaadinIcon.GROUP, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.MUNICIPAL_OFFICER})
public class MeetingsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    static final int LIST_LIMIT = 50;
    static final int MISSING_LIMIT = 200;
    /** Window width (px) below which the grids show fewer columns. */
    static final int PHONE = 600;

    private final MeetingService meetings;
    private final CaseService cases;

    private final Grid<AgendaCandidate> candidates = new Grid<>();
    private final Div createPart = new Div();
    private final RadioButtonGroup<MeetingKind> kind = new RadioButtonGroup<>();
    private final DatePicker date = jp.tomoni.ui.form.Pickers.date();
    private final TextField place = new TextField();
    private final Span selectedCount = new Span();
    private final FieldErrors createErrors = new FieldErrors();
    private final Grid<MeetingFile> list = new Grid<>();
    private final Div editor = new Div();
    private final Grid<MissingResource> missing = new Grid<>();
    /** Columns left out on a phone, where the grids keep what tells one row from another. */
    private final Grid.Column<AgendaCandidate> candidateDetail;
    private final Grid.Column<MeetingFile> listKind;
    private final Grid.Column<MeetingFile> listPlace;

    private String tenant;
    private boolean caseworker;
    /** Case number and name by case, for the cases a meeting hears (candidates first, then the caseload). */
    private final Map<UUID, String> caseNames = new HashMap<>();

    /** The meeting open in the editor, as read, and what is being typed into it. */
    private MeetingFile open;
    private final List<Attendee> attendees = new ArrayList<>();
    private final Map<MeetingCase, Hearing> hearings = new LinkedHashMap<>();
    private FieldErrors editorErrors;
    private Div attendance;
    private Span attendanceHint;

    private record Hearing(RadioButtonGroup<MeetingOutcome> outcome, TextArea minutes) {
    }

    @Inject
    public MeetingsView(MeetingService meetings, CaseService cases) {
        this.meetings = meetings;
        this.cases = cases;
        setId("meetings");
        H1 title = new H1(getTranslation("meeting.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");

        candidates.setId("meeting-candidates");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.setAllRowsVisible(true);
        candidates.addColumn(AgendaCandidate::caseNumber).setHeader(getTranslation("meeting.col.caseNumber")).setAutoWidth(true);
        candidates.addColumn(AgendaCandidate::personName).setHeader(getTranslation("meeting.col.person")).setFlexGrow(2);
        candidates.addColumn(c -> trigger(c.trigger())).setHeader(getTranslation("meeting.col.trigger")).setAutoWidth(true);
        candidates.addColumn(c -> CaseFormat.date(c.since())).setHeader(getTranslation("meeting.col.since")).setAutoWidth(true);
        candidateDetail = candidates.addColumn(AgendaCandidate::label).setHeader(getTranslation("meeting.col.detail"));
        candidates.addSelectionListener(e -> selectedCount.setText(getTranslation("meeting.selected", e.getAllSelectedItems().size())));
        candidates.getElement().setAttribute("aria-label", getTranslation("meeting.candidates"));

        kind.setLabel(getTranslation("meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("meeting.kind." + k.name()));
        date.setLabel(getTranslation("meeting.date"));
        date.setLocale(Locale.JAPAN);
        place.setLabel(getTranslation("meeting.place"));
        createErrors.field("kind", kind, "meeting-kind");
        createErrors.field("heldOn", date, "meeting-date");
        createErrors.field("place", place, "meeting-place");
        FormLayout form = new FormLayout(kind, date, place);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Button create = new Button(getTranslation("meeting.create"), e -> create());
        create.setId("meeting-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout createBar = new HorizontalLayout(create, selectedCount);
        createBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        createBar.getStyle().set("flex-wrap", "wrap");
        selectedCount.setId("meeting-selected");
        createPart.add(new H2(getTranslation("meeting.new")), form, createBar);
        createPart.setWidthFull();

        list.setId("meeting-grid");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        list.addColumn(f -> CaseFormat.date(f.meeting().heldOn())).setHeader(getTranslation("meeting.col.date")).setAutoWidth(true);
        listKind = list.addColumn(f -> getTranslation("meeting.kind." + f.meeting().kind().name())).setHeader(getTranslation("meeting.col.kind")).setAutoWidth(true);
        list.addColumn(f -> getTranslation("meeting.status." + f.meeting().status().name())).setHeader(getTranslation("meeting.col.status")).setAutoWidth(true);
        list.addColumn(f -> f.cases().size()).setHeader(getTranslation("meeting.col.cases")).setAutoWidth(true);
        listPlace = list.addColumn(f -> nz(f.meeting().place())).setHeader(getTranslation("meeting.col.place")).setFlexGrow(2);
        list.addComponentColumn(this::openButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        // a click on the row of the meeting being edited keeps what was typed
        list.addItemClickListener(e -> {
            if (open == null || !open.meeting().id().equals(e.getItem().meeting().id())) {
                openMeeting(e.getItem().meeting().id());
            }
        });

        editor.setId("meeting-editor");
        editor.setWidthFull();
        editor.setVisible(false);

        missing.setId("missing-resources");
        missing.setAllRowsVisible(true);
        missing.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        missing.addColumn(r -> CaseFormat.date(r.heldOn())).setHeader(getTranslation("meeting.col.date")).setAutoWidth(true).setFlexGrow(0);
        missing.addColumn(MissingResource::text).setHeader(getTranslation("meeting.col.text")).setFlexGrow(1);
        missing.getElement().setAttribute("aria-label", getTranslation("meeting.missingResources"));
        list.getElement().setAttribute("aria-label", getTranslation("meeting.list"));

        add(title, new H2(getTranslation("meeting.candidates")), candidates, createPart,
                new H2(getTranslation("meeting.list")), list, editor,
                new H2(getTranslation("meeting.missingResources")), missing);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the tenant is the route's, bound by the tenant gate; nothing else names it
        CurrentTenant t = TenantContext.require();
        tenant = t.tenantId();
        caseworker = t.roles().stream().anyMatch(CaseAccessRule.CASEWORKERS::contains);
        createPart.setVisible(caseworker);
        candidates.setSelectionMode(caseworker ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        kind.setValue(MeetingKind.REGULAR);
        date.setValue(LocalDate.now(CaseDates.ZONE));
        selectedCount.setText(getTranslation("meeting.selected", 0));
        getUI().ifPresent(ui -> ui.getPage().retrieveExtendedClientDetails(d -> narrow(d.getWindowInnerWidth() < PHONE)));
        refresh();
    }

    private void narrow(boolean phone) {
        candidateDetail.setVisible(!phone);
        listKind.setVisible(!phone);
        listPlace.setVisible(!phone);
    }

    private void refresh() {
        List<AgendaCandidate> waiting = meetings.agendaCandidates();
        waiting.forEach(c -> caseNames.put(c.caseId(), c.caseNumber() + " " + c.personName()));
        candidates.setItems(waiting);
        list.setItems(meetings.meetings(LIST_LIMIT));
        missing.setItems(meetings.missingResources(MISSING_LIMIT));
    }

    private Button openButton(MeetingFile f) {
        Button b = new Button(getTranslation("meeting.open"), e -> openMeeting(f.meeting().id()));
        b.addClassName("meeting-open");
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.getElement().setAttribute("aria-label", getTranslation("meeting.openLabel", CaseFormat.date(f.meeting().heldOn())));
        return b;
    }

    private void create() {
        List<AgendaCandidate> selected = new ArrayList<>(candidates.getSelectedItems());
        MeetingDraft draft = MeetingForm.schedule(kind.getValue(), date.getValue(), place.getValue(), selected);
        try {
            MeetingFile f = meetings.create(draft);
            createErrors.clear();
            Notification.show(getTranslation("meeting.created")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            place.clear();
            candidates.deselectAll();
            refresh();
            show(f);
        } catch (InvalidInputException e) {
            List<String> elsewhere = createErrors.show(e.violations(), getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join("\n", elsewhere));
        } catch (OptimisticLockException e) {
            error(getTranslation("common.conflict"));
            refresh();
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        }
    }

    private void openMeeting(UUID meetingId) {
        try {
            show(meetings.meeting(meetingId));
        } catch (NotFoundException e) {
            error(getTranslation("meeting.notFound"));
            refresh();
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        }
    }

    /** Draws the editor for the meeting as read; what was typed before is dropped. */
    private void show(MeetingFile f) {
        open = f;
        CoordinationMeeting m = f.meeting();
        attendees.clear();
        attendees.addAll(m.attendees());
        hearings.clear();
        editorErrors = new FieldErrors();
        nameCases(f);
        editor.removeAll();
        editor.setVisible(true);

        H2 heading = new H2(getTranslation("meeting.editor", CaseFormat.date(m.heldOn()),
                getTranslation("meeting.kind." + m.kind().name()), getTranslation("meeting.status." + m.status().name())));
        heading.setId("meeting-editor-title");
        editor.add(heading);
        if (!caseworker) {
            editor.add(new Div(new Span(getTranslation("meeting.readOnly"))));
        }

        DatePicker heldOn = editorErrors.field("heldOn", jp.tomoni.ui.form.Pickers.date(getTranslation("meeting.date")), "meeting-editor-date");
        heldOn.setLocale(Locale.JAPAN);
        heldOn.setValue(m.heldOn());
        TextField where = editorErrors.field("place", new TextField(getTranslation("meeting.place")), "meeting-editor-place");
        where.setValue(nz(m.place()));
        FormLayout when = new FormLayout(heldOn, where);
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        editor.add(when);

        editor.add(attendancePart());
        editor.add(agendaPart(f));

        TextArea missingText = editorErrors.field("missingResources", new TextArea(getTranslation("meeting.missing")), "meeting-missing");
        missingText.setWidthFull();
        missingText.setHelperText(getTranslation("meeting.missing.help"));
        missingText.setValue(MeetingForm.text(m.missingResources()));
        editor.add(missingText);

        Button save = new Button(getTranslation("common.save"), e -> save(m.status(), heldOn, where, missingText));
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button hold = new Button(getTranslation("meeting.hold"), e -> save(MeetingStatus.HELD, heldOn, where, missingText));
        hold.setId("meeting-hold");
        Button close = new Button(getTranslation("meeting.close"), e -> {
            open = null;
            editor.removeAll();
            editor.setVisible(false);
        });
        close.setId("meeting-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(save, hold, close);
        actions.getStyle().set("flex-wrap", "wrap");
        save.setVisible(caseworker);
        hold.setVisible(caseworker && m.status() != MeetingStatus.HELD);
        heldOn.setReadOnly(!caseworker);
        where.setReadOnly(!caseworker);
        missingText.setReadOnly(!caseworker);
        editor.add(actions);
        heading.scrollIntoView();
    }

    private Component attendancePart() {
        attendance = new Div();
        attendance.setId("meeting-attendance");
        attendance.setWidthFull();
        attendance.getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-xs)");
        attendanceHint = new Span(getTranslation("meeting.attendance.hint"));
        attendanceHint.setId("meeting-attendance-hint");
        attendanceHint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        Grid<Attendee> rows = new Grid<>();
        rows.setId("attendee-list");
        rows.setAllRowsVisible(true);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.getElement().setAttribute("aria-label", getTranslation("meeting.attendance"));
        rows.addColumn(Attendee::name).setHeader(getTranslation("meeting.attendee.name")).setFlexGrow(2);
        rows.addColumn(a -> nz(a.organization())).setHeader(getTranslation("meeting.attendee.org")).setFlexGrow(2);
        rows.addColumn(a -> a.municipal() ? getTranslation("meeting.attendee.municipal") : "")
                .setHeader(getTranslation("meeting.attendee.municipal")).setAutoWidth(true);
        if (caseworker) {
            rows.addComponentColumn(a -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    attendees.remove(a);
                    rows.setItems(attendees);
                });
                remove.addClassName("attendee-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", getTranslation("meeting.attendee.remove", a.name()));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        rows.setItems(attendees);

        TextField name = new TextField(getTranslation("meeting.attendee.name"));
        name.setId("attendee-name");
        TextField org = new TextField(getTranslation("meeting.attendee.org"));
        org.setId("attendee-org");
        Checkbox municipal = new Checkbox(getTranslation("meeting.attendee.municipal"));
        municipal.setId("attendee-municipal");
        Button add = new Button(getTranslation("meeting.attendee.add"), VaadinIcon.PLUS.create(), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("meeting.attendee.nameRequired"));
                name.setInvalid(true);
                return;
            }
            name.setInvalid(false);
            attendees.add(new Attendee(name.getValue(), org.getValue(), municipal.getValue()));
            rows.setItems(attendees);
            name.clear();
            org.clear();
            municipal.clear();
            unmarkAttendance();
            name.focus();
        });
        add.setId("attendee-add");
        HorizontalLayout addRow = new HorizontalLayout(name, org, municipal, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.getStyle().set("flex-wrap", "wrap");
        addRow.setVisible(caseworker);
        attendance.add(new H3(getTranslation("meeting.attendance")), attendanceHint, rows, addRow);
        return attendance;
    }

    private Component agendaPart(MeetingFile f) {
        Div agenda = new Div();
        agenda.setId("meeting-agenda");
        agenda.setWidthFull();
        agenda.add(new H3(getTranslation("meeting.agenda")));
        if (f.cases().isEmpty()) {
            agenda.add(new Span(getTranslation("meeting.agenda.none")));
        }
        int i = 0;
        for (MeetingCase h : f.cases()) {
            Div item = new Div();
            item.addClassName("meeting-item");
            item.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
            String who = caseNames.getOrDefault(h.caseId(), getTranslation("meeting.case"));
            Anchor link = new Anchor("t/" + tenant + "/cases/" + h.caseId(), who);
            link.addClassName("meeting-case-link");
            Span why = new Span(trigger(h.trigger()));
            why.getElement().getThemeList().add("badge");
            HorizontalLayout head = new HorizontalLayout(link, why);
            head.setAlignItems(FlexComponent.Alignment.BASELINE);
            head.getStyle().set("flex-wrap", "wrap");

            RadioButtonGroup<MeetingOutcome> outcome = new RadioButtonGroup<>(getTranslation("meeting.outcome"));
            outcome.setItems(MeetingOutcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation("meeting.outcome." + o.name()));
            outcome.setValue(h.outcome());
            outcome.addClassName("meeting-outcome");
            editorErrors.field("cases[" + i + "].outcome", outcome, "meeting-outcome-" + i);
            TextArea minutes = new TextArea(getTranslation("meeting.minutes"));
            minutes.addClassName("meeting-minutes");
            minutes.setWidthFull();
            minutes.setMaxLength(MeetingDraft.MINUTES_MAX);
            minutes.setValue(nz(h.minutes()));
            editorErrors.field("cases[" + i + "].minutes", minutes, "meeting-minutes-" + i);
            if (h.outcome() != null) {
                // an outcome once recorded stands (MeetingCase.record)
                outcome.setReadOnly(true);
                outcome.setHelperText(getTranslation("meeting.outcome.final"));
            }
            outcome.setReadOnly(outcome.isReadOnly() || !caseworker);
            minutes.setReadOnly(!caseworker);
            hearings.put(h, new Hearing(outcome, minutes));
            item.add(head, outcome, minutes);
            agenda.add(item);
            i++;
        }
        return agenda;
    }

    private void save(MeetingStatus status, DatePicker heldOn, TextField where, TextArea missingText) {
        if (open == null) {
            return;
        }
        CoordinationMeeting m = open.meeting();
        List<MeetingDraft.Item> items = new ArrayList<>();
        hearings.forEach((h, in) -> items.add(MeetingForm.item(h, in.outcome().getValue(), in.minutes().getValue())));
        MeetingDraft draft = MeetingForm.change(m.kind(), heldOn.getValue(), where.getValue(), status,
                List.copyOf(attendees), items, missingText.getValue());
        try {
            MeetingFile saved = meetings.update(m.id(), draft, m.version());
            Notification.show(getTranslation(status == MeetingStatus.HELD && m.status() != MeetingStatus.HELD
                    ? "meeting.held" : "common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            show(saved);
        } catch (InvalidInputException e) {
            showViolations(e.violations());
        } catch (OptimisticLockException e) {
            error(getTranslation("common.conflict"));
            refresh();
            openMeeting(m.id());
        } catch (NotFoundException e) {
            error(getTranslation("meeting.notFound"));
            refresh();
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        }
    }

    private void showViolations(List<FieldViolation> violations) {
        List<String> messages = new ArrayList<>(editorErrors.show(violations, getLocale()));
        if (MeetingForm.attendanceAtFault(violations)) {
            attendance.getStyle().set("outline", "2px solid var(--lumo-error-color)");
            attendance.getElement().setAttribute("invalid", "");
            attendanceHint.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
        }
        error(messages.isEmpty() ? getTranslation("form.checkFields") : String.join("\n", messages));
    }

    private void unmarkAttendance() {
        attendance.getStyle().remove("outline");
        attendance.getElement().removeAttribute("invalid");
        attendanceHint.getStyle().set("color", "var(--lumo-secondary-text-color)").remove("font-weight");
    }

    /** Names the cases a meeting hears that are no longer waiting (already heard), from the caseload. */
    private void nameCases(MeetingFile f) {
        Set<UUID> unnamed = new java.util.HashSet<>();
        f.cases().forEach(h -> {
            if (!caseNames.containsKey(h.caseId())) {
                unnamed.add(h.caseId());
            }
        });
        if (unnamed.isEmpty()) {
            return;
        }
        try {
            for (CaseloadRow r : cases.caseload(new CaseloadQuery(null, null, CaseloadQuery.Sort.RECEIVED, 0,
                    CaseloadQuery.MAX_LIMIT, null))) {
                caseNames.put(r.id(), r.caseNumber() + " " + r.name());
            }
        } catch (AccessDeniedException e) {
            // the link still leads to the case; its page tells what the reader may see
        }
    }

    private String trigger(MeetingTrigger t) {
        return getTranslation("meeting.trigger." + t.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("meeting.title"));
    }
}
