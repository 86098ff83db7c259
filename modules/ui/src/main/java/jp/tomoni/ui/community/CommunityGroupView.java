package jp.tomoni.ui.community;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.community.CommunityGroups;
import jp.tomoni.application.community.CommunityGroups.GroupPage;
import jp.tomoni.application.community.CommunityPeerFeedback;
import jp.tomoni.application.community.CommunityPeerFeedback.GroupFeedback;
import jp.tomoni.application.community.CommunityPeerFeedback.Peer;
import jp.tomoni.application.community.CommunityPosts;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityPost;
import jp.tomoni.domain.community.CommunityRepository.BookingRow;
import jp.tomoni.domain.community.CommunityRepository.MemberRow;
import jp.tomoni.domain.community.CommunityRepository.PostRow;
import jp.tomoni.domain.community.CommunityRepository.SessionRow;
import jp.tomoni.domain.community.GroupStatus;
import jp.tomoni.domain.community.PeerFeedback;
import jp.tomoni.domain.community.PeerFeedbackRepository.ReceivedRow;
import jp.tomoni.domain.community.PeerFeedbackRepository.StartedSession;
import jp.tomoni.domain.community.PostStatus;
import jp.tomoni.domain.community.Recurrence;
import jp.tomoni.domain.community.ReportTarget;
import jp.tomoni.domain.community.SessionPlan;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * One group's page, phone first: what it is, when it meets (book a seat with one tap), who is in it
 * by the names they chose, and its posts. Every post and member can be reported or silently blocked;
 * a crisis report shows the lines to call at once. The group's runners schedule sessions, post
 * announcements and record attendance.
 */
