package jp.tomoni.ui.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.community.CommunityFeedback;
import jp.tomoni.application.community.CommunityFeedback.Results;
import jp.tomoni.application.community.CommunityGroups;
import jp.tomoni.application.community.CommunityMentoring;
import jp.tomoni.application.community.CommunityPosts;
import jp.tomoni.application.community.UserText;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.community.Capacity;
import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityRepository.FeedbackRow;
import jp.tomoni.domain.community.CommunityRepository.GroupRow;
import jp.tomoni.domain.community.CommunityRepository.PostRow;
import jp.tomoni.domain.community.CommunityRepository.ReportRow;
import jp.tomoni.domain.community.FeedbackAnonymity;
import jp.tomoni.domain.community.GroupKind;
import jp.tomoni.domain.community.MatchEvent;
import jp.tomoni.domain.community.MentorRules;
import jp.tomoni.domain.community.MentoringRepository.HelperRow;
import jp.tomoni.domain.community.MentoringRepository.MatchRow;
import jp.tomoni.domain.community.PostStatus;
import jp.tomoni.domain.community.ReportTarget;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * コミュニティの見守り, for staff (seed 003): pending reports with the crisis ones first, posts waiting
 * for approval or hidden by reports, group proposals, a form to create a group or programme of any
 * kind, and the anonymous feedback with the agency's published answers ("you said, we did"). Every
 * decision asks for a reason, which is recorded; colour only repeats what the words say.
 */
