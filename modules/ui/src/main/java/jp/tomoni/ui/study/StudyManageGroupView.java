package jp.tomoni.ui.study;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.study.StudyGroups.GroupPage;
import jp.tomoni.application.study.StudyTutors;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.StudyRepository.Group;
import jp.tomoni.domain.study.StudyRepository.Session;
import jp.tomoni.domain.study.StudyRepository.Tutor;
import jp.tomoni.domain.study.StudySeries;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * One study group for those who run it: its settings, a form that adds the weekly dates (public
 * holidays skipped and named), the coming sessions (each can be moved or cancelled, and leads to its
 * roster) and the cleared tutors assigned to it.
 */
@Route(value = "t/:tenant/study/manage/groups/:id", layout = MainLayout.class)
@TenantView(titleKey = "studyStaff.groupPage.title", order = 24, inMenu = false, roles = {TenantRole.PARTNER_STAFF,
    TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class StudyManageGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final StudyGroups groups;
    private final StudyTutors tutors;
    private String tenant;
    private UUID groupId;
    private String title = "";
    /** What the last 「日程を追加」 made, shown until the page is left. */
    private StudySeries.Plan lastPlan;

    @Inject
    public StudyManageGroupView(StudyGroups groups, StudyTutors tutors) {
        this.groups = groups;
        this.tutors = tutors;
        setId("study-manage-group");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("studyStaff.groupPage.title") : title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        try {
            groupId = UUID.fromString(event.getRouteParameters().get("id").orElseThrow());
        } catch (IllegalArgumentException e) {
            groupId = null;
        }
        lastPlan = null;
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("t/" + tenant + "/study/manage", getTranslation("studyStaff.back.manage"));
        back.setId("study-back");
        add(back);
        GroupPage page;
        List<Tutor> everyone;
        try {
            if (groupId == null) {
                throw new NotFoundException(StudyGroups.ENTITY);
            }
            page = groups.page(groupId);
            if (!page.runner()) {
                throw new NotFoundException(StudyGroups.ENTITY);
            }
            everyone = tutors.all();
        } catch (NotFoundException e) {
            Paragraph gone = new Paragraph(getTranslation("studyStaff.notFound"));
            gone.setId("study-not-found");
            add(gone);
            return;
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("study-denied");
            add(denied);
            return;
        }
        Group g = page.group();
        title = g.title();
        H1 heading = new H1(g.title());
        heading.setId("study-group-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(heading, new Paragraph(getTranslation("studyStaff.group.agencyLine", g.agencyName() == null ? g.agency() : g.agencyName())
                + " / " + getTranslation("studyStaff.group.target", Grade.span(g.gradeFrom(), g.gradeTo()))));
        add(CommunityParts.h2(this, "studyStaff.group.sessions"), sessions(page));
        add(CommunityParts.h2(this, "studyStaff.series.title"), seriesForm(g));
        add(CommunityParts.h2(this, "studyStaff.group.tutors"), tutorsPart(page, everyone));
        add(CommunityParts.h2(this, "studyStaff.group.settings"), settings(g));
    }

    private Component settings(Group g) {
        StudyStaffParts.GroupForm form = new StudyStaffParts.GroupForm(this, List.of());
        form.fill(g, new Agency(g.agency(), g.agencyName() == null ? g.agency() : g.agencyName(), null));
        Button save = StudyStaffParts.button(getTranslation("studyStaff.group.save"), "study-group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> CommunityParts.actThenReload(this, form.errors, "studyStaff.group.saved",
                () -> groups.update(g.id(), form.draft(), g.version()), this::render));
        Paragraph help = new Paragraph(getTranslation("studyStaff.group.settings.help"));
        VerticalLayout out = new VerticalLayout(help, form, save);
        out.setId("study-group-form");
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }

    // ---- adding dates to the weekly series

    private Component seriesForm(Group g) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(CaseDates.ZONE);
        DatePicker from = errors.field("from", jp.tomoni.ui.form.Pickers.date(getTranslation("studyStaff.series.from")), "study-series-from");
        from.setLocale(Locale.JAPAN);
        from.setValue(today);
        DatePicker until = errors.field("until", jp.tomoni.ui.form.Pickers.date(getTranslation("studyStaff.series.until")), "study-series-until");
        until.setLocale(Locale.JAPAN);
        FormLayout dates = new FormLayout(from, until);
        dates.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Button add = StudyStaffParts.button(getTranslation("studyStaff.series.add"), "study-series-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            StudySeries.Plan[] made = new StudySeries.Plan[1];
            if (CommunityParts.act(this, errors, null, () -> made[0] = groups.extendSeries(g.id(), from.getValue(), until.getValue()))) {
                lastPlan = made[0];
                CommunityParts.ok(getTranslation("studyStaff.series.done", String.valueOf(made[0].dates().size())));
                render();
            }
        });
        Paragraph help = new Paragraph(getTranslation("studyStaff.series.help", StudyStaffParts.when(this, g)));
        VerticalLayout out = new VerticalLayout(help, dates, add);
        out.setId("study-series-form");
        out.setPadding(false);
        out.setWidthFull();
        if (lastPlan != null) {
            out.add(planResult(lastPlan));
        }
        return out;
    }

    private Component planResult(StudySeries.Plan plan) {
        Div result = new Div();
        result.setId("study-series-result");
        result.getElement().setAttribute("role", "status");
        result.setWidthFull();
        if (plan.dates().isEmpty() && plan.skippedHolidays().isEmpty()) {
            result.add(new Paragraph(getTranslation("studyStaff.series.nothing")));
            return result;
        }
        if (!plan.dates().isEmpty()) {
            result.add(StudyStaffParts.h3(getTranslation("studyStaff.series.added", String.valueOf(plan.dates().size()))));
            UnorderedList added = new UnorderedList();
            added.setId("study-series-added");
            plan.dates().forEach(d -> added.add(new ListItem(StudyStaffParts.shortDate(d, getLocale()))));
            result.add(added);
        }
        if (!plan.skippedHolidays().isEmpty()) {
            result.add(StudyStaffParts.h3(getTranslation("studyStaff.series.holidays")));
            UnorderedList skipped = new UnorderedList();
            skipped.setId("study-series-holidays");
            plan.skippedHolidays().forEach((d, name) -> skipped.add(new ListItem(
                    getTranslation("studyStaff.series.holiday", StudyStaffParts.shortDate(d, getLocale()), name))));
            result.add(skipped);
        }
        return CommunityParts.card(result);
    }

    // ---- the coming sessions

    private Component sessions(GroupPage page) {
        Div list = new Div();
        list.setId("study-sessions");
        list.setWidthFull();
        if (page.sessions().isEmpty()) {
            list.add(new Paragraph(getTranslation("studyStaff.sessions.none")));
        }
        page.sessions().forEach(s -> list.add(session(s)));
        return list;
    }

    private Component session(Session s) {
        Span when = new Span(CommunityParts.dateTime(s.startsAt(), getLocale()) + " "
                + getTranslation("studyStaff.minutes", String.valueOf(s.minutes())));
        when.getStyle().set("display", "block").set("font-weight", "600");
        Div card = CommunityParts.card(when);
        card.addClassName("study-session");
        card.getElement().setAttribute("data-session-id", s.id().toString());
        boolean moved = s.moved();
        if (moved || s.cancelled()) {
            var badges = StudyStaffParts.row();
            if (moved) {
                badges.add(CommunityParts.badge(getTranslation("studyStaff.session.moved"), "contrast"));
            }
            if (s.cancelled()) {
                badges.add(CommunityParts.badge(getTranslation("studyStaff.session.cancelled"), "error"));
            }
            card.add(badges);
        }
        if (moved) {
            card.add(StudyStaffParts.line(getTranslation("studyStaff.session.planned", StudyStaffParts.shortDate(s.seriesDate(), getLocale()))));
        }
        card.add(StudyStaffParts.line(getTranslation("studyStaff.group.placeLine", s.place() == null ? "" : s.place())),
                StudyStaffParts.line(getTranslation("studyStaff.session.seats", String.valueOf(s.confirmed()), String.valueOf(s.capacity()))),
                StudyStaffParts.line(getTranslation("studyStaff.session.waiting", String.valueOf(s.waiting()))));
        card.add(StudyStaffParts.link(StudyRosterView.path(tenant, s.id(), s.groupId()), getTranslation("studyStaff.session.roster"),
                "study-roster-" + s.id()));
        if (!s.cancelled()) {
            card.add(moveForm(s), cancelButton(s));
        }
        return card;
    }

    private Component moveForm(Session s) {
        FieldErrors errors = new FieldErrors();
        DateTimePicker at = errors.field("startsAt", jp.tomoni.ui.form.Pickers.dateTime(getTranslation("studyStaff.move.at")), "study-move-at-" + s.id());
        at.setLocale(Locale.JAPAN);
        at.setStep(Duration.ofMinutes(15));
        at.setValue(LocalDateTime.ofInstant(s.startsAt(), CaseDates.ZONE));
        TextField place = errors.field("place", new TextField(getTranslation("studyStaff.move.place")), "study-move-place-" + s.id());
        place.setValue(s.place() == null ? "" : s.place());
        place.setWidthFull();
        Button move = StudyStaffParts.button(getTranslation("studyStaff.move.submit"), "study-move-" + s.id());
        move.addClickListener(e -> CommunityParts.actThenReload(this, errors, "studyStaff.move.done",
                () -> groups.moveSession(s.id(), at.getValue(), place.getValue(), s.version()), this::render));
        Span label = new Span(getTranslation("studyStaff.move.title"));
        label.getStyle().set("font-weight", "600");
        VerticalLayout out = new VerticalLayout(label, at, place, move);
        out.setPadding(false);
        out.setSpacing(false);
        out.addClassName("study-move");
        out.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("margin-top", "var(--lumo-space-s)")
                .set("padding-top", "var(--lumo-space-s)");
        return out;
    }

    private Component cancelButton(Session s) {
        Button cancel = StudyStaffParts.button(getTranslation("studyStaff.cancel.button"), "study-cancel-" + s.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("studyStaff.cancel.confirmTitle"));
            dialog.setText(getTranslation("studyStaff.cancel.confirmText", CommunityParts.dateTime(s.startsAt(), getLocale()),
                    String.valueOf(s.confirmed() + s.waiting())));
            Button yes = new Button(getTranslation("studyStaff.cancel.confirm"));
            yes.setId("study-cancel-confirm");
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            yes.addClickListener(c -> {
                dialog.close();
                CommunityParts.actThenReload(this, null, "studyStaff.cancel.done",
                        () -> groups.cancelSession(s.id(), s.version()), this::render);
            });
            Button no = new Button(getTranslation("studyStaff.cancel.keep"));
            no.setId("study-cancel-keep");
            no.addClickListener(c -> dialog.close());
            dialog.setConfirmButton(yes);
            dialog.setCancelable(true);
            dialog.setCancelButton(no);
            dialog.open();
        });
        return cancel;
    }

    // ---- tutors of the group

    private Component tutorsPart(GroupPage page, List<Tutor> everyone) {
        VerticalLayout out = new VerticalLayout();
        out.setId("study-group-tutors");
        out.setPadding(false);
        out.setWidthFull();
        if (page.tutors().isEmpty()) {
            out.add(new Paragraph(getTranslation("studyStaff.group.tutors.none")));
        }
        for (Tutor t : page.tutors()) {
            Button unassign = StudyStaffParts.button(getTranslation("studyStaff.group.unassign"), "study-unassign-" + t.memberId());
            unassign.getElement().setAttribute("aria-label", getTranslation("studyStaff.group.unassign.aria", t.shownName()));
            unassign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            unassign.addClickListener(e -> CommunityParts.actThenReload(this, null, "studyStaff.group.unassigned",
                    () -> tutors.unassign(groupId, t.memberId()), this::render));
            Div card = CommunityParts.card(StudyStaffParts.row(new Span(t.shownName()), unassign));
            card.addClassName("study-group-tutor");
            card.getElement().setAttribute("data-member-id", t.memberId().toString());
            out.add(card);
        }
        Set<UUID> assigned = page.tutors().stream().map(Tutor::memberId).collect(Collectors.toSet());
        List<Tutor> free = everyone.stream().filter(Tutor::assignable).filter(t -> !assigned.contains(t.memberId())).toList();
        if (free.isEmpty()) {
            out.add(new Paragraph(getTranslation("studyStaff.group.assign.none")));
        } else {
            FieldErrors errors = new FieldErrors();
            Select<Tutor> pick = new Select<>();
            pick.setLabel(getTranslation("studyStaff.group.assign.pick"));
            pick.setItems(free);
            pick.setItemLabelGenerator(t -> t == null ? "" : t.shownName());
            pick.setWidthFull();
            errors.field("memberId", pick, "study-assign-tutor");
            Button assign = StudyStaffParts.button(getTranslation("studyStaff.group.assign"), "study-assign");
            assign.addClickListener(e -> {
                Tutor chosen = pick.getValue();
                if (chosen == null) {
                    errors.show(List.of(FieldViolation.of("memberId", "required")), getLocale());
                    return;
                }
                CommunityParts.actThenReload(this, errors, "studyStaff.group.assigned",
                        () -> tutors.assign(groupId, chosen.memberId()), this::render);
            });
            out.add(pick, assign);
        }
        out.add(StudyStaffParts.link("t/" + tenant + "/study/tutors", getTranslation("studyStaff.link.tutors"), "study-link-tutors"));
        return out;
    }
}
