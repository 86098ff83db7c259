package jp.tomoni.ui.community;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.community.CommunityPosts;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.ShownName;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * わたしの設定 in the community, made for a phone: the name others see (a nickname; never contact
 * details), whether the person's caseworker may see their participation, which e-mails they get, and
 * the members they blocked, with a way to undo each block. A block is silent: the other is not told.
 */
@Route(value = "t/:tenant/community/me", layout = MainLayout.class)
@TenantView(titleKey = "community.settings.title", order = 29, inMenu = false, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class CommunitySettingsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final CommunityMembers members;
    private final CommunityPosts posts;

    private final Paragraph denied = new Paragraph();
    private final VerticalLayout settings = new VerticalLayout();
    private final VerticalLayout blockedSection = new VerticalLayout();
    private final Div blockedList = new Div();

    private final FieldErrors errors = new FieldErrors();
    private final TextField shownName = new TextField();
    private final Checkbox share = new Checkbox();
    private final Paragraph shareHelp = new Paragraph();
    private final Checkbox notifyApprovals = new Checkbox();
    private final Checkbox notifyMessages = new Checkbox();
    private final Checkbox notifyReminders = new Checkbox();
    private final Button save = new Button();

    /** The member's version as read; null until the page has read it. */
    private Long version;

    @Inject
    public CommunitySettingsView(CommunityMembers members, CommunityPosts posts) {
        this.members = members;
        this.posts = posts;
        setId("community-settings");
        setWidthFull();
        setMaxWidth("48rem");

        denied.setId("me-denied");
        denied.setText(getTranslation("common.notAllowed"));
        denied.setVisible(false);

        shownName.setLabel(getTranslation("community.settings.shownName"));
        shownName.setHelperText(getTranslation("community.settings.shownName.help"));
        shownName.setRequiredIndicatorVisible(true);
        shownName.setMaxLength(ShownName.MAX);
        shownName.setWidthFull();
        errors.field("shownName", shownName, "me-shown-name");
        FormLayout nameForm = new FormLayout(shownName);
        nameForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        nameForm.setColspan(shownName, 2);
        nameForm.setWidthFull();

        share.setId("me-share");
        share.setLabel(getTranslation("community.settings.share"));
        shareHelp.setText(getTranslation("community.settings.share.help"));
        shareHelp.setId("me-share-help");
        shareHelp.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");

        notifyApprovals.setId("me-notify-approvals");
        notifyApprovals.setLabel(getTranslation("community.settings.notify.approvals"));
        notifyMessages.setId("me-notify-messages");
        notifyMessages.setLabel(getTranslation("community.settings.notify.messages"));
        notifyReminders.setId("me-notify-reminders");
        notifyReminders.setLabel(getTranslation("community.settings.notify.reminders"));
        Span mailHeading = new Span(getTranslation("community.settings.notify"));
        mailHeading.setId("me-notify-heading");
        mailHeading.getStyle().set("font-weight", "600").set("display", "block").set("margin-top", "var(--lumo-space-m)");
        Paragraph mailHelp = new Paragraph(getTranslation("community.settings.notify.help"));
        mailHelp.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout mails = new VerticalLayout(mailHeading, mailHelp, notifyApprovals, notifyMessages, notifyReminders);
        mails.setPadding(false);
        mails.setSpacing(false);
        mails.setId("me-notify");
        mails.getElement().setAttribute("role", "group");
        mails.getElement().setAttribute("aria-labelledby", "me-notify-heading");

        save.setId("me-save");
        save.setText(getTranslation("community.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setMinHeight("44px");
        save.addClickListener(e -> save());

        settings.setId("me-settings");
        settings.setPadding(false);
        settings.setWidthFull();
        settings.add(new Paragraph(getTranslation("community.settings.intro")), nameForm, share, shareHelp, mails, save);

        blockedList.setId("me-blocked-list");
        blockedList.setWidthFull();
        blockedSection.setId("me-blocked");
        blockedSection.setPadding(false);
        blockedSection.setWidthFull();
        blockedSection.add(CommunityParts.h2(this, "community.settings.blocked"),
                new Paragraph(getTranslation("community.settings.blocked.what")),
                new Paragraph(getTranslation("community.settings.blocked.silent")),
                new Paragraph(getTranslation("community.settings.blocked.undo")), blockedList);

        add(CommunityParts.h1(this, "community.settings.title"), denied, settings, blockedSection);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // whether the caseworker may see one's participation concerns members, not staff
        boolean staff = TenantContext.current().map(CommunityAccess::isStaff).orElse(false);
        share.setVisible(!staff);
        shareHelp.setVisible(!staff);
        load();
    }

    private void load() {
        CommunityMember me;
        List<CommunityMember> blocked;
        try {
            me = members.me();
            blocked = posts.blocked();
        } catch (AccessDeniedException e) {
            CommunityParts.error(getTranslation("common.notAllowed"));
            denied.setVisible(true);
            settings.setVisible(false);
            blockedSection.setVisible(false);
            version = null;
            return;
        }
        denied.setVisible(false);
        settings.setVisible(true);
        blockedSection.setVisible(true);
        show(me);
        showBlocked(blocked);
    }

    private void show(CommunityMember me) {
        CommunityMember.Settings s = me.settings();
        version = me.version();
        errors.clear();
        shownName.setValue(s.shownName() == null ? "" : s.shownName());
        share.setValue(s.shareWithCaseworker());
        notifyApprovals.setValue(s.notifyApprovals());
        notifyMessages.setValue(s.notifyMessages());
        notifyReminders.setValue(s.notifyReminders());
    }

    private void save() {
        if (version == null) {
            return;
        }
        CommunityMember.Settings s = new CommunityMember.Settings(shownName.getValue(), share.getValue(),
                notifyApprovals.getValue(), notifyMessages.getValue(), notifyReminders.getValue());
        long read = version;
        boolean[] stale = {false};
        boolean done = CommunityParts.act(this, errors, "community.settings.saved", () -> {
            try {
                members.change(s, read);
            } catch (ConflictException | OptimisticLockException e) {
                stale[0] = true;
                throw e;
            }
        });
        // done: read again for the new version; changed elsewhere (another device): show what is stored
        // now, to be changed again over it
        if (done || stale[0]) {
            load();
        }
    }

    private void loadBlocked() {
        try {
            showBlocked(posts.blocked());
        } catch (AccessDeniedException e) {
            CommunityParts.error(getTranslation("common.notAllowed"));
        }
    }

    private void showBlocked(List<CommunityMember> blocked) {
        blockedList.removeAll();
        if (blocked.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.settings.blocked.none"));
            none.setId("me-blocked-none");
            blockedList.add(none);
            return;
        }
        blocked.forEach(m -> blockedList.add(blockedCard(m)));
    }

    private Component blockedCard(CommunityMember m) {
        Span name = new Span(m.shownName());
        name.getStyle().set("font-weight", "600").set("display", "block").set("margin-bottom", "var(--lumo-space-s)");
        Button unblock = new Button(getTranslation("community.settings.unblock"));
        unblock.addClassName("me-unblock");
        unblock.setMinHeight("44px");
        unblock.getElement().setAttribute("aria-label", getTranslation("community.settings.unblock.aria", m.shownName()));
        unblock.addClickListener(e -> {
            if (CommunityParts.act(this, null, "community.settings.unblocked", () -> posts.unblock(m.id()))) {
                loadBlocked();
            }
        });
        Div card = CommunityParts.card(name, unblock);
        card.addClassName("me-blocked-member");
        card.getElement().setAttribute("data-member-id", m.id().toString());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("community.settings.title"));
    }
}
