package jp.tomoni.ui.community;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
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
import jp.tomoni.application.community.CommunitySharing;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.SharingCode;
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
 * While sharing is allowed, a member can show a one-time code to hand to their caseworker in person,
 * and undo the link to their case (of which nothing is shown here).
 */
@Route(value = "t/:tenant/community/me", layout = MainLayout.class)
@TenantView(titleKey = "community.settings.title", order = 29, inMenu = false, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class CommunitySettingsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final CommunityMembers members;
    private final CommunityPosts posts;
    private final CommunitySharing sharing;

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

    private final VerticalLayout sharingSection = new VerticalLayout();
    private final Paragraph sharingOff = new Paragraph();
    private final Button sharingCode = new Button();
    private final Div sharingCodeCard = new Div();
    private final Span sharingCodeValue = new Span();
    private final Paragraph sharingCodeExpiry = new Paragraph();
    private final Paragraph sharingLinked = new Paragraph();
    private final Button sharingUnlink = new Button();

    /** The member's version as read; null until the page has read it. */
    private Long version;
    /** Whether the caller has a caseworker to share with (members do, staff do not). */
    private boolean sharingMember;

    @Inject
    public CommunitySettingsView(CommunityMembers members, CommunityPosts posts, CommunitySharing sharing) {
        this.members = members;
        this.posts = posts;
        this.sharing = sharing;
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

        buildSharing();

        add(CommunityParts.h1(this, "community.settings.title"), denied, settings, sharingSection, blockedSection);
    }

    /** #me-sharing: the code to hand to the caseworker, shown big and spaced, and undoing the link. */
    private void buildSharing() {
        sharingOff.setId("me-sharing-off");
        sharingOff.setText(getTranslation("sharing.off"));
        sharingCode.setId("me-sharing-code");
        sharingCode.setText(getTranslation("sharing.code"));
        sharingCode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sharingCode.setMinHeight("44px");
        sharingCode.addClickListener(e -> makeCode());
        sharingCodeValue.setId("me-sharing-code-value");
        sharingCodeValue.getStyle().set("display", "block").set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "2.5rem").set("font-weight", "700").set("letter-spacing", "0.3em").set("line-height", "1.4")
                .set("text-align", "center").set("white-space", "nowrap");
        sharingCodeExpiry.setId("me-sharing-code-expiry");
        sharingCodeExpiry.getStyle().set("text-align", "center").set("margin-bottom", "0");
        sharingCodeCard.setId("me-sharing-code-card");
        sharingCodeCard.add(new Paragraph(getTranslation("sharing.code.show")), sharingCodeValue, sharingCodeExpiry);
        sharingCodeCard.getStyle().set("border", "2px solid var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("width", "100%");
        sharingCodeCard.setVisible(false);
        sharingLinked.setId("me-sharing-linked");
        sharingUnlink.setId("me-sharing-unlink");
        sharingUnlink.setText(getTranslation("sharing.unlink"));
        sharingUnlink.setMinHeight("44px");
        sharingUnlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sharingUnlink.addClickListener(e -> confirmUnlink());

        sharingSection.setId("me-sharing");
        sharingSection.setPadding(false);
        sharingSection.setWidthFull();
        sharingSection.add(CommunityParts.h2(this, "sharing.title"), new Paragraph(getTranslation("sharing.what")),
                new Paragraph(getTranslation("sharing.how")), new Paragraph(getTranslation("sharing.private")),
                sharingOff, sharingCode, sharingCodeCard, sharingLinked, sharingUnlink);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // whether the caseworker may see one's participation concerns members, not staff
        boolean staff = TenantContext.current().map(CommunityAccess::isStaff).orElse(false);
        share.setVisible(!staff);
        shareHelp.setVisible(!staff);
        sharingMember = !staff;
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
            sharingSection.setVisible(false);
            blockedSection.setVisible(false);
            version = null;
            return;
        }
        denied.setVisible(false);
        settings.setVisible(true);
        blockedSection.setVisible(true);
        show(me);
        showBlocked(blocked);
        loadSharing();
    }

    /** The sharing section as things are now; a code shown before is hidden (it may no longer work). */
    private void loadSharing() {
        sharingCodeCard.setVisible(false);
        sharingCodeValue.setText("");
        sharingCodeExpiry.setText("");
        if (!sharingMember) {
            sharingSection.setVisible(false);
            return;
        }
        CommunitySharing.Status s;
        try {
            s = sharing.status();
        } catch (AccessDeniedException e) {
            sharingSection.setVisible(false);
            return;
        }
        sharingSection.setVisible(true);
        sharingOff.setVisible(!s.shareWithCaseworker());
        sharingCode.setVisible(s.shareWithCaseworker());
        sharingCode.setText(getTranslation("sharing.code"));
        sharingLinked.setText(getTranslation(s.linked() ? "sharing.linked" : "sharing.notLinked"));
        sharingUnlink.setVisible(s.linked());
    }

    private void makeCode() {
        SharingCode[] made = {null};
        if (!CommunityParts.act(this, null, null, () -> made[0] = sharing.code())) {
            loadSharing();
            return;
        }
        java.util.Locale locale = getLocale();
        sharingCodeValue.setText(made[0].shown());
        sharingCodeValue.getElement().setAttribute("aria-label", String.join(" ", made[0].value().split("")));
        sharingCodeExpiry.setText(getTranslation("sharing.code.expires", CommunityParts.dateTime(made[0].expiresAt(), locale)));
        sharingCodeCard.setVisible(true);
        sharingCode.setText(getTranslation("sharing.code.again"));
    }

    /** Undoing the link needs another visit to link again: asked once more, in words. */
    private void confirmUnlink() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("sharing.unlink.title"));
        d.setWidth("min(32rem, 95vw)");
        d.add(new Paragraph(getTranslation("sharing.unlink.help")));
        Button ok = new Button(getTranslation("sharing.unlink"), e -> {
            d.close();
            if (CommunityParts.act(this, null, "sharing.unlinked", sharing::unlink)) {
                loadSharing();
            }
        });
        ok.setId("me-sharing-unlink-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.setMinHeight("44px");
        Button cancel = new Button(getTranslation("community.close"), e -> d.close());
        cancel.setMinHeight("44px");
        d.getFooter().add(cancel, ok);
        d.open();
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
