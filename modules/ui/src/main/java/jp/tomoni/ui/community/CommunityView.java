package jp.tomoni.ui.community;

import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.community.CommunityFeedback;
import jp.tomoni.application.community.CommunityGroups;
import jp.tomoni.application.community.CommunityGroups.Home;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityRepository.GroupRow;
import jp.tomoni.domain.community.CommunityRepository.ResponseRow;
import jp.tomoni.domain.community.CommunityRepository.SessionRow;
import jp.tomoni.domain.community.GroupKind;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * みんなの広場, the community home (seed 000 F-1, F-2; seed 003), made for a phone first and in plain
 * Japanese: the person's own coming sessions, what is coming up, the groups and places to belong,
 * what they proposed (for former recipients who facilitate) and the agency's answers to feedback.
 * Headings can show furigana.
 */
@Route(value = "t/:tenant/community", layout = MainLayout.class)
@TenantView(titleKey = "community.title", order = 20, icon = VaadinIcon.GROUP, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class CommunityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CommunityGroups groups;
    private final CommunityFeedback feedback;
    private String tenant;

    @Inject
    public CommunityView(CommunityGroups groups, CommunityFeedback feedback) {
        this.groups = groups;
        this.feedback = feedback;
        setId("community");
        setPadding(true);
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        render();
    }

    private String path(String rest) {
        return "t/" + tenant + "/community" + rest;
    }

    private void render() {
        removeAll();
        Home home;
        List<ResponseRow> responses;
        try {
            home = groups.home();
            responses = feedback.responses();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        Checkbox ruby = new Checkbox(getTranslation("community.furigana"), CommunityParts.furigana());
        ruby.setId("community-furigana");
        ruby.addValueChangeListener(e -> {
            CommunityParts.furigana(e.getValue());
            render();
        });
        Paragraph hello = new Paragraph(getTranslation("community.hello", home.me().shownName()));
        hello.setId("community-hello");
        FlexLayout links = new FlexLayout(link(getTranslation("community.link.settings"), path("/me"), "community-link-me"),
                link(getTranslation("community.link.feedback"), path("/feedback"), "community-link-feedback"),
                link(getTranslation("mentoring.link"), path("/mentoring"), "community-link-mentoring"),
                link(getTranslation("messages.link"), path("/messages"), "community-link-messages"));
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)");
        add(CommunityParts.h1(this, "community.title"), ruby, new Paragraph(getTranslation("community.intro")), hello, links);

        if (!home.myHelpers().isEmpty()) {
            add(CommunityParts.h2(this, "community.myHelpers"));
            Div helpers = new Div();
            helpers.setId("community-my-helpers");
            helpers.setWidthFull();
            for (var m : home.myHelpers()) {
                helpers.add(CommunityParts.card(new Span(getTranslation("helperKind." + m.kind().name()) + ": " + m.helperName()),
                        new Div(link(getTranslation("community.myHelpers.write"), path("/messages/" + m.helperMemberId()), null))));
            }
            add(helpers);
        }
        if (!home.announcements().isEmpty()) {
            add(CommunityParts.h2(this, "community.announcements"));
            Div news = new Div();
            news.setId("community-announcements");
            news.setWidthFull();
            for (var p : home.announcements()) {
                Span from = new Span(p.groupTitle() + " ・ " + CommunityParts.dateTime(p.createdAt(), getLocale()));
                from.getStyle().set("color", "var(--lumo-secondary-text-color)").set("display", "block");
                news.add(CommunityParts.card(from, CommunityParts.userHtml(p.body()),
                        link(getTranslation("community.openGroup"), path("/groups/" + p.groupId()), null)));
            }
            add(news);
        }

        add(CommunityParts.h2(this, "community.mySessions"));
        Div mine = new Div();
        mine.setId("community-my-sessions");
        mine.setWidthFull();
        if (home.mySessions().isEmpty()) {
            mine.add(new Paragraph(getTranslation("community.mySessions.none")));
        }
        home.mySessions().forEach(s -> mine.add(session(s)));
        add(mine);

        add(CommunityParts.h2(this, "community.upcoming"));
        Div upcoming = new Div();
        upcoming.setId("community-upcoming");
        upcoming.setWidthFull();
        if (home.upcoming().isEmpty()) {
            upcoming.add(new Paragraph(getTranslation("community.upcoming.none")));
        }
        home.upcoming().forEach(s -> upcoming.add(session(s)));
        add(upcoming);

        add(CommunityParts.h2(this, "community.groups"));
        Div open = new Div();
        open.setId("community-groups");
        open.setWidthFull();
        if (home.open().isEmpty()) {
            open.add(new Paragraph(getTranslation("community.groups.none")));
        }
        home.open().forEach(g -> open.add(group(g)));
        add(open);

        if (TenantContext.current().map(t -> t.hasAny(TenantRole.PEER_FACILITATOR)).orElse(false)) {
            add(CommunityParts.h2(this, "community.propose"), proposeForm());
            Div proposals = new Div();
            proposals.setId("community-my-proposals");
            proposals.setWidthFull();
            home.myProposals().forEach(g -> proposals.add(group(g)));
            add(proposals);
        }

        if (!responses.isEmpty()) {
            add(CommunityParts.h2(this, "community.responses"));
            Div answers = new Div();
            answers.setId("community-responses");
            answers.setWidthFull();
            for (ResponseRow r : responses) {
                Paragraph body = new Paragraph(r.body());
                body.getStyle().set("white-space", "pre-line");
                answers.add(CommunityParts.card(new Span(CommunityParts.dateTime(r.publishedAt(), getLocale())), body));
            }
            add(answers);
        }
    }

    private static Anchor link(String text, String href, String id) {
        Anchor a = new Anchor(href, text);
        if (id != null) {
            a.setId(id);
        }
        a.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");
        return a;
    }

    /** A session card: when, which group, where, seats; book or cancel with one tap. */
    private Component session(SessionRow s) {
        H3 title = new H3(s.groupTitle());
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span when = new Span(CommunityParts.dateTime(s.startsAt(), getLocale()) + " " + getTranslation("community.minutes", s.minutes()));
        when.getStyle().set("display", "block");
        Span where = new Span(s.place() != null ? getTranslation("community.place", s.place())
                : s.onlineUrl() != null ? getTranslation("community.online") : "");
        where.getStyle().set("display", "block");
        String seats = s.capacity() == null ? getTranslation("community.seats.open", s.booked())
                : getTranslation("community.seats", s.booked(), s.capacity());
        Span room = new Span(seats);
        room.getStyle().set("display", "block");
        Button act = CommunityParts.bookingButton(this, groups, s, this::render);
        Anchor open = link(getTranslation("community.openGroup"), path("/groups/" + s.groupId()), null);
        Div card = CommunityParts.card(title, when, where, room, act, open);
        card.getElement().setAttribute("data-session-id", s.id().toString());
        if (s.bookedByViewer()) {
            card.add(CommunityParts.badge(getTranslation("community.bookedBadge"), "success"));
        }
        return card;
    }

    private Component group(GroupRow g) {
        Anchor title = new Anchor(path("/groups/" + g.id()), g.title());
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Span kind = CommunityParts.badge(getTranslation("groupKind." + g.kind().name()), "contrast");
        Div card = CommunityParts.card(title, new Div(kind));
        if (g.status() != jp.tomoni.domain.community.GroupStatus.APPROVED) {
            card.add(new Div(CommunityParts.badge(getTranslation("groupStatus." + g.status().name()),
                    g.status() == jp.tomoni.domain.community.GroupStatus.REJECTED ? "error" : "")));
            if (g.decisionReason() != null) {
                card.add(new Paragraph(getTranslation("community.decisionReason", g.decisionReason())));
            }
        } else {
            card.add(new Span(getTranslation("community.memberCount", g.members())));
            if (g.nextSession() != null) {
                Span next = new Span(getTranslation("community.next", CommunityParts.dateTime(g.nextSession(), getLocale())));
                next.getStyle().set("display", "block");
                card.add(next);
            }
        }
        card.getElement().setAttribute("data-group-id", g.id().toString());
        return card;
    }

    /** A former recipient proposes a peer group or an exchange with people already working. */
    private Component proposeForm() {
        FieldErrors errors = new FieldErrors();
        Select<GroupKind> kind = new Select<>();
        kind.setLabel(getTranslation("community.form.kind"));
        kind.setItems(java.util.Arrays.stream(GroupKind.values()).filter(GroupKind::proposableByPeer).toList());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("groupKind." + k.name()));
        kind.setValue(GroupKind.PEER_SUPPORT);
        TextField title = new TextField(getTranslation("community.form.title"));
        title.setMaxLength(CommunityGroup.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("community.form.description"));
        description.setHelperText(getTranslation("community.form.description.help"));
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("6em");
        TextField place = new TextField(getTranslation("community.form.place"));
        TextField url = new TextField(getTranslation("community.form.url"));
        url.setHelperText(getTranslation("community.form.url.help"));
        IntegerField capacity = new IntegerField(getTranslation("community.form.capacity"));
        capacity.setMin(1);
        capacity.setMax(200);
        errors.field("kind", kind, "propose-kind");
        errors.field("title", title, "propose-title");
        errors.field("description", description, "propose-description");
        errors.field("place", place, "propose-place");
        errors.field("onlineUrl", url, "propose-url");
        errors.field("capacity", capacity, "propose-capacity");
        FormLayout form = new FormLayout(kind, title, description, place, url, capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(description, 2);
        Button send = new Button(getTranslation("community.form.propose"), e -> {
            if (CommunityParts.act(this, errors, "community.proposed", () -> groups.propose(new CommunityGroup.Draft(
                    kind.getValue(), title.getValue(), description.getValue(), place.getValue(), url.getValue(),
                    capacity.getValue())))) {
                render();
            }
        });
        send.setId("propose-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout out = new VerticalLayout(new Paragraph(getTranslation("community.propose.help")), form, send);
        out.setPadding(false);
        out.setId("community-propose");
        return out;
    }
}
