package jp.tomoni.ui.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.study.StudyBookings;
import jp.tomoni.application.study.StudyBookings.RosterLine;
import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.BookingStatus;
import jp.tomoni.domain.study.StudyRepository.Session;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 出欠と学習メモ of one session, for its runners and assigned tutors on a phone: each booked child by
 * name and grade only, two large buttons for present and absent, and a short note the guardians read.
 * Marking one child keeps what was typed for the others.
 */
@Route(value = "t/:tenant/study/sessions/:id/roster", layout = MainLayout.class)
@TenantView(titleKey = "studyStaff.roster.title", order = 24, inMenu = false, roles = {TenantRole.TUTOR,
    TenantRole.PARTNER_STAFF, TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER,
    TenantRole.TENANT_ADMIN})
public class StudyRosterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** Query parameter naming the session's group, so the page can say which session it is. */
    static final String GROUP = "group";

    private final StudyBookings bookings;
    private final StudyGroups groups;
    private String tenant;
    private UUID sessionId;
    private UUID groupId;
    /** The shown lines by booking: their version and attendance controls, updated in place. */
    private final Map<UUID, Line> lines = new HashMap<>();

    /** The controls of one confirmed child. */
    private static final class Line implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        long version;
        Button present;
        Button absent;
        Span recorded;
    }

    @Inject
    public StudyRosterView(StudyBookings bookings, StudyGroups groups) {
        this.bookings = bookings;
        this.groups = groups;
        setId("study-roster");
        setWidthFull();
        setMaxWidth("48rem");
    }

    /** The roster's address; {@code groupId} (may be null) lets the page name the session. */
    static String path(String tenant, UUID sessionId, UUID groupId) {
        return "t/" + tenant + "/study/sessions/" + sessionId + "/roster" + (groupId == null ? "" : "?" + GROUP + "=" + groupId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyStaff.roster.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        sessionId = uuid(event.getRouteParameters().get("id").orElse(""));
        groupId = uuid(event.getLocation().getQueryParameters().getSingleParameter(GROUP).orElse(""));
        render();
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void render() {
        removeAll();
        lines.clear();
        add(CommunityParts.h1(this, "studyStaff.roster.title"));
        List<RosterLine> roster;
        try {
            if (sessionId == null) {
                throw new NotFoundException("study-session");
            }
            roster = bookings.roster(sessionId); // also decides whether the caller may see this session
        } catch (NotFoundException e) {
            Paragraph gone = new Paragraph(getTranslation("studyStaff.notFound"));
            gone.setId("study-not-found");
            add(gone);
            add(back(false));
            return;
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("study-denied");
            add(denied);
            return;
        }
        boolean runner = heading();
        add(new Paragraph(getTranslation("studyStaff.roster.intro")));
        Div list = new Div();
        list.setId("study-roster-lines");
        list.setWidthFull();
        if (roster.isEmpty()) {
            list.add(new Paragraph(getTranslation("studyStaff.roster.none")));
        }
        roster.forEach(l -> list.add(card(l)));
        add(list, back(runner));
    }

    /** The group and time of the session, when the link named its group; true if the caller runs the group. */
    private boolean heading() {
        if (groupId == null) {
            return false;
        }
        try {
            StudyGroups.GroupPage page = groups.page(groupId);
            Paragraph what = new Paragraph(page.group().title());
            what.setId("study-roster-session");
            what.getStyle().set("font-weight", "600").set("margin", "0");
            page.sessions().stream().filter(s -> s.id().equals(sessionId)).map(Session::startsAt).findFirst()
                    .ifPresent(at -> what.setText(page.group().title() + " " + CommunityParts.dateTime(at, getLocale())));
            add(what);
            return page.runner();
        } catch (NotFoundException | AccessDeniedException e) {
            return false; // the link named another group: the roster itself is still this session's
        }
    }

    private Anchor back(boolean runner) {
        Anchor back = runner
                ? new Anchor("t/" + tenant + "/study/manage/groups/" + groupId, getTranslation("studyStaff.back.group"))
                : new Anchor("t/" + tenant + "/study/tutors", getTranslation("studyStaff.back.tutors"));
        back.setId("study-back");
        return back;
    }

    private Component card(RosterLine l) {
        Span name = new Span(l.childName());
        name.addClassName("study-child-name");
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span grade = new Span(l.grade());
        grade.addClassName("study-child-grade");
        Div card = CommunityParts.card(StudyStaffParts.row(name, grade, statusBadge(l)));
        card.addClassName("study-roster-line");
        card.getElement().setAttribute("data-booking-id", l.bookingId().toString());
        card.getElement().setAttribute("data-status", l.status().name());
        if (l.status() == BookingStatus.CONFIRMED) {
            Line line = new Line();
            line.version = l.version();
            lines.put(l.bookingId(), line);
            card.add(attendance(l, line), note(l, line));
        }
        return card;
    }

    private Component statusBadge(RosterLine l) {
        return switch (l.status()) {
            case CONFIRMED -> CommunityParts.badge(getTranslation("studyStaff.roster.status.CONFIRMED"), "success");
            case WAITLISTED -> CommunityParts.badge(getTranslation("studyStaff.roster.status.WAITLISTED",
                    String.valueOf(l.waitPosition())), "contrast");
            case CANCELLED -> CommunityParts.badge(getTranslation("studyStaff.roster.status.CANCELLED"), "");
            case LATE_CANCELLED -> CommunityParts.badge(getTranslation("studyStaff.roster.status.LATE_CANCELLED"), "error");
        };
    }

    private Component attendance(RosterLine l, Line line) {
        line.present = new Button(getTranslation("studyStaff.roster.present"));
        line.present.setId("study-present-" + l.bookingId());
        line.absent = new Button(getTranslation("studyStaff.roster.absent"));
        line.absent.setId("study-absent-" + l.bookingId());
        for (Button b : List.of(line.present, line.absent)) {
            b.setMinHeight("56px");
            b.getStyle().set("flex", "1 1 8rem").set("font-size", "var(--lumo-font-size-l)");
            b.getElement().setAttribute("aria-label", b.getText() + " " + l.childName());
        }
        line.recorded = new Span();
        line.recorded.setId("study-attended-" + l.bookingId());
        line.recorded.getElement().setAttribute("aria-live", "polite");
        showAttendance(line, l.attended());
        line.present.addClickListener(e -> mark(l.bookingId(), true));
        line.absent.addClickListener(e -> mark(l.bookingId(), false));
        FlexLayout buttons = StudyStaffParts.row(line.present, line.absent);
        buttons.setWidthFull();
        Div out = new Div(buttons, line.recorded);
        out.getStyle().set("margin-top", "var(--lumo-space-s)");
        return out;
    }

    /** The current choice in words and by which button is pressed (colour only repeats it). */
    private void showAttendance(Line line, Boolean attended) {
        line.present.getElement().setAttribute("aria-pressed", String.valueOf(Boolean.TRUE.equals(attended)));
        line.absent.getElement().setAttribute("aria-pressed", String.valueOf(Boolean.FALSE.equals(attended)));
        line.present.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        line.absent.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        if (Boolean.TRUE.equals(attended)) {
            line.present.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        } else if (Boolean.FALSE.equals(attended)) {
            line.absent.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        }
        String key = attended == null ? "studyStaff.roster.recorded.none"
                : attended ? "studyStaff.roster.recorded.present" : "studyStaff.roster.recorded.absent";
        line.recorded.setText(getTranslation(key));
        line.recorded.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-xs)");
    }

    private void mark(UUID bookingId, boolean attended) {
        if (CommunityParts.act(this, null, attended ? "studyStaff.roster.markedPresent" : "studyStaff.roster.markedAbsent",
                () -> bookings.attendance(bookingId, attended))) {
            refresh();
        }
    }

    private Component note(RosterLine l, Line line) {
        FieldErrors errors = new FieldErrors();
        TextArea note = errors.field("note", new TextArea(getTranslation("studyStaff.roster.note")), "study-note-" + l.bookingId());
        note.setMaxLength(StudyBookings.NOTE_MAX);
        note.setValue(l.note() == null ? "" : l.note());
        note.setHelperText(getTranslation("studyStaff.roster.note.help", String.valueOf(StudyBookings.NOTE_MAX)));
        note.setWidthFull();
        note.setMinHeight("5em");
        Button save = StudyStaffParts.button(getTranslation("studyStaff.roster.note.save"), "study-note-save-" + l.bookingId());
        save.getElement().setAttribute("aria-label", getTranslation("studyStaff.roster.note.save.aria", l.childName()));
        save.addClickListener(e -> {
            boolean[] stale = {false};
            boolean done = CommunityParts.act(this, errors, "studyStaff.roster.note.saved", () -> {
                try {
                    bookings.note(l.bookingId(), note.getValue(), line.version);
                } catch (ConflictException | NotFoundException | OptimisticLockException x) {
                    stale[0] = true;
                    throw x;
                }
            });
            if (stale[0]) {
                render(); // someone else wrote first: show what is saved now
            } else if (done) {
                refresh();
            }
        });
        VerticalLayout out = new VerticalLayout(note, save);
        out.setPadding(false);
        out.setSpacing(false);
        return out;
    }

    /**
     * Reads the roster again after a change: versions and attendance are updated in place, so notes being
     * typed for other children stay; if the list itself changed (a booking cancelled or added), it is redrawn.
     */
    private void refresh() {
        List<RosterLine> fresh;
        try {
            fresh = bookings.roster(sessionId);
        } catch (NotFoundException | AccessDeniedException e) {
            render();
            return;
        }
        List<RosterLine> confirmed = fresh.stream().filter(l -> l.status() == BookingStatus.CONFIRMED).toList();
        if (confirmed.size() != lines.size() || confirmed.stream().anyMatch(l -> !lines.containsKey(l.bookingId()))) {
            render();
            return;
        }
        for (RosterLine l : confirmed) {
            Line line = lines.get(l.bookingId());
            line.version = l.version();
            showAttendance(line, l.attended());
        }
    }
}