@Route(value = "t/:tenant/community/groups/:group", layout = MainLayout.class)
@TenantView(titleKey = "community.group.title", order = 21, inMenu = false, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class CommunityGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CommunityGroups groups;
    private final CommunityPosts posts;
    private final CommunityPeerFeedback peerFeedback;
    /** Sessions of a mock interview that have started and that the viewer booked: they take peer feedback. */
    private java.util.Set<UUID> feedbackSessions = java.util.Set.of();
    private String tenant;
    private UUID groupId;
    private String title = "";

    @Inject
    public CommunityGroupView(CommunityGroups groups, CommunityPosts posts, CommunityPeerFeedback peerFeedback,
                              jp.tomoni.application.community.CommunityImages images) {
        this.images = images;
        this.groups = groups;
        this.posts = posts;
        this.peerFeedback = peerFeedback;
        setId("community-group");
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("community.group.title") : title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        try {
            groupId = UUID.fromString(event.getRouteParameters().get("group").orElseThrow());
        } catch (IllegalArgumentException e) {
            groupId = null;
        }
        render();
    }

    private void render() {
        removeAll();
        GroupPage page;
        GroupFeedback feedback;
        try {
            if (groupId == null) {
                throw new NotFoundException("community-group");
            }
            page = groups.page(groupId);
            // a mock interview: its past sessions the viewer booked take peer feedback (the page lists only recent ones)
            feedback = page.group().kind().peerFeedback() ? peerFeedback.forGroup(groupId) : null;
        } catch (NotFoundException e) {
            add(new H1(getTranslation("community.gone")));
            return;
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        CommunityGroup g = page.group();
        myId = page.me();
        feedbackSessions = feedback == null ? java.util.Set.of()
                : feedback.sessions().stream().map(StartedSession::id).collect(java.util.stream.Collectors.toSet());
        title = g.title();
        H1 heading = new H1(g.title());
        heading.setId("group-title");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Div badges = new Div(CommunityParts.badge(getTranslation("groupKind." + g.kind().name()), "contrast"));
        if (g.status() != GroupStatus.APPROVED) {
            Span status = CommunityParts.badge(getTranslation("groupStatus." + g.status().name()), "");
            status.setId("group-status");
            badges.add(status);
        }
        add(new Anchor("t/" + tenant + "/community", getTranslation("community.back")), heading, badges,
                CommunityParts.userHtml(g.description()));
        if (g.place() != null) {
            add(new Paragraph(getTranslation("community.place", g.place())));
        }
        if (g.onlineUrl() != null) {
            Anchor online = new Anchor(g.onlineUrl(), getTranslation("community.onlineLink"), AnchorTarget.BLANK);
            online.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            add(online);
        }
        if (g.decisionReason() != null) {
            add(new Paragraph(getTranslation("community.decisionReason", g.decisionReason())));
        }
        if (g.open()) {
            add(membership(page));
        }
        if (g.kind().hasSessions() && (g.open() || !page.sessions().isEmpty())) {
            add(new H2(getTranslation("community.sessions")));
            Div sessions = new Div();
            sessions.setId("group-sessions");
            sessions.setWidthFull();
            if (page.sessions().isEmpty()) {
                sessions.add(new Paragraph(getTranslation("community.sessions.none")));
            }
            page.sessions().forEach(s -> sessions.add(session(s, page)));
            add(sessions);
            if (g.open() && (page.runner() || page.staff())) {
                add(scheduleForm());
            }
        }
        if (feedback != null) {
            add(peerFeedbackSections(feedback, page));
        }
        add(new H2(getTranslation("community.members")));
        Div members = new Div();
        members.setId("group-members");
        members.setWidthFull();
        page.members().forEach(m -> members.add(member(m, page)));
        add(members);

        add(new H2(getTranslation("community.posts")));
        if (g.open() && (page.member() || page.runner() || page.staff())) {
            add(postForm(page));
        }
        Div list = new Div();
        list.setId("group-posts");
        list.setWidthFull();
        if (page.posts().isEmpty()) {
            list.add(new Paragraph(getTranslation(page.member() || page.runner() || page.staff() ? "community.posts.none"
                    : "community.posts.membersOnly")));
        }
        imagesOfPosts = posts.imagesOf(page.posts());
        page.posts().forEach(p -> list.add(post(p, page)));
        add(list);
        add(new Anchor("t/" + tenant + "/community/feedback", getTranslation("community.link.feedback")));
    }

    private Component membership(GroupPage page) {
        Button b;
        if (page.member()) {
            b = new Button(getTranslation("community.leave"), e -> {
                if (CommunityParts.act(this, null, "community.left", () -> groups.leave(groupId))) {
                    render();
                }
            });
            b.setId("group-leave");
        } else {
            b = new Button(getTranslation("community.join"), e -> {
                if (CommunityParts.act(this, null, "community.joined", () -> groups.join(groupId))) {
                    render();
                }
            });
            b.setId("group-join");
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        b.getStyle().set("min-height", "44px");
        return b;
    }

    private Component session(SessionRow s, GroupPage page) {
        Span when = new Span(CommunityParts.dateTime(s.startsAt(), getLocale()) + " " + getTranslation("community.minutes", s.minutes()));
        when.getStyle().set("display", "block").set("font-weight", "600");
        String seats = s.capacity() == null ? getTranslation("community.seats.open", s.booked())
                : getTranslation("community.seats", s.booked(), s.capacity());
        Div card = CommunityParts.card(when, new Span(seats));
        card.getElement().setAttribute("data-session-id", s.id().toString());
        if (s.cancelled()) {
            card.add(CommunityParts.badge(getTranslation("community.sessionCancelled"), "error"));
            return card;
        }
        if (s.bookedByViewer()) {
            card.add(CommunityParts.badge(getTranslation("community.bookedBadge"), "success"));
        }
        Button act = CommunityParts.bookingButton(this, groups, s, this::render);
        Div buttons = new Div(act);
        if (feedbackSessions.contains(s.id())) {
            buttons.add(feedbackButton(s.id(), s.startsAt()));
        }
        if (page.runner() || page.staff()) {
            Button attendance = new Button(getTranslation("community.attendance"), e -> attendance(s));
            attendance.addClassName("session-attendance");
            buttons.add(attendance);
            if (s.startsAt().isAfter(java.time.Instant.now())) {
                Button stop = new Button(getTranslation("community.session.cancel"), e -> {
                    if (CommunityParts.act(this, null, "community.session.cancelled", () -> groups.cancelSession(s.id()))) {
                        render();
                    }
                });
                stop.addClassName("session-call-off");
                stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                buttons.add(stop);
            }
        }
        card.add(buttons);
        return card;
    }

    /** Runners record who came: one checkbox per booking, saved as it is ticked. */
    private void attendance(SessionRow s) {
        List<BookingRow> bookings;
        try {
            bookings = groups.bookings(s.id());
        } catch (AccessDeniedException e) {
            CommunityParts.error(getTranslation("common.notAllowed"));
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("community.attendance.title", CommunityParts.dateTime(s.startsAt(), getLocale())));
        VerticalLayout list = new VerticalLayout();
        list.setId("attendance-list");
        if (bookings.isEmpty()) {
            list.add(new Paragraph(getTranslation("community.attendance.none")));
        }
        for (BookingRow b : bookings) {
            Checkbox came = new Checkbox(b.shownName(), Boolean.TRUE.equals(b.attended()));
            came.addClassName("attendance-member");
            came.addValueChangeListener(e -> CommunityParts.act(this, null, "community.attendance.saved",
                    () -> groups.attendance(s.id(), b.memberId(), e.getValue())));
            list.add(came);
        }
        d.add(list);
        Button close = new Button(getTranslation("community.close"), e -> d.close());
        close.setId("attendance-close");
        d.getFooter().add(close);
        d.open();
    }

    private Component scheduleForm() {
        FieldErrors errors = new FieldErrors();
        DateTimePicker first = jp.tomoni.ui.form.Pickers.dateTime(getTranslation("community.schedule.first"));
        first.setLocale(java.util.Locale.JAPAN);
        first.setStep(java.time.Duration.ofMinutes(15));
        IntegerField minutes = new IntegerField(getTranslation("community.schedule.minutes"));
        minutes.setValue(90);
        Select<Recurrence> recurrence = new Select<>();
        recurrence.setLabel(getTranslation("community.schedule.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> r == null ? "" : getTranslation("recurrence." + r.name()));
        recurrence.setValue(Recurrence.MONTHLY);
        IntegerField count = new IntegerField(getTranslation("community.schedule.count"));
        count.setValue(3);
        errors.field("firstStart", first, "schedule-first");
        errors.field("minutes", minutes, "schedule-minutes");
        errors.field("recurrence", recurrence, "schedule-recurrence");
        errors.field("count", count, "schedule-count");
        FormLayout form = new FormLayout(first, minutes, recurrence, count);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("community.schedule.save"), e -> {
            LocalDateTime start = first.getValue();
            if (CommunityParts.act(this, errors, "community.schedule.saved", () -> groups.schedule(groupId,
                    new SessionPlan(start, minutes.getValue(), recurrence.getValue(), count.getValue())))) {
                render();
            }
        });
        save.setId("schedule-save");
        VerticalLayout out = new VerticalLayout(new H3(getTranslation("community.schedule.title")), form, save);
        out.setPadding(false);
        out.setId("group-schedule");
        return out;
    }

    private Component member(MemberRow m, GroupPage page) {
        Span name = new Span(m.shownName());
        name.addClassName("member-name");
        Div row = new Div(name);
        if (m.facilitator()) {
            row.add(new Span(" "), CommunityParts.badge(getTranslation("community.facilitator"), "contrast"));
        }
        row.getElement().setAttribute("data-member-id", m.memberId().toString());
        row.getStyle().set("padding-block", "var(--lumo-space-xs)");
        row.add(safetyButtons(ReportTarget.PROFILE, m.memberId(), m.memberId(), m.shownName()));
        if (page.staff() && !m.memberId().equals(myId)) {
            // staff may message any adult member; the conversation page says so when one cannot
            Anchor message = new Anchor("t/" + tenant + "/community/messages/" + m.memberId(),
                    getTranslation("messages.memberLink"));
            message.addClassName("member-message");
            message.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");
            row.add(message);
        }
        return row;
    }

    /** 通報 and ブロック for someone else's post or profile. */
    private Component safetyButtons(ReportTarget target, UUID targetId, UUID authorId, String authorName) {
        FlexLayout out = new FlexLayout();
        out.getStyle().set("gap", "var(--lumo-space-s)");
        out.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (authorId.equals(myId)) {
            return out;
        }
        Button report = new Button(getTranslation("community.report"),
                e -> new ReportDialog(posts, target, targetId, this::render).open());
        report.addClassName(target == ReportTarget.POST ? "post-report" : "member-report");
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button block = new Button(getTranslation("community.block"), e -> blockDialog(authorId, authorName));
        block.addClassName(target == ReportTarget.POST ? "post-block" : "member-block");
        block.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        out.add(report, block);
        return out;
    }

    private UUID myId;
    private final jp.tomoni.application.community.CommunityImages images;
    /** The pictures of the posts shown, by post. */
    private java.util.Map<UUID, java.util.List<UUID>> imagesOfPosts = java.util.Map.of();

    private Component postForm(GroupPage page) {
        FieldErrors errors = new FieldErrors();
        TextArea body = new TextArea(getTranslation("community.post.body"));
        body.setHelperText(getTranslation("community.post.help"));
        body.setWidthFull();
        body.setMinHeight("5em");
        body.setMaxLength(CommunityPost.BODY_MAX);
        errors.field("body", body, "post-body");
        Checkbox announcement = new Checkbox(getTranslation("community.post.announcement"));
        announcement.setId("post-announcement");
        announcement.setVisible(page.runner() || page.staff());
        // pictures: uploaded one by one (the server strips EXIF by re-encoding), attached when the post is sent
        java.util.List<UUID> pictures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Span attached = new Span();
        attached.setId("post-pictures");
        var tenantOfPage = jp.tomoni.application.tenant.TenantContext.require();
        var ui = com.vaadin.flow.component.UI.getCurrent();
        com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(
                com.vaadin.flow.server.streams.UploadHandler.inMemory((meta, bytes) -> {
                    String[] fault = new String[1];
                    try {
                        // upload requests carry no tenant of their own: this page's
                        pictures.add(jp.tomoni.application.tenant.TenantContext.call(tenantOfPage,
                                () -> images.upload(meta.contentType(), bytes)));
                    } catch (jp.tomoni.domain.shared.InvalidInputException x) {
                        fault[0] = jp.tomoni.application.i18n.Messages.of(ui.getLocale(), x.violations().get(0));
                    }
                    ui.access(() -> {
                        if (fault[0] != null) {
                            CommunityParts.error(fault[0]);
                        }
                        attached.setText(pictures.isEmpty() ? "" : getTranslation("community.post.pictures", pictures.size()));
                    });
                }));
        upload.setId("post-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(jp.tomoni.domain.community.ImageRules.PER_POST);
        upload.setMaxFileSize(jp.tomoni.domain.community.ImageRules.MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("community.post.addPicture")));
        upload.setDropAllowed(false);
        Button send = new Button(getTranslation("community.post.send"));
        send.setId("post-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            CommunityPost[] written = new CommunityPost[1];
            if (CommunityParts.act(this, errors, null, () -> written[0] = posts.write(groupId, body.getValue(),
                    announcement.getValue(), java.util.List.copyOf(pictures)))) {
                CommunityParts.ok(getTranslation(written[0].status() == PostStatus.PENDING ? "community.post.pending"
                        : "community.post.sent"));
                render();
            }
        });
        Paragraph pictureHelp = new Paragraph(getTranslation("community.post.pictureHelp"));
        pictureHelp.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        VerticalLayout out = new VerticalLayout(body, upload, attached, pictureHelp, announcement, send);
        out.setPadding(false);
        out.setId("post-form");
        return out;
    }

    private Component post(PostRow p, GroupPage page) {
        Span author = new Span(p.authorName());
        author.addClassName("post-author");
        author.getStyle().set("font-weight", "600");
        Span when = new Span(" " + CommunityParts.dateTime(p.createdAt(), getLocale()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div head = new Div(author, when);
        if (p.announcement()) {
            head.add(new Span(" "), CommunityParts.badge(getTranslation("community.post.announcementBadge"), "contrast"));
        }
        if (p.status() != PostStatus.VISIBLE) {
            head.add(new Span(" "), CommunityParts.badge(getTranslation("postStatus." + p.status().name()), ""));
        }
        Component body = CommunityParts.userHtml(p.body());
        Div pictures = new Div();
        pictures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        var tenantOfPage = jp.tomoni.application.tenant.TenantContext.require();
        for (UUID id : imagesOfPosts.getOrDefault(p.id(), java.util.List.of())) {
            // the picture is read when the browser asks for it, with this page's tenant and the reader's rights
            com.vaadin.flow.component.html.Image img = new com.vaadin.flow.component.html.Image(
                    (com.vaadin.flow.server.streams.DownloadHandler) event -> {
                        var image = jp.tomoni.application.tenant.TenantContext.call(tenantOfPage, () -> images.read(id));
                        event.setContentType(image.contentType());
                        event.getResponse().setHeader("Cache-Control", "private, max-age=300");
                        try (var out = event.getOutputStream()) {
                            out.write(image.bytes());
                        }
                    }, getTranslation("community.post.pictureAlt", p.authorName()));
            img.addClassName("post-picture");
            img.getStyle().set("max-width", "100%").set("max-height", "16rem").set("border-radius", "var(--lumo-border-radius-m)");
            pictures.add(img);
        }
        Div card = CommunityParts.card(head, body, pictures, safetyButtons(ReportTarget.POST, p.id(), p.authorId(), p.authorName()));
        card.addClassName("community-post");
        card.getElement().setAttribute("data-post-id", p.id().toString());
        card.getElement().setAttribute("data-status", p.status().name());
        return card;
    }

    // ---- peer feedback of a mock interview, strengths first

    /**
     * The viewer's earlier sessions that take feedback (those the session list no longer shows), and
     * the feedback they received in this group, never with the giver's name.
     */
    private Component peerFeedbackSections(GroupFeedback feedback, GroupPage page) {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        out.setId("peer-feedback");
        java.util.Set<UUID> listed = page.sessions().stream().map(SessionRow::id)
                .collect(java.util.stream.Collectors.toSet());
        List<StartedSession> earlier = feedback.sessions().stream().filter(s -> !listed.contains(s.id())).toList();
        if (!earlier.isEmpty()) {
            out.add(new H3(getTranslation("peerFeedback.past")));
            Div list = new Div();
            list.setId("feedback-sessions");
            list.setWidthFull();
            for (StartedSession s : earlier) {
                Span when = new Span(CommunityParts.dateTime(s.startsAt(), getLocale()) + " "
                        + getTranslation("community.minutes", s.minutes()));
                when.getStyle().set("display", "block").set("font-weight", "600");
                Div card = CommunityParts.card(when, new Div(feedbackButton(s.id(), s.startsAt())));
                card.addClassName("past-session");
                card.getElement().setAttribute("data-session-id", s.id().toString());
                list.add(card);
            }
            out.add(list);
        }
        Div mine = new Div();
        mine.setId("my-feedback");
        mine.setWidthFull();
        mine.add(new H2(getTranslation("peerFeedback.mine")), new Paragraph(getTranslation("peerFeedback.mine.help")));
        if (feedback.received().isEmpty()) {
            mine.add(new Paragraph(getTranslation("peerFeedback.mine.none")));
        }
        for (ReceivedRow r : feedback.received()) {
            mine.add(receivedCard(r));
        }
        out.add(mine);
        return out;
    }

    /** One feedback received: what went well first, then one thing to try. Plain text, set as text. */
    private Component receivedCard(ReceivedRow r) {
        Span session = new Span(getTranslation("peerFeedback.session", CommunityParts.dateTime(r.sessionStartsAt(), getLocale())));
        session.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div card = CommunityParts.card(session, feedbackLabel("peerFeedback.strengthsHeading"),
                feedbackText(r.strengths(), "feedback-strengths-text"));
        if (r.oneThingToTry() != null) {
            card.add(feedbackLabel("peerFeedback.tryHeading"), feedbackText(r.oneThingToTry(), "feedback-try-text"));
        }
        card.addClassName("received-feedback");
        card.getElement().setAttribute("data-session-id", r.sessionId().toString());
        return card;
    }

    private Component feedbackLabel(String key) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("display", "block").set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
        return label;
    }

    private static Component feedbackText(String text, String className) {
        Paragraph p = new Paragraph();
        p.setText(text);
        p.addClassName(className);
        p.getStyle().set("white-space", "pre-line").set("margin", "0");
        return p;
    }

    private Button feedbackButton(UUID sessionId, java.time.Instant startsAt) {
        Button b = new Button(getTranslation("peerFeedback.button"), e -> feedbackDialog(sessionId, startsAt));
        b.addClassName("session-feedback");
        b.getStyle().set("min-height", "44px");
        return b;
    }

    /** Writes to one peer at a time; after each, the next peer still to review is offered until none is left. */
    private void feedbackDialog(UUID sessionId, java.time.Instant startsAt) {
        java.util.concurrent.atomic.AtomicReference<List<Peer>> peers = new java.util.concurrent.atomic.AtomicReference<>();
        if (!CommunityParts.act(this, null, null, () -> peers.set(peerFeedback.peers(sessionId)))) {
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("peerFeedback.title", CommunityParts.dateTime(startsAt, getLocale())));
        d.setMaxWidth("36rem");
        Button close = new Button(getTranslation("community.close"), e -> d.close());
        close.setId("feedback-close");
        d.getFooter().add(close);
        if (peers.get().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("peerFeedback.noPeers"));
            none.setId("feedback-none");
            d.add(none);
            d.open();
            return;
        }
        FieldErrors errors = new FieldErrors();
        Select<Peer> peer = new Select<>();
        peer.setLabel(getTranslation("peerFeedback.peer"));
        peer.setItemLabelGenerator(p -> p == null ? "" : p.shownName());
        peer.setItems(peers.get());
        peer.setValue(peers.get().get(0));
        peer.setWidthFull();
        TextArea strengths = new TextArea(getTranslation("peerFeedback.strengths"));
        strengths.setRequiredIndicatorVisible(true);
        strengths.setMaxLength(PeerFeedback.MAX);
        strengths.setWidthFull();
        strengths.setMinHeight("6em");
        TextArea tryNext = new TextArea(getTranslation("peerFeedback.try"));
        tryNext.setMaxLength(PeerFeedback.MAX);
        tryNext.setWidthFull();
        errors.field("toMemberId", peer, "feedback-peer");
        errors.field("strengths", strengths, "feedback-strengths");
        errors.field("oneThingToTry", tryNext, "feedback-try");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("peerFeedback.intro")), peer, strengths, tryNext);
        form.setPadding(false);
        d.add(form);
        Button save = new Button(getTranslation("peerFeedback.save"), e -> {
            Peer to = peer.getValue();
            if (!CommunityParts.act(this, errors, "peerFeedback.saved", () -> peerFeedback.give(sessionId,
                    to == null ? null : to.memberId(), new PeerFeedback(strengths.getValue(), tryNext.getValue())))) {
                return;
            }
            List<Peer> left = List.of();
            try {
                left = peerFeedback.peers(sessionId);
            } catch (jp.tomoni.domain.shared.InvalidInputException | NotFoundException ex) {
                // the session no longer takes feedback from the viewer: nothing left to offer
            }
            if (left.isEmpty()) {
                d.close();
                return;
            }
            peer.setItems(left);
            peer.setValue(left.get(0));
            strengths.clear();
            tryNext.clear();
            errors.clear();
        });
        save.setId("feedback-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(save);
        d.open();
    }

    private void blockDialog(UUID memberId, String name) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("community.block.title", name));
        d.add(new Paragraph(getTranslation("community.block.help")));
        Button ok = new Button(getTranslation("community.block.confirm"), e -> {
            if (CommunityParts.act(this, null, "community.block.done", () -> posts.block(memberId))) {
                d.close();
                render();
            }
        });
        ok.setId("block-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("community.close"), e -> d.close());
        d.getFooter().add(cancel, ok);
        d.open();
    }
}
