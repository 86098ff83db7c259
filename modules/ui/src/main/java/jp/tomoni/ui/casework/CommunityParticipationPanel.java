package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.badge;
import static jp.tomoni.ui.casework.CaseFormat.error;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.application.casework.CaseParticipation;
import jp.tomoni.application.casework.CaseParticipation.LinkedMember;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.community.ParticipationRepository.ActiveMatch;
import jp.tomoni.domain.community.ParticipationRepository.BookedSession;
import jp.tomoni.domain.community.ParticipationRepository.JoinedGroup;
import jp.tomoni.domain.community.SharingCode;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.TooManyRequestsException;
import jp.tomoni.ui.form.FieldErrors;

/**
 * The case's みんなの広場 tab: the person's community participation, only while they allow it — the
 * groups they belong to, the sessions they booked (a year back and ahead) with whether they came, and
 * their active mentoring or tutoring. Never messages or posts. A caseworker links the person's account
 * with the one-time code the person shows them. Read when the tab is first opened (each read is
 * audited as a read of the case), not with the rest of the page.
 */
class CommunityParticipationPanel extends VerticalLayout {
    private final CaseParticipation participation;
    private final UUID caseId;
    private final Div list = new Div();
    private final FieldErrors errors = new FieldErrors();

    CommunityParticipationPanel(CaseParticipation participation, CaseFile file) {
        this.participation = participation;
        this.caseId = file.supportCase().id();
        setPadding(false);
        setId("case-community");
        add(new Paragraph(getTranslation("participation.intro")));
        if (file.access().canEdit()) {
            add(linkForm());
        }
        list.setId("case-community-participation");
        list.setWidthFull();
        add(list);
        addAttachListener(e -> load());
    }

    private Component linkForm() {
        TextField code = errors.field("code", new TextField(getTranslation("participation.code")), "case-community-code");
        code.setHelperText(getTranslation("participation.code.help"));
        // room for the code as the person may read it out: spaces, a hyphen
        code.setMaxLength(SharingCode.LENGTH * 3);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("spellcheck", "false");
        Button link = new Button(getTranslation("participation.link"), e -> link(code));
        link.setId("case-community-link");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(code, link);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void link(TextField code) {
        try {
            participation.link(caseId, code.getValue());
            errors.clear();
            code.clear();
            Notification.show(getTranslation("participation.linked"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (InvalidInputException e) {
            // the code's fault at the field; any other (none expected) as a message
            errors.show(e.violations(), getLocale()).forEach(CaseFormat::error);
        } catch (TooManyRequestsException e) {
            error(getTranslation("participation.tooMany"));
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        } catch (NotFoundException e) {
            error(getTranslation("case.notFound"));
        }
    }

    private void load() {
        list.removeAll();
        CaseParticipation.Participation p;
        try {
            p = participation.participation(caseId);
        } catch (AccessDeniedException | NotFoundException e) {
            list.add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        if (!p.linked()) {
            Paragraph none = new Paragraph(getTranslation("participation.none"));
            none.setId("case-community-none");
            list.add(none);
            return;
        }
        p.members().forEach(m -> list.add(member(m)));
    }

    private Component member(LinkedMember m) {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        out.addClassName("case-community-member");
        Paragraph linked = new Paragraph(getTranslation("participation.linkedAt", CaseFormat.dateTime(m.linkedAt()),
                m.linkedBy() == null ? "" : m.linkedBy()));
        linked.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        if (!m.shared()) {
            // the person turned sharing off: nothing of their participation, not even their name
            Paragraph stopped = new Paragraph(getTranslation("participation.stopped"));
            stopped.addClassName("case-community-stopped");
            stopped.getStyle().set("font-weight", "600");
            out.add(stopped, linked);
            studyAbsences(out, m);
            return out;
        }
        out.add(new H4(getTranslation("participation.shownName", m.shownName())), linked);
        studyAbsences(out, m);
        out.add(groups(m.groups()), sessions(m.sessions()), matches(m.matches()));
        return out;
    }

    /** A child of the family who missed the last two study sessions: shown only while a guardian allows it. */
    private void studyAbsences(VerticalLayout out, LinkedMember m) {
        for (var a : m.studyAbsences()) {
            Paragraph p = new Paragraph(getTranslation("participation.studyAbsence", a.childName(), a.groupTitle(),
                    CaseFormat.dateTime(a.lastMissed())));
            p.addClassName("case-community-study-absence");
            p.getStyle().set("font-weight", "600");
            out.add(p);
        }
    }

    private Component groups(List<JoinedGroup> groups) {
        VerticalLayout out = CaseFormat.section(getTranslation("participation.groups"), "case-community-groups");
        if (groups.isEmpty()) {
            out.add(new Paragraph(getTranslation("participation.groups.none")));
            return out;
        }
        UnorderedList ul = new UnorderedList();
        groups.forEach(g -> ul.add(new ListItem(g.title() + "（" + getTranslation("groupKind." + g.kind().name()) + "）")));
        out.add(ul);
        return out;
    }

    private Component sessions(List<BookedSession> sessions) {
        VerticalLayout out = CaseFormat.section(getTranslation("participation.sessions"), "case-community-sessions");
        Grid<BookedSession> grid = CaseFormat.grid("case-community-sessions-grid", getTranslation("participation.sessions"),
                getTranslation("participation.sessions.none"));
        Instant now = Instant.now();
        grid.addColumn(s -> CaseFormat.dateTime(s.startsAt())).setHeader(getTranslation("participation.sessions.when"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.groupTitle() + "（" + getTranslation("groupKind." + s.kind().name()) + "）")
                .setHeader(getTranslation("participation.sessions.group")).setFlexGrow(2);
        grid.addComponentColumn(s -> attendance(s, now)).setHeader(getTranslation("participation.sessions.attended"))
                .setAutoWidth(true);
        grid.setItems(sessions);
        out.add(grid);
        return out;
    }

    private Component attendance(BookedSession s, Instant now) {
        if (s.cancelled()) {
            return badge(getTranslation("participation.attendance.cancelled"), "contrast");
        }
        if (s.attended() != null) {
            return s.attended() ? badge(getTranslation("participation.attendance.yes"), "success")
                    : badge(getTranslation("participation.attendance.no"), "error");
        }
        return badge(getTranslation(s.startsAt().isAfter(now) ? "participation.attendance.ahead"
                : "participation.attendance.notRecorded"), "");
    }

    private Component matches(List<ActiveMatch> matches) {
        VerticalLayout out = CaseFormat.section(getTranslation("participation.matches"), "case-community-matches");
        if (matches.isEmpty()) {
            out.add(new Paragraph(getTranslation("participation.matches.none")));
            return out;
        }
        UnorderedList ul = new UnorderedList();
        matches.forEach(m -> ul.add(new ListItem(getTranslation("participation.match." + m.kind().name()
                + (m.helper() ? ".helper" : ".seeker"), CaseFormat.date(m.since() == null ? null
                : m.since().atZone(jp.tomoni.application.casework.CaseDates.ZONE).toLocalDate())))));
        out.add(ul);
        return out;
    }
}