@Route(value = "t/:tenant/community/moderation", layout = MainLayout.class)
@TenantView(titleKey = "moderation.title", order = 28, icon = VaadinIcon.SHIELD, roles = {TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class ModerationView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final CommunityPosts posts;
    private final CommunityGroups groups;
    private final CommunityFeedback feedback;
    private final CommunityMentoring mentoring;

    private final Paragraph denied = new Paragraph();
    private final List<Component> sections = new ArrayList<>();
    private final Div urgentNote = new Div();
    private final Div reportList = new Div();
    private final Div postList = new Div();
    private final Div proposalList = new Div();
    private final Div feedbackList = new Div();
    private final Div mentorList = new Div();
    private final Div matchList = new Div();

    private final FieldErrors createErrors = new FieldErrors();
    private final Select<GroupKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField place = new TextField();
    private final TextField url = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final TextField facilitator = new TextField();
    private final Div created = new Div();

    private String tenant;
    private String account;

    @Inject
    public ModerationView(CommunityPosts posts, CommunityGroups groups, CommunityFeedback feedback,
                          CommunityMentoring mentoring) {
        this.posts = posts;
        this.groups = groups;
        this.feedback = feedback;
        this.mentoring = mentoring;
        setId("moderation");
        setWidthFull();
        setMaxWidth("64rem");

        denied.setId("moderation-denied");
        denied.setText(getTranslation("common.notAllowed"));
        denied.setVisible(false);

        urgentNote.setId("moderation-urgent");
        urgentNote.getElement().setAttribute("role", "alert");
        urgentNote.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
        for (Div list : List.of(reportList, postList, proposalList, feedbackList, mentorList, matchList)) {
            list.setWidthFull();
        }
        reportList.addClassName("moderation-list");
        postList.addClassName("moderation-list");
        proposalList.addClassName("moderation-list");
        feedbackList.addClassName("moderation-list");
        mentorList.addClassName("moderation-list");
        mentorList.setId("moderation-mentors");
        matchList.addClassName("moderation-list");
        matchList.setId("moderation-matches");

        add(CommunityParts.h1(this, "moderation.title"), new Paragraph(getTranslation("moderation.intro")), denied);
        section("moderation-reports", "moderation.reports", "moderation.reports.intro", urgentNote, reportList);
        section("moderation-posts", "moderation.posts", "moderation.posts.intro", postList);
        section("moderation-proposals", "moderation.proposals", "moderation.proposals.intro", proposalList);
        section("moderation-mentoring", "moderation.mentoring", "moderation.mentoring.intro",
                subheading("moderation.mentoring.mentors"), new Paragraph(getTranslation("moderation.mentoring.mentors.rule",
                        MentorRules.SUPERVISION_VALID_MONTHS)), mentorList,
                subheading("moderation.mentoring.matches"), new Paragraph(getTranslation("moderation.mentoring.matches.intro")),
                matchList);
        exchange.setId("moderation-exchange-months");
        exchange.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        section("moderation-exchange", "moderation.exchange", "moderation.exchange.intro", exchangeSummary, exchange);
        section("moderation-create", "moderation.create", "moderation.create.intro", createForm());
        section("moderation-feedback", "moderation.feedback", "moderation.feedback.intro", feedbackList);
    }

    /** The last twelve months of 就労者との交流会: 「11月 ✓」 in words and mark, the colour only repeating it. */
    private final com.vaadin.flow.component.html.Div exchange = new com.vaadin.flow.component.html.Div();
    private final Paragraph exchangeSummary = new Paragraph();

    private void showExchange(List<jp.tomoni.domain.employment.PartnershipRules.MonthCoverage> months) {
        exchange.removeAll();
        exchangeSummary.setText(getTranslation("moderation.exchange.summary",
                jp.tomoni.domain.employment.PartnershipRules.monthsCovered(months), months.size()));
        java.util.Locale locale = getLocale() != null && "en".equals(getLocale().getLanguage())
                ? java.util.Locale.ENGLISH : java.util.Locale.JAPANESE;
        for (var m : months) {
            String name = m.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, locale);
            var chip = CommunityParts.badge(getTranslation("moderation.exchange.month", name,
                    getTranslation(m.covered() ? "moderation.exchange.yes" : "moderation.exchange.no")), m.covered() ? "success" : "error");
            chip.getElement().setAttribute("data-month", m.month().toString());
            chip.getElement().setAttribute("data-covered", String.valueOf(m.covered()));
            exchange.add(chip);
        }
    }

    private void section(String id, String headingKey, String introKey, Component... content) {
        VerticalLayout s = new VerticalLayout();
        s.setId(id);
        s.setPadding(false);
        s.setWidthFull();
        s.add(CommunityParts.h2(this, headingKey), new Paragraph(getTranslation(introKey)));
        s.add(content);
        sections.add(s);
        add(s);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM)
                .orElseGet(() -> TenantContext.current().map(t -> t.tenantId()).orElse(null));
        account = TenantContext.current().map(t -> t.actor()).orElse("");
        facilitator.setHelperText(getTranslation("moderation.facilitator.help", account));
        load();
    }

    /** Reads every section again. */
    private void load() {
        CommunityPosts.Queue queue;
        List<GroupRow> proposals;
        List<Results> results;
        List<GroupRow> open;
        CommunityMentoring.StaffQueue mentoringQueue;
        List<jp.tomoni.domain.employment.PartnershipRules.MonthCoverage> exchangeMonths;
        try {
            queue = posts.queue();
            proposals = groups.proposals();
            results = feedback.results();
            open = groups.open();
            mentoringQueue = mentoring.staffQueue();
            exchangeMonths = groups.workingExchangeCoverage();
        } catch (AccessDeniedException e) {
            CommunityParts.error(getTranslation("common.notAllowed"));
            denied.setVisible(true);
            sections.forEach(s -> s.setVisible(false));
            return;
        }
        denied.setVisible(false);
        sections.forEach(s -> s.setVisible(true));
        showReports(queue.reports());
        showPosts(queue.posts());
        showProposals(proposals);
        showFeedback(results, open);
        showMentors(mentoringQueue.mentors());
        showMatches(mentoringQueue.matches());
        showExchange(exchangeMonths);
    }

    /**
     * Runs a decision; after it is done, or when someone else decided first (the item changed or is
     * gone), the sections are read again. A fault in the input leaves what was typed in place.
     */
    private void run(FieldErrors errors, String doneKey, Runnable action) {
        CommunityParts.actThenReload(this, errors, doneKey, action, this::load);
    }

    // ---- reports

    private void showReports(List<ReportRow> rows) {
        reportList.removeAll();
        List<ReportRow> sorted = new ArrayList<>(rows);
        // the crisis reports first (the repository orders them so too; kept here as the page's promise)
        sorted.sort(Comparator.comparing((ReportRow r) -> !r.reason().urgent()));
        long urgent = sorted.stream().filter(r -> r.reason().urgent()).count();
        urgentNote.setText(urgent == 0 ? "" : getTranslation("moderation.reports.urgentCount", urgent));
        urgentNote.setVisible(urgent > 0);
        if (sorted.isEmpty()) {
            reportList.add(new Paragraph(getTranslation("moderation.reports.none")));
        }
        sorted.forEach(r -> reportList.add(reportCard(r)));
    }

    private Component reportCard(ReportRow r) {
        FieldErrors errors = new FieldErrors();
        FlexLayout head = badges();
        if (r.reason().urgent()) {
            head.add(CommunityParts.badge(getTranslation("moderation.urgent"), "error primary"));
        }
        head.add(CommunityParts.badge(getTranslation("moderation.report.target." + r.target().name()), "contrast"));

        Div card = CommunityParts.card(head,
                line("moderation.report.reason", getTranslation("reportReason." + r.reason().name())),
                line("moderation.report.reporter", orDash(r.reporterName())),
                line("moderation.report.author", orDash(r.targetAuthorName())),
                line("moderation.report.when", CommunityParts.dateTime(r.createdAt(), getLocale())));
        if (r.note() != null && !r.note().isBlank()) {
            card.add(line("moderation.report.note", r.note()));
        }
        if (r.text() != null) {
            Span label = new Span(getTranslation("moderation.report.excerpt"));
            label.getStyle().set("display", "block").set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
            // the excerpt is plain words (markup removed on the server), shown as text
            Span excerpt = new Span(r.text());
            excerpt.getElement().getStyle()
                    .set("border-inline-start", "4px solid var(--lumo-contrast-30pct)").set("padding-inline-start", "var(--lumo-space-s)");
            card.add(label, excerpt);
        }

        TextField reason = new TextField(getTranslation("moderation.decision.reason"));
        errors.field("reason", reason, "report-reason-" + r.id());
        reason.addClassName("report-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CommunityGroup.REASON_MAX);
        reason.setHelperText(getTranslation("moderation.decision.reason.help"));
        reason.setWidthFull();

        boolean post = r.target() == ReportTarget.POST;
        Button uphold = new Button(getTranslation(post ? "moderation.report.uphold" : "moderation.report.upholdOther"));
        uphold.addClassName("report-uphold");
        uphold.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        uphold.addClickListener(e -> run(errors, "moderation.report.upheld",
                () -> posts.decide(r.id(), true, reason.getValue())));
        Button dismiss = new Button(getTranslation(post ? "moderation.report.dismiss" : "moderation.report.dismissOther"));
        dismiss.addClassName("report-dismiss");
        dismiss.addClickListener(e -> run(errors, "moderation.report.dismissed",
                () -> posts.decide(r.id(), false, reason.getValue())));

        card.add(reason, buttons(uphold, dismiss));
        card.getElement().setAttribute("data-report-id", r.id().toString());
        card.addClassName("moderation-report");
        if (r.reason().urgent()) {
            card.addClassName("urgent");
            card.getStyle().set("border", "2px solid var(--lumo-error-color)");
        }
        return card;
    }

    // ---- posts waiting or hidden

    private void showPosts(List<PostRow> rows) {
        postList.removeAll();
        if (rows.isEmpty()) {
            postList.add(new Paragraph(getTranslation("moderation.posts.none")));
        }
        rows.forEach(p -> postList.add(postCard(p)));
    }

    private Component postCard(PostRow p) {
        FieldErrors errors = new FieldErrors();
        FlexLayout head = badges();
        if (p.status() == PostStatus.HIDDEN) {
            head.add(CommunityParts.badge(getTranslation("moderation.post.status.HIDDEN"), "error"));
        } else if (p.status() == PostStatus.PENDING) {
            head.add(CommunityParts.badge(getTranslation("moderation.post.status.PENDING"), "contrast"));
        } else {
            head.add(CommunityParts.badge(getTranslation("moderation.post.status.other", p.status().name()), "contrast"));
        }
        if (p.announcement()) {
            head.add(CommunityParts.badge(getTranslation("moderation.post.announcement"), ""));
        }
        Div card = CommunityParts.card(head,
                line("moderation.post.group", orDash(p.groupTitle())),
                line("moderation.post.author", orDash(p.authorName())),
                line("moderation.post.when", CommunityParts.dateTime(p.createdAt(), getLocale())),
                CommunityParts.userHtml(p.body()));

        Button approve = new Button(getTranslation("moderation.post.approve"));
        approve.addClassName("post-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> run(errors, "moderation.post.approved", () -> posts.approve(p.id())));

        TextField reason = new TextField(getTranslation("moderation.post.removeReason"));
        errors.field("reason", reason, "post-remove-reason-" + p.id());
        reason.addClassName("post-remove-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CommunityGroup.REASON_MAX);
        reason.setHelperText(getTranslation("moderation.decision.reason.help"));
        reason.setWidthFull();
        Button remove = new Button(getTranslation("moderation.post.remove"));
        remove.addClassName("post-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> run(errors, "moderation.post.removed", () -> posts.remove(p.id(), reason.getValue())));

        card.add(buttons(approve), reason, buttons(remove));
        card.getElement().setAttribute("data-post-id", p.id().toString());
        card.addClassName("moderation-post");
        return card;
    }

    // ---- proposals

    private void showProposals(List<GroupRow> rows) {
        proposalList.removeAll();
        if (rows.isEmpty()) {
            proposalList.add(new Paragraph(getTranslation("moderation.proposals.none")));
        }
        rows.forEach(g -> proposalList.add(proposalCard(g)));
    }

    private Component proposalCard(GroupRow g) {
        FieldErrors errors = new FieldErrors();
        H3 heading = new H3(g.title());
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        FlexLayout head = badges();
        head.add(CommunityParts.badge(getTranslation("groupKind." + g.kind().name()), "contrast"));
        Anchor page = new Anchor(groupPath(g.id()), getTranslation("moderation.proposal.open"));
        page.addClassName("proposal-link");
        page.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");

        TextField staff = new TextField(getTranslation("moderation.proposal.facilitator"));
        staff.addClassName("proposal-facilitator");
        staff.setId("proposal-facilitator-" + g.id());
        staff.setHelperText(getTranslation("moderation.facilitator.help", account));
        staff.setWidthFull();
        Button approve = new Button(getTranslation("moderation.proposal.approve"));
        approve.addClassName("proposal-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the row carries no version: the group is read just before the decision
        approve.addClickListener(e -> run(errors, "moderation.proposal.approved",
                () -> groups.approve(g.id(), staff.getValue(), g.version())));

        TextField reason = new TextField(getTranslation("moderation.proposal.reason"));
        errors.field("reason", reason, "proposal-reason-" + g.id());
        reason.addClassName("proposal-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CommunityGroup.REASON_MAX);
        reason.setHelperText(getTranslation("moderation.proposal.reason.help"));
        reason.setWidthFull();
        Button reject = new Button(getTranslation("moderation.proposal.reject"));
        reject.addClassName("proposal-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> run(errors, "moderation.proposal.rejected",
                () -> groups.reject(g.id(), reason.getValue(), g.version())));

        Div card = CommunityParts.card(heading, head, page, staff, buttons(approve), reason, buttons(reject));
        card.getElement().setAttribute("data-group-id", g.id().toString());
        card.addClassName("moderation-proposal");
        return card;
    }

    private String groupPath(UUID id) {
        return "t/" + tenant + "/community/groups/" + id;
    }

    // ---- mentors and matches (seed 000 F-1)

    private H3 subheading(String key) {
        H3 h = new H3(getTranslation(key));
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-bottom", "0");
        return h;
    }

    private void showMentors(List<HelperRow> rows) {
        mentorList.removeAll();
        if (rows.isEmpty()) {
            mentorList.add(new Paragraph(getTranslation("moderation.mentoring.mentors.none")));
        }
        rows.forEach(h -> mentorList.add(mentorCard(h)));
    }

    /** An applied mentor: record training and the latest supervision, then approve (each step reads the page again). */
    private Component mentorCard(HelperRow h) {
        FieldErrors errors = new FieldErrors();
        H3 heading = new H3(orDash(h.shownName()));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        FlexLayout head = badges();
        head.add(CommunityParts.badge(getTranslation("helperStatus." + h.status().name()), "contrast"));
        Div card = CommunityParts.card(heading, head, line("moderation.mentoring.topics", orDash(h.topics())));
        if (h.area() != null) {
            card.add(line("moderation.mentoring.area", h.area()));
        }
        card.add(line("moderation.mentoring.experience", orDash(h.experience())));
        if (h.about() != null) {
            Div about = line("moderation.mentoring.about", h.about());
            about.getStyle().set("white-space", "pre-line");
            card.add(about);
        }

        DatePicker training = jp.tomoni.ui.form.Pickers.date(getTranslation("moderation.mentoring.training"));
        training.setLocale(Locale.JAPAN);
        training.setValue(h.trainingCompletedOn());
        errors.field("trainingCompletedOn", training, "mentor-training-" + h.id());
        training.addClassName("mentor-training");
        DatePicker supervision = jp.tomoni.ui.form.Pickers.date(getTranslation("moderation.mentoring.supervision"));
        supervision.setLocale(Locale.JAPAN);
        supervision.setValue(h.lastSupervisionOn());
        supervision.setHelperText(getTranslation("moderation.mentoring.supervision.help", MentorRules.SUPERVISION_VALID_MONTHS));
        errors.field("lastSupervisionOn", supervision, "mentor-supervision-" + h.id());
        supervision.addClassName("mentor-supervision");
        FormLayout form = new FormLayout(training, supervision);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setWidthFull();

        Button save = new Button(getTranslation("moderation.mentoring.trainingSave"));
        save.addClassName("mentor-training-save");
        save.setMinHeight("44px");
        save.addClickListener(e -> run(errors, "moderation.mentoring.trainingSaved",
                () -> mentoring.recordTraining(h.id(), training.getValue(), supervision.getValue(), h.version())));
        Button approve = new Button(getTranslation("moderation.mentoring.approve"));
        approve.addClassName("mentor-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setMinHeight("44px");
        approve.addClickListener(e -> run(errors, "moderation.mentoring.approved",
                () -> mentoring.approveMentor(h.id(), h.version())));
        Paragraph order = new Paragraph(getTranslation("moderation.mentoring.approve.help"));
        order.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        card.add(form, buttons(save, approve), order);
        card.getElement().setAttribute("data-helper-id", h.id().toString());
        card.addClassName("moderation-mentor");
        return card;
    }

    private void showMatches(List<MatchRow> rows) {
        matchList.removeAll();
        if (rows.isEmpty()) {
            matchList.add(new Paragraph(getTranslation("moderation.mentoring.matches.none")));
        }
        rows.forEach(m -> matchList.add(matchCard(m)));
    }

    /** A match the mentor or tutor accepted: staff approve it, or reject it with a reason. */
    private Component matchCard(MatchRow m) {
        FieldErrors errors = new FieldErrors();
        FlexLayout head = badges();
        head.add(CommunityParts.badge(getTranslation("helperKind." + m.kind().name()), "contrast"));
        head.add(CommunityParts.badge(getTranslation("matchStatus." + m.status().name()), ""));
        Div request = line("moderation.mentoring.request", orDash(m.request()));
        request.getStyle().set("white-space", "pre-line");
        Div card = CommunityParts.card(head,
                line("moderation.mentoring.helper." + m.kind().name(), orDash(m.helperName())),
                line("moderation.mentoring.seeker." + m.kind().name(), orDash(m.seekerName())),
                request,
                line("moderation.mentoring.asked", CommunityParts.dateTime(m.createdAt(), getLocale())));

        Button approve = new Button(getTranslation("moderation.mentoring.match.approve"));
        approve.addClassName("match-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setMinHeight("44px");
        approve.addClickListener(e -> run(errors, "moderation.mentoring.match.approved",
                () -> mentoring.step(m.id(), MatchEvent.APPROVE, null, m.version())));

        TextField reason = new TextField(getTranslation("moderation.mentoring.match.reason"));
        errors.field("reason", reason, "match-reject-reason-" + m.id());
        reason.addClassName("match-reject-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CommunityGroup.REASON_MAX);
        reason.setHelperText(getTranslation("moderation.mentoring.match.reason.help"));
        reason.setWidthFull();
        Button reject = new Button(getTranslation("moderation.mentoring.match.reject"));
        reject.addClassName("match-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setMinHeight("44px");
        reject.addClickListener(e -> run(errors, "moderation.mentoring.match.rejected",
                () -> mentoring.step(m.id(), MatchEvent.REJECT, reason.getValue(), m.version())));

        card.add(buttons(approve), reason, buttons(reject));
        card.getElement().setAttribute("data-match-id", m.id().toString());
        card.addClassName("moderation-match");
        return card;
    }

    // ---- a new group or programme

    private Component createForm() {
        kind.setLabel(getTranslation("moderation.create.kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("groupKind." + k.name()));
        kind.setEmptySelectionAllowed(false);
        kind.setPlaceholder(getTranslation("moderation.create.kind.placeholder"));
        kind.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("moderation.create.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(CommunityGroup.TITLE_MAX);
        description.setLabel(getTranslation("moderation.create.description"));
        description.setHelperText(getTranslation("moderation.create.description.help"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(CommunityGroup.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        place.setLabel(getTranslation("moderation.create.place"));
        place.setHelperText(getTranslation("moderation.create.place.help"));
        place.setMaxLength(CommunityGroup.PLACE_MAX);
        url.setLabel(getTranslation("moderation.create.url"));
        url.setHelperText(getTranslation("moderation.create.url.help"));
        url.setPlaceholder("https://");
        url.setMaxLength(CommunityGroup.URL_MAX);
        capacity.setLabel(getTranslation("moderation.create.capacity"));
        capacity.setHelperText(getTranslation("moderation.create.capacity.help", Capacity.MIN, Capacity.MAX));
        capacity.setMin(Capacity.MIN);
        capacity.setMax(Capacity.MAX);
        capacity.setStepButtonsVisible(true);
        facilitator.setLabel(getTranslation("moderation.create.facilitator"));
        facilitator.setId("group-facilitator");

        createErrors.field("kind", kind, "group-kind");
        createErrors.field("title", title, "group-title");
        createErrors.field("description", description, "group-description");
        createErrors.field("place", place, "group-place");
        createErrors.field("onlineUrl", url, "group-url");
        createErrors.field("capacity", capacity, "group-capacity");
        for (Component c : List.of(kind, title, description, place, url, capacity, facilitator)) {
            ((com.vaadin.flow.component.HasSize) c).setWidthFull();
        }

        FormLayout form = new FormLayout(kind, title, description, place, url, capacity, facilitator);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setWidthFull();

        Button save = new Button(getTranslation("moderation.create.save"), e -> create());
        save.setId("group-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        created.setId("group-created");
        created.getElement().setAttribute("role", "status");

        VerticalLayout out = new VerticalLayout(form, save, created);
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }

    private void create() {
        CommunityGroup.Draft d = new CommunityGroup.Draft(kind.getValue(), title.getValue(), description.getValue(),
                place.getValue(), url.getValue(), capacity.getValue());
        String staff = facilitator.getValue();
        CommunityGroup[] made = new CommunityGroup[1];
        if (CommunityParts.act(this, createErrors, "moderation.create.done", () -> made[0] = groups.create(d, staff))) {
            kind.clear();
            title.clear();
            description.clear();
            place.clear();
            url.clear();
            capacity.clear();
            facilitator.clear();
            createErrors.clear();
            created.removeAll();
            Anchor link = new Anchor(groupPath(made[0].id()), getTranslation("moderation.create.openNew", made[0].title()));
            link.setId("group-created-link");
            created.add(link);
            load();
        }
    }

    // ---- anonymous feedback

    private void showFeedback(List<Results> results, List<GroupRow> open) {
        feedbackList.removeAll();
        Map<UUID, String> titles = new LinkedHashMap<>();
        open.forEach(g -> titles.put(g.id(), g.title()));
        if (results.isEmpty()) {
            feedbackList.add(new Paragraph(getTranslation("moderation.feedback.none")));
        }
        int index = 0;
        for (Results r : results) {
            feedbackList.add(feedbackCard(r, FeedbackView.topicLabel(this, r.topic(), titles), index++));
        }
    }

    private Component feedbackCard(Results r, String topicLabel, int index) {
        FieldErrors errors = new FieldErrors();
        H3 heading = new H3(topicLabel);
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Div card = CommunityParts.card(heading, line("moderation.feedback.count", r.responses()));
        if (r.shown()) {
            card.add(r.averageRating() == null ? line("moderation.feedback.noRatings")
                    : line("moderation.feedback.average", String.format(Locale.ROOT, "%.1f", r.averageRating()),
                            FeedbackAnonymity.RATING_MAX));
            UnorderedList answers = new UnorderedList();
            answers.addClassName("feedback-answers");
            for (FeedbackRow a : r.answers()) {
                ListItem item = new ListItem();
                Span rating = new Span(a.rating() == null ? getTranslation("moderation.feedback.answer.noRating")
                        : getTranslation("moderation.feedback.answer.rating", a.rating(), FeedbackAnonymity.RATING_MAX));
                rating.getStyle().set("font-weight", "600").set("display", "block");
                item.add(rating);
                if (a.comment() != null && !a.comment().isBlank()) {
                    Span comment = new Span();
                    comment.setText(a.comment());
                    comment.getStyle().set("white-space", "pre-line").set("display", "block");
                    item.add(comment);
                }
                item.getStyle().set("margin-block", "var(--lumo-space-s)");
                answers.add(item);
            }
            card.add(answers);
        } else {
            Paragraph hidden = new Paragraph(getTranslation("moderation.feedback.hidden", FeedbackAnonymity.MIN_RESPONSES));
            hidden.addClassName("feedback-hidden");
            card.add(hidden);
        }

        TextArea body = new TextArea(getTranslation("moderation.feedback.respond.body"));
        errors.field("body", body, "feedback-response-" + index);
        body.addClassName("feedback-response-body");
        body.setHelperText(getTranslation("moderation.feedback.respond.help"));
        body.setRequiredIndicatorVisible(true);
        body.setMaxLength(2000);
        body.setMinHeight("6em");
        body.setWidthFull();
        Button publish = new Button(getTranslation("moderation.feedback.respond.save"));
        publish.addClassName("feedback-respond");
        publish.addClickListener(e -> run(errors, "moderation.feedback.respond.done",
                () -> feedback.respond(r.topic(), body.getValue())));
        card.add(body, buttons(publish));
        card.getElement().setAttribute("data-topic", r.topic());
        card.addClassName("moderation-feedback-topic");
        return card;
    }

    // ---- small parts

    private Div line(String key, Object... params) {
        Div d = new Div();
        d.setText(getTranslation(key, params));
        return d;
    }

    private String orDash(String s) {
        return s == null || s.isBlank() ? getTranslation("moderation.unknown") : s;
    }

    private static FlexLayout badges() {
        FlexLayout f = new FlexLayout();
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.getStyle().set("gap", "var(--lumo-space-xs)").set("margin-bottom", "var(--lumo-space-xs)");
        return f;
    }

    private static FlexLayout buttons(Button... buttons) {
        FlexLayout f = new FlexLayout(buttons);
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.getStyle().set("gap", "var(--lumo-space-s)").set("margin-block", "var(--lumo-space-s)");
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("moderation.title"));
    }
}
