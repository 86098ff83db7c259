package jp.tomoni.ui.community;

import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.community.CommunityMessages;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.community.MentoringRepository.ConversationRow;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * メッセージ: the person's 1:1 conversations, the latest first, each with who (by the name they chose,
 * marked when staff) and how many are unread. Messages pass only between the two of a mentoring or
 * tutoring match and between a member and staff; contact details are never exchanged.
 */
@Route(value = "t/:tenant/community/messages", layout = MainLayout.class)
@TenantView(titleKey = "messages.title", order = 23, icon = VaadinIcon.ENVELOPE_O, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class MessagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CommunityMessages messages;
    private String tenant;

    @Inject
    public MessagesView(CommunityMessages messages) {
        this.messages = messages;
        setId("messages");
        setPadding(true);
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
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
        add(link(getTranslation("community.back"), path(""), "messages-back"), CommunityParts.h1(this, "messages.title"));
        List<ConversationRow> rows;
        try {
            rows = messages.conversations();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        } catch (NotFoundException e) {
            add(new Paragraph(getTranslation("community.gone")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("messages.intro"));
        intro.setId("messages-intro");
        add(intro, link(getTranslation("messages.findHelper"), path("/mentoring"), "messages-mentoring"));
        Div list = new Div();
        list.setId("conversations");
        list.setWidthFull();
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("messages.none"));
            none.setId("conversations-none");
            list.add(none);
        }
        rows.forEach(r -> list.add(conversation(r)));
        add(list);
    }

    private Component conversation(ConversationRow r) {
        String name = r.otherName() == null ? getTranslation("moderation.unknown") : r.otherName();
        Anchor open = new Anchor(path("/messages/" + r.otherId()), name);
        open.addClassName("conversation-link");
        open.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600").set("min-height", "44px")
                .set("display", "inline-flex").set("align-items", "center");
        FlexLayout badges = new FlexLayout();
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        if (r.otherStaff()) {
            Span staff = CommunityParts.badge(getTranslation("messages.staffBadge"), "contrast");
            staff.addClassName("conversation-staff");
            badges.add(staff);
        }
        if (r.unread() > 0) {
            Span unread = CommunityParts.badge(getTranslation("messages.unread", r.unread()), "primary");
            unread.addClassName("conversation-unread");
            badges.add(unread);
        }
        Span last = new Span(getTranslation("messages.last", CommunityParts.dateTime(r.lastAt(), getLocale())));
        last.addClassName("conversation-last");
        last.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        Div card = CommunityParts.card(open, badges, last);
        card.addClassName("conversation");
        card.getElement().setAttribute("data-member-id", r.otherId().toString());
        card.getElement().setAttribute("data-unread", Integer.toString(r.unread()));
        if (r.unread() > 0) {
            card.getStyle().set("border", "2px solid var(--lumo-primary-color)");
        }
        return card;
    }

    private static Anchor link(String text, String href, String id) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        a.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");
        return a;
    }
}
