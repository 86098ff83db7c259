package jp.tomoni.ui.community;

import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.community.CommunityMessages;
import jp.tomoni.application.community.CommunityMessages.Conversation;
import jp.tomoni.application.community.CommunityPosts;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.community.CommunityPost;
import jp.tomoni.domain.community.MentoringRepository.MessageRow;
import jp.tomoni.domain.community.ReportTarget;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * One conversation, phone first: the other person by the name they chose, the messages oldest first
 * (one's own on the right), a 通報 on each message one was sent, and a box to write while one may
 * (an active match, or a member and staff; never across a block or with a minor). Opening it marks
 * what one was sent as read.
 */
@Route(value = "t/:tenant/community/messages/:member", layout = MainLayout.class)
@TenantView(titleKey = "messages.conversation.title", order = 24, inMenu = false, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class ConversationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CommunityMessages messages;
    private final CommunityPosts posts;
    private String tenant;
    private UUID memberId;
    private String otherName;

    @Inject
    public ConversationView(CommunityMessages messages, CommunityPosts posts) {
        this.messages = messages;
        this.posts = posts;
        setId("conversation");
        setPadding(true);
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return otherName == null ? getTranslation("messages.conversation.title")
                : getTranslation("messages.conversation.with", otherName);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        try {
            memberId = UUID.fromString(event.getRouteParameters().get("member").orElseThrow());
        } catch (IllegalArgumentException e) {
            memberId = null;
        }
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("t/" + tenant + "/community/messages", getTranslation("messages.back"));
        back.setId("conversation-back");
        back.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");
        add(back);
        Conversation c;
        try {
            if (memberId == null) {
                throw new NotFoundException("community-member");
            }
            c = messages.with(memberId);
        } catch (NotFoundException e) {
            H1 gone = new H1(getTranslation("community.gone"));
            gone.setId("conversation-gone");
            add(gone);
            return;
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        otherName = c.otherName();
        H1 heading = new H1(c.otherName() == null ? getTranslation("moderation.unknown") : c.otherName());
        heading.setId("conversation-with");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("line-height", "1.6");
        Paragraph help = new Paragraph(getTranslation("messages.conversation.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(heading, help);

        Div list = new Div();
        list.setId("conversation-messages");
        list.setWidthFull();
        list.getElement().setAttribute("role", "log");
        if (c.messages().isEmpty()) {
            list.add(new Paragraph(getTranslation("messages.conversation.none")));
        }
        Component last = null;
        for (MessageRow m : c.messages()) {
            last = message(m, c);
            list.add(last);
        }
        add(list);
        if (last != null) {
            // on a phone the newest message is at the bottom: show it, next to the box to answer
            last.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }

        if (c.mayWrite()) {
            add(writeForm());
        } else {
            Paragraph closed = new Paragraph(getTranslation("messages.conversation.closed"));
            closed.setId("message-closed");
            closed.getStyle().set("font-weight", "600");
            add(closed);
        }
    }

    private Component message(MessageRow m, Conversation c) {
        boolean mine = !m.senderId().equals(c.otherId());
        Span who = new Span(mine ? getTranslation("messages.me")
                : m.senderName() == null ? getTranslation("moderation.unknown") : m.senderName());
        who.addClassName("message-sender");
        who.getStyle().set("font-weight", "600");
        Span when = new Span(" " + CommunityParts.dateTime(m.createdAt(), getLocale()));
        when.addClassName("message-time");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div head = new Div(who, when);
        Div bubble = CommunityParts.card(head);
        if (!"VISIBLE".equals(m.status())) {
            // only the sender still sees a message staff removed
            bubble.add(new Div(CommunityParts.badge(getTranslation("messages.removed"), "error")));
        }
        bubble.add(CommunityParts.userHtml(m.body()));
        if (mine && m.readAt() != null) {
            Span read = new Span(getTranslation("messages.read"));
            read.addClassName("message-read");
            read.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            bubble.add(read);
        }
        if (!mine) {
            Button report = new Button(getTranslation("community.report"),
                    e -> new ReportDialog(posts, ReportTarget.MESSAGE, m.id(), this::render).open());
            report.addClassName("message-report");
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            report.setMinHeight("44px");
            bubble.add(new Div(report));
        }
        bubble.addClassName("message");
        bubble.addClassName(mine ? "mine" : "theirs");
        bubble.getElement().setAttribute("data-message-id", m.id().toString());
        bubble.getStyle().set("width", "fit-content").set("min-width", "40%").set("max-width", "85%");
        if (mine) {
            bubble.getStyle().set("margin-inline-start", "auto").set("background", "var(--lumo-primary-color-10pct)");
        } else {
            bubble.getStyle().set("margin-inline-end", "auto").set("background", "var(--lumo-contrast-5pct)");
        }
        return bubble;
    }

    private Component writeForm() {
        FieldErrors errors = new FieldErrors();
        TextArea body = new TextArea(getTranslation("messages.body"));
        errors.field("body", body, "message-body");
        body.setHelperText(getTranslation("messages.body.help"));
        body.setRequiredIndicatorVisible(true);
        body.setMaxLength(CommunityPost.BODY_MAX);
        body.setMinHeight("5em");
        body.setWidthFull();
        Button send = new Button(getTranslation("messages.send"));
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setMinHeight("44px");
        send.addClickListener(e -> {
            if (CommunityParts.act(this, errors, "messages.sent", () -> messages.send(memberId, body.getValue()))) {
                render();
            }
        });
        VerticalLayout out = new VerticalLayout(body, send);
        out.setPadding(false);
        out.setWidthFull();
        out.setId("message-form");
        return out;
    }
}
