package jp.tomoni.ui.study;

import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.StudyRepository.Group;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 学習支援の運営, for the staff of partner NPOs and the tenant's community staff: the groups they run,
 * each leading to its own page (settings, dates, sessions, tutors), and a form to make a new group.
 * Made for a phone first.
 */
@Route(value = "t/:tenant/study/manage", layout = MainLayout.class)
@TenantView(titleKey = "studyStaff.manage.title", order = 24, icon = VaadinIcon.ACADEMY_CAP, roles = {
    TenantRole.PARTNER_STAFF, TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER,
    TenantRole.TENANT_ADMIN})
public class StudyManageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final StudyGroups groups;
    private String tenant;

    @Inject
    public StudyManageView(StudyGroups groups) {
        this.groups = groups;
        setId("study-manage");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyStaff.manage.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        add(CommunityParts.h1(this, "studyStaff.manage.title"), new Paragraph(getTranslation("studyStaff.manage.intro")));
        List<Agency> agencies;
        List<Group> mine;
        try {
            agencies = groups.agencies();
            mine = groups.runnable();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("study-manage-denied");
            add(denied);
            return;
        }
        Anchor tutors = new Anchor("t/" + tenant + "/study/tutors", getTranslation("studyStaff.link.tutors"));
        tutors.setId("study-link-tutors");
        add(tutors);

        add(CommunityParts.h2(this, "studyStaff.manage.groups"));
        Div list = new Div();
        list.setId("study-manage-groups");
        list.setWidthFull();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("studyStaff.manage.groups.none")));
        }
        mine.forEach(g -> list.add(groupCard(g)));
        add(list);

        add(CommunityParts.h2(this, "studyStaff.manage.create"));
        if (agencies.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("studyStaff.manage.noAgency"));
            none.setId("study-manage-no-agency");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("studyStaff.manage.create.intro")), createForm(agencies));
    }

    private Component groupCard(Group g) {
        var title = StudyStaffParts.h3(g.title());
        Div card = CommunityParts.card(title,
                StudyStaffParts.line(getTranslation("studyStaff.group.agencyLine", g.agencyName() == null ? g.agency() : g.agencyName())),
                StudyStaffParts.line(getTranslation("studyStaff.group.target", Grade.span(g.gradeFrom(), g.gradeTo()))),
                StudyStaffParts.line(StudyStaffParts.when(this, g)),
                StudyStaffParts.line(getTranslation("studyStaff.group.placeLine", g.place() == null ? "" : g.place())),
                StudyStaffParts.line(getTranslation("studyStaff.group.capacityLine", String.valueOf(g.capacity()))));
        Anchor open = new Anchor("t/" + tenant + "/study/manage/groups/" + g.id(), getTranslation("studyStaff.manage.open"));
        open.setId("study-manage-group-" + g.id());
        open.getElement().setAttribute("aria-label", getTranslation("studyStaff.manage.open.aria", g.title()));
        open.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
        card.add(open);
        card.addClassName("study-group");
        card.getElement().setAttribute("data-group-id", g.id().toString());
        return card;
    }

    private Component createForm(List<Agency> agencies) {
        StudyStaffParts.GroupForm form = new StudyStaffParts.GroupForm(this, agencies);
        Button create = new Button(getTranslation("studyStaff.manage.create.submit"));
        create.setId("study-group-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setMinHeight("44px");
        create.addClickListener(e -> {
            if (CommunityParts.act(this, form.errors, "studyStaff.manage.created", () -> groups.create(form.draft()))) {
                render();
            }
        });
        VerticalLayout out = new VerticalLayout(form, create);
        out.setId("study-group-form");
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }
}
