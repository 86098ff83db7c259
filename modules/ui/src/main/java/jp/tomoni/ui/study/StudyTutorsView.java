package jp.tomoni.ui.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.study.StudyAccess;
import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.study.StudyGroups.GroupPage;
import jp.tomoni.application.study.StudyTutors;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.StudyRepository.Group;
import jp.tomoni.domain.study.StudyRepository.Session;
import jp.tomoni.domain.study.StudyRepository.Tutor;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 学習支援ボランティア. A volunteer tutor registers here, sees whether staff approved them, and reaches the
 * rosters of the groups they are assigned to. Staff see every tutor: the tenant's staff record the training
 * and the check and approve (or withdraw the approval); partner staff see the list, and the server refuses
 * them the approval itself.
 */
@Route(value = "t/:tenant/study/tutors", layout = MainLayout.class)
@TenantView(titleKey = "studyStaff.tutors.title", order = 25, icon = VaadinIcon.USER_CHECK, roles = {TenantRole.TUTOR,
    TenantRole.PARTNER_STAFF, TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER,
    TenantRole.TENANT_ADMIN})
public class StudyTutorsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** How many coming sessions each of a tutor's groups lists. */
    static final int SESSIONS_SHOWN = 6;

    private final StudyTutors tutors;
    private final StudyGroups groups;
    private String tenant;

    @Inject
    public StudyTutorsView(StudyTutors tutors, StudyGroups groups) {
        this.tutors = tutors;
        this.groups = groups;
        setId("study-tutors");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyStaff.tutors.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        add(CommunityParts.h1(this, "studyStaff.tutors.title"));
        CurrentTenant t = TenantContext.require();
        boolean tutor = t.hasAny(TenantRole.TUTOR);
        boolean staff = StudyAccess.isStaff(t);
        try {
            if (tutor) {
                mySide();
            }
            if (staff) {
                staffSide(CommunityAccess.isStaff(t));
            }
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("study-denied");
            add(denied);
        }
    }

    // ---- the tutor's own side

    private void mySide() {
        add(CommunityParts.h2(this, "studyStaff.tutor.mine"));
        Optional<Tutor> mine = tutors.mine();
        Div status = new Div();
        status.setId("study-tutor-status");
        status.setWidthFull();
        add(status);
        if (mine.isEmpty()) {
            status.add(new Paragraph(getTranslation("studyStaff.tutor.unregistered")));
            Button register = StudyStaffParts.button(getTranslation("studyStaff.tutor.register"), "study-tutor-register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.addClickListener(e -> {
                if (CommunityParts.act(this, null, "studyStaff.tutor.registered", tutors::register)) {
                    render();
                }
            });
            status.add(register);
            return;
        }
        Tutor me = mine.get();
        String explain = me.revokedAt() != null ? "studyStaff.tutor.mine.REVOKED"
                : me.assignable() ? "studyStaff.tutor.mine.APPROVED" : "studyStaff.tutor.mine.WAITING";
        status.add(CommunityParts.card(StudyStaffParts.tutorBadge(this, me), new Paragraph(getTranslation(explain)),
                StudyStaffParts.tutorDates(this, me, getLocale())));
        if (!me.assignable()) {
            return;
        }
        add(CommunityParts.h2(this, "studyStaff.tutor.myGroups"));
        Div list = new Div();
        list.setId("study-tutor-groups");
        list.setWidthFull();
        for (Group g : groups.runnable()) {
            GroupPage page;
            try {
                page = groups.page(g.id());
            } catch (NotFoundException e) {
                continue; // taken off the group meanwhile
            }
            if (page.tutors().stream().anyMatch(x -> x.memberId().equals(me.memberId()))) {
                list.add(myGroup(page));
            }
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("studyStaff.tutor.myGroups.none")));
        }
        add(list);
    }

    private Component myGroup(GroupPage page) {
        Group g = page.group();
        Div card = CommunityParts.card(StudyStaffParts.h3(g.title()),
                StudyStaffParts.line(getTranslation("studyStaff.group.agencyLine", g.agencyName() == null ? g.agency() : g.agencyName())),
                StudyStaffParts.line(getTranslation("studyStaff.group.target", Grade.span(g.gradeFrom(), g.gradeTo()))),
                StudyStaffParts.line(StudyStaffParts.when(this, g)),
                StudyStaffParts.line(getTranslation("studyStaff.group.placeLine", g.place() == null ? "" : g.place())));
        card.addClassName("study-tutor-group");
        card.getElement().setAttribute("data-group-id", g.id().toString());
        List<Session> coming = page.sessions().stream().limit(SESSIONS_SHOWN).toList();
        if (coming.isEmpty()) {
            card.add(new Paragraph(getTranslation("studyStaff.sessions.none.tutor")));
            return card;
        }
        UnorderedList sessions = new UnorderedList();
        sessions.getStyle().set("padding-inline-start", "1.2em");
        for (Session s : coming) {
            ListItem item = new ListItem();
            item.getStyle().set("min-height", "44px");
            String when = CommunityParts.dateTime(s.startsAt(), getLocale());
            if (s.cancelled()) {
                item.add(new Span(when + " "), CommunityParts.badge(getTranslation("studyStaff.session.cancelled"), "error"));
            } else {
                Anchor roster = new Anchor(StudyRosterView.path(tenant, s.id(), g.id()),
                        getTranslation("studyStaff.tutor.rosterLink", when));
                roster.setId("study-roster-" + s.id());
                item.add(roster);
            }
            sessions.add(item);
        }
        card.add(StudyStaffParts.line(getTranslation("studyStaff.tutor.coming")), sessions);
        return card;
    }

    // ---- staff: every tutor, approved by the tenant's staff

    private void staffSide(boolean approves) {
        add(CommunityParts.h2(this, "studyStaff.tutors.all"));
        add(new Paragraph(getTranslation("studyStaff.tutors.intro")));
        if (!approves) {
            Paragraph partner = new Paragraph(getTranslation("studyStaff.tutors.partnerNote"));
            partner.setId("study-tutors-partner-note");
            add(partner);
        }
        List<Tutor> all = tutors.all();
        Div list = new Div();
        list.setId("study-tutor-list");
        list.setWidthFull();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("studyStaff.tutors.none")));
        }
        all.forEach(x -> list.add(tutorCard(x)));
        add(list);
    }

    private Component tutorCard(Tutor x) {
        Span name = new Span(x.shownName());
        name.getStyle().set("font-weight", "600");
        Div card = CommunityParts.card(StudyStaffParts.row(name, StudyStaffParts.tutorBadge(this, x)), StudyStaffParts.tutorDates(this, x, getLocale()));
        card.addClassName("study-tutor");
        card.getElement().setAttribute("data-member-id", x.memberId().toString());
        if (x.assignable()) {
            Button revoke = StudyStaffParts.button(getTranslation("studyStaff.tutors.revoke"), "study-revoke-" + x.memberId());
            revoke.getElement().setAttribute("aria-label", getTranslation("studyStaff.tutors.revoke.aria", x.shownName()));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClickListener(e -> {
                // withdrawing also takes the tutor off every group: asked once more
                com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
                dialog.setHeader(getTranslation("studyStaff.tutors.revoke.aria", x.shownName()));
                dialog.setText(getTranslation("studyStaff.tutors.revoke.help"));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("common.cancel"));
                dialog.setConfirmText(getTranslation("studyStaff.tutors.revoke"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(c -> CommunityParts.actThenReload(this, null, "studyStaff.tutors.revoked",
                        () -> tutors.revoke(x.memberId()), this::render));
                dialog.open();
            });
            card.add(new Paragraph(getTranslation("studyStaff.tutors.revoke.help")), revoke);
            return card;
        }
        card.add(approveForm(x));
        return card;
    }

    private Component approveForm(Tutor x) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(CaseDates.ZONE);
        DatePicker trained = errors.field("trainedOn", jp.tomoni.ui.form.Pickers.date(getTranslation("studyStaff.tutors.trainedOn")),
                "study-trained-" + x.memberId());
        trained.setLocale(Locale.JAPAN);
        trained.setMax(today);
        trained.setValue(x.trainedOn());
        DatePicker checked = errors.field("checkedOn", jp.tomoni.ui.form.Pickers.date(getTranslation("studyStaff.tutors.checkedOn")),
                "study-checked-" + x.memberId());
        checked.setLocale(Locale.JAPAN);
        checked.setMax(today);
        checked.setValue(x.checkedOn());
        checked.setHelperText(getTranslation("studyStaff.tutors.checkedOn.help"));
        FormLayout form = new FormLayout(trained, checked);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setWidthFull();
        Button approve = StudyStaffParts.button(getTranslation("studyStaff.tutors.approve"), "study-approve-" + x.memberId());
        approve.getElement().setAttribute("aria-label", getTranslation("studyStaff.tutors.approve.aria", x.shownName()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> CommunityParts.actThenReload(this, errors, "studyStaff.tutors.approved",
                () -> tutors.approve(x.memberId(), trained.getValue(), checked.getValue(), x.version()), this::render));
        VerticalLayout out = new VerticalLayout(form, approve);
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }
}
