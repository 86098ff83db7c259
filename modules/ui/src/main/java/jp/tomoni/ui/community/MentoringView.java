package jp.tomoni.ui.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.community.CommunityMentoring;
import jp.tomoni.application.community.CommunityMentoring.Mine;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.community.CommunityHelper;
import jp.tomoni.domain.community.CommunityMatch;
import jp.tomoni.domain.community.HelperKind;
import jp.tomoni.domain.community.HelperStatus;
import jp.tomoni.domain.community.MatchEvent;
import jp.tomoni.domain.community.MatchStatus;
import jp.tomoni.domain.community.MentorRules;
import jp.tomoni.domain.community.MentoringRepository.HelperRow;
import jp.tomoni.domain.community.MentoringRepository.MatchRow;
import jp.tomoni.domain.community.MentoringRepository.SessionRow;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * メンター・チューター (seed 000 F-1), phone first and in plain Japanese: find a graduate mentor or a
 * peer tutor by interests, area and experience and ask them; follow one's own matches (the mentor or
 * tutor decides, then staff confirm; only then the two talk, through the portal's messages, never by
 * contact details) and record the sessions; and offer oneself as a tutor, or apply as a mentor.
 */
@Route(value = "t/:tenant/community/mentoring", layout = MainLayout.class)
@TenantView(titleKey = "mentoring.title", order = 22, icon = VaadinIcon.HANDSHAKE, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.CONSULTANT,
    TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class MentoringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CommunityMentoring mentoring;

    private final Paragraph problem = new Paragraph();
    private final List<Component> sections = new ArrayList<>();
    private final RadioButtonGroup<HelperKind> findKind = new RadioButtonGroup<>();
    private final TextField findWords = new TextField();
    private final Div findResults = new Div();
    private final Div mineList = new Div();
    private final Div offerList = new Div();
    private final Anchor back = new Anchor();

    private String tenant;
    private Mine mine;

    @Inject
    public MentoringView(CommunityMentoring mentoring) {
        this.mentoring = mentoring;
        setId("mentoring");
        setPadding(true);
        setWidthFull();
        setMaxWidth("48rem");

        problem.setId("mentoring-problem");
        problem.setVisible(false);
        back.setText(getTranslation("community.back"));
        back.setId("mentoring-back");
        add(back, CommunityParts.h1(this, "mentoring.title"), new Paragraph(getTranslation("mentoring.intro")), problem);

        section("mentoring-find", "mentoring.find", findForm(), findResults);
        section("mentoring-mine", "mentoring.mine", new Paragraph(getTranslation("mentoring.mine.intro")), mineList);
        section("mentoring-offer", "mentoring.offer", new Paragraph(getTranslation("mentoring.offer.intro")), offerList);
        for (Div d : List.of(findResults, mineList, offerList)) {
            d.setWidthFull();
        }
        findResults.setId("find-results");
        mineList.setId("mentoring-matches");
        offerList.setId("mentoring-offers");
    }

    private void section(String id, String headingKey, Component... content) {
        VerticalLayout s = new VerticalLayout();
        s.setId(id);
        s.setPadding(false);
        s.setWidthFull();
        s.add(CommunityParts.h2(this, headingKey));
        s.add(content);
        sections.add(s);
        add(s);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        back.setHref(path(""));
        load();
    }

    private String path(String rest) {
        return "t/" + tenant + "/community" + rest;
    }

    /** Reads the page again: one's matches and offers, and the helpers found with the words as they are. */
    private void load() {
        try {
            mine = mentoring.mine();
        } catch (AccessDeniedException e) {
            refuse("common.notAllowed");
            return;
        } catch (NotFoundException e) {
            refuse("community.gone");
            return;
        }
        problem.setVisible(false);
        sections.forEach(s -> s.setVisible(true));
        showMine();
        showOffers();
        search();
    }

    private void refuse(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
        sections.forEach(s -> s.setVisible(false));
    }

    /**
     * Runs a step; when it is done, or when someone else changed or removed the item first, the page is
     * read again (versions stay fresh). A fault in the input leaves what was typed in place.
     */
    private boolean run(FieldErrors errors, String doneKey, Runnable action) {
        return CommunityParts.actThenReload(this, errors, doneKey, action, this::load);
    }

    // ---- find a mentor or a tutor

    private Component findForm() {
        Paragraph how = new Paragraph(getTranslation("mentoring.find.intro"));
        how.setId("mentoring-how");
        Paragraph safe = new Paragraph(getTranslation("mentoring.find.safe"));
        safe.setId("mentoring-safe");
        safe.getStyle().set("border-inline-start", "4px solid var(--lumo-primary-color)")
                .set("padding-inline-start", "var(--lumo-space-s)");

        findKind.setId("find-kind");
        findKind.setLabel(getTranslation("mentoring.find.kind"));
        findKind.setItems(HelperKind.values());
        findKind.setItemLabelGenerator(k -> getTranslation("mentoring.find.kind." + k.name()));
        findKind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        findKind.setValue(HelperKind.MENTOR);
        findKind.setRequiredIndicatorVisible(true);
        findKind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                search();
            }
        });

        findWords.setId("find-words");
        findWords.setLabel(getTranslation("mentoring.find.words"));
        findWords.setHelperText(getTranslation("mentoring.find.words.help"));
        findWords.setClearButtonVisible(true);
        findWords.setWidthFull();
        findWords.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> search());

        Button search = new Button(getTranslation("mentoring.find.search"), VaadinIcon.SEARCH.create(), e -> search());
        search.setId("find-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setMinHeight("44px");

        FormLayout form = new FormLayout(findKind, findWords);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setWidthFull();
        VerticalLayout out = new VerticalLayout(how, safe, form, search);
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }

    private void search() {
        HelperKind kind = findKind.getValue() == null ? HelperKind.MENTOR : findKind.getValue();
        List<HelperRow> found = new ArrayList<>();
        findResults.removeAll();
        if (!CommunityParts.act(this, null, null, () -> found.addAll(mentoring.find(kind, findWords.getValue())))) {
            return;
        }
        Paragraph count = new Paragraph(found.isEmpty() ? getTranslation("mentoring.find.none")
                : getTranslation("mentoring.find.count", found.size()));
        count.setId("find-count");
        count.getElement().setAttribute("role", "status");
        findResults.add(count);
        found.forEach(h -> findResults.add(helperCard(h)));
    }

    private Component helperCard(HelperRow h) {
        FieldErrors errors = new FieldErrors();
        H3 name = heading(h.shownName());
        name.addClassName("helper-name");
        FlexLayout head = badges();
        head.add(CommunityParts.badge(getTranslation("helperKind." + h.kind().name()), "contrast"));
        Div card = CommunityParts.card(name, head, line("mentoring.helper.topics", h.topics()));
        if (h.area() != null) {
            card.add(line("mentoring.helper.area", h.area()));
        }
        if (h.experience() != null) {
            card.add(line("mentoring.helper.experience", h.experience()));
        }
        if (h.about() != null) {
            Div about = line("mentoring.helper.about", h.about());
            about.addClassName("helper-about");
            card.add(about);
        }
        Div helping = line("mentoring.helper.helping", h.openMatches());
        helping.addClassName("helper-helping");
        card.add(helping);

        TextArea request = new TextArea(getTranslation("mentoring.request"));
        errors.field("request", request, "helper-request-" + h.id());
        request.addClassName("helper-request");
        request.setHelperText(getTranslation("mentoring.request.help"));
        request.setRequiredIndicatorVisible(true);
        request.setMaxLength(CommunityMatch.REQUEST_MAX);
        request.setMinHeight("5em");
        request.setWidthFull();
        Button ask = new Button(getTranslation("mentoring.ask"));
        ask.addClassName("helper-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setMinHeight("44px");
        ask.addClickListener(e -> run(errors, "mentoring.ask.done", () -> mentoring.ask(h.id(), request.getValue())));
        card.add(request, buttons(ask));
        card.addClassName("helper-card");
        card.getElement().setAttribute("data-helper-id", h.id().toString());
        card.getElement().setAttribute("data-kind", h.kind().name());
        return card;
    }

    // ---- my matches

    private void showMine() {
        mineList.removeAll();
        if (mine.matches().isEmpty()) {
            mineList.add(new Paragraph(getTranslation("mentoring.mine.none")));
        }
        mine.matches().forEach(m -> mineList.add(matchCard(m)));
    }

    private Component matchCard(MatchRow m) {
        boolean helper = m.helperMemberId().equals(mine.me().id());
        String otherName = helper ? m.seekerName() : m.helperName();
        UUID otherId = helper ? m.seekerId() : m.helperMemberId();
        H3 who = heading(otherName == null ? getTranslation("moderation.unknown") : otherName);
        who.addClassName("match-with");
        FlexLayout head = badges();
        head.add(CommunityParts.badge(getTranslation("helperKind." + m.kind().name()), "contrast"));
        Span status = CommunityParts.badge(getTranslation("matchStatus." + m.status().name()), statusTheme(m.status()));
        status.addClassName("match-status");
        head.add(status);
        Div card = CommunityParts.card(who, head,
                line((helper ? "mentoring.match.role.helper." : "mentoring.match.role.seeker.") + m.kind().name()),
                line("mentoring.match.request", m.request()),
                line("mentoring.match.asked", CommunityParts.dateTime(m.createdAt(), getLocale())));
        if (m.reason() != null && !m.reason().isBlank()) {
            Div reason = line("mentoring.match.reason", m.reason());
            reason.addClassName("match-reason");
            card.add(reason);
        }
        String next = "mentoring.match.next." + m.status().name() + (helper ? ".helper" : ".seeker");
        Paragraph nextStep = new Paragraph(getTranslation(next));
        nextStep.addClassName("match-next");
        nextStep.getStyle().set("color", "var(--lumo-secondary-text-color)");
        card.add(nextStep);

        FlexLayout actions = buttons();
        if (helper && m.status() == MatchStatus.REQUESTED) {
            Button accept = new Button(getTranslation("mentoring.match.accept"));
            accept.addClassName("match-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setMinHeight("44px");
            accept.addClickListener(e -> run(null, "mentoring.match.accepted",
                    () -> mentoring.step(m.id(), MatchEvent.ACCEPT, null, m.version())));
            Button decline = new Button(getTranslation("mentoring.match.decline"));
            decline.addClassName("match-decline");
            decline.setMinHeight("44px");
            decline.addClickListener(e -> run(null, "mentoring.match.declined",
                    () -> mentoring.step(m.id(), MatchEvent.DECLINE, null, m.version())));
            actions.add(accept, decline);
        }
        if (m.status().active()) {
            Anchor message = link(getTranslation("mentoring.match.message"), path("/messages/" + otherId));
            message.addClassName("match-message");
            message.getStyle().set("font-weight", "600");
            actions.add(message);
        }
        if (m.status().open()) {
            boolean withdraw = !helper && m.status() == MatchStatus.REQUESTED;
            Button end = new Button(getTranslation(withdraw ? "mentoring.match.withdraw" : "mentoring.match.end"));
            end.addClassName("match-end");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            end.setMinHeight("44px");
            end.addClickListener(e -> confirmEnd(m, otherName, withdraw));
            actions.add(end);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        if (m.status().active()) {
            card.add(sessions(m));
        }
        card.addClassName("match-card");
        card.getElement().setAttribute("data-match-id", m.id().toString());
        card.getElement().setAttribute("data-status", m.status().name());
        card.getElement().setAttribute("data-role", helper ? "helper" : "seeker");
        return card;
    }

    private static String statusTheme(MatchStatus s) {
        return switch (s) {
            case ACTIVE -> "success";
            case DECLINED, REJECTED -> "error";
            case ENDED -> "contrast";
            case REQUESTED, ACCEPTED -> "";
        };
    }

    /** Ending cannot be undone: asked once more, in words. */
    private void confirmEnd(MatchRow m, String otherName, boolean withdraw) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(withdraw ? "mentoring.match.withdraw.title" : "mentoring.match.end.title",
                otherName == null ? "" : otherName));
        d.setWidth("min(32rem, 95vw)");
        d.add(new Paragraph(getTranslation(withdraw ? "mentoring.match.withdraw.help" : "mentoring.match.end.help")));
        Button ok = new Button(getTranslation(withdraw ? "mentoring.match.withdraw" : "mentoring.match.end"), e -> {
            d.close();
            run(null, withdraw ? "mentoring.match.withdrawn" : "mentoring.match.ended",
                    () -> mentoring.step(m.id(), MatchEvent.END, null, m.version()));
        });
        ok.setId("match-end-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.setMinHeight("44px");
        Button cancel = new Button(getTranslation("community.close"), e -> d.close());
        cancel.setMinHeight("44px");
        d.getFooter().add(cancel, ok);
        d.open();
    }

    /** The sessions the two recorded, and a small form to record one more. */
    private Component sessions(MatchRow m) {
        Div out = new Div();
        out.addClassName("match-sessions");
        out.setWidthFull();
        Span title = new Span(getTranslation("mentoring.sessions"));
        title.getStyle().set("display", "block").set("font-weight", "600").set("margin-top", "var(--lumo-space-m)");
        out.add(title);
        List<SessionRow> rows = new ArrayList<>();
        CommunityParts.act(this, null, null, () -> rows.addAll(mentoring.sessions(m.id())));
        if (rows.isEmpty()) {
            out.add(new Paragraph(getTranslation("mentoring.sessions.none")));
        }
        for (SessionRow s : rows) {
            Div row = line("mentoring.sessions.row", JapaneseDates.format(s.heldOn()), s.minutes(),
                    s.recordedByName() == null ? getTranslation("moderation.unknown") : s.recordedByName());
            row.addClassName("session-row");
            if (s.note() != null && !s.note().isBlank()) {
                Span note = new Span(s.note());
                note.getStyle().set("display", "block").set("white-space", "pre-line")
                        .set("color", "var(--lumo-secondary-text-color)");
                row.add(note);
            }
            row.getStyle().set("padding-block", "var(--lumo-space-xs)");
            out.add(row);
        }

        FieldErrors errors = new FieldErrors();
        DatePicker heldOn = jp.tomoni.ui.form.Pickers.date(getTranslation("mentoring.session.date"));
        heldOn.setLocale(Locale.JAPAN);
        heldOn.setMax(CaseDates.today(Clock.systemUTC()));
        heldOn.setRequiredIndicatorVisible(true);
        errors.field("heldOn", heldOn, "session-date-" + m.id());
        heldOn.addClassName("session-date");
        IntegerField minutes = new IntegerField(getTranslation("mentoring.session.minutes"));
        minutes.setHelperText(getTranslation("mentoring.session.minutes.help"));
        minutes.setMin(5);
        minutes.setMax(480);
        minutes.setStep(5);
        minutes.setRequiredIndicatorVisible(true);
        errors.field("minutes", minutes, "session-minutes-" + m.id());
        minutes.addClassName("session-minutes");
        TextField note = new TextField(getTranslation("mentoring.session.note"));
        note.setHelperText(getTranslation("mentoring.session.note.help"));
        note.setMaxLength(500);
        errors.field("note", note, "session-note-" + m.id());
        note.addClassName("session-note");
        FormLayout form = new FormLayout(heldOn, minutes, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(note, 2);
        form.setWidthFull();
        Button record = new Button(getTranslation("mentoring.session.record"));
        record.addClassName("session-record");
        record.setMinHeight("44px");
        record.addClickListener(e -> run(errors, "mentoring.session.recorded",
                () -> mentoring.recordSession(m.id(), heldOn.getValue(), minutes.getValue(), note.getValue())));
        out.add(form, buttons(record));
        return out;
    }

    // ---- my offers

    private void showOffers() {
        offerList.removeAll();
        CurrentTenant t = TenantContext.current().orElse(null);
        boolean member = t != null && t.hasAny(CommunityAccess.MEMBERS.toArray(TenantRole[]::new));
        boolean mentorRole = t != null && t.hasAny(TenantRole.MENTOR);
        if (mentorRole || mine.mentor() != null) {
            offerList.add(offerCard(HelperKind.MENTOR, mine.mentor()));
        }
        if (member || mine.tutor() != null) {
            offerList.add(offerCard(HelperKind.TUTOR, mine.tutor()));
        }
        if (offerList.getComponentCount() == 0) {
            offerList.add(new Paragraph(getTranslation("mentoring.offer.membersOnly")));
        }
    }

    private Component offerCard(HelperKind kind, CommunityHelper existing) {
        String k = kind.name().toLowerCase(Locale.ROOT);
        FieldErrors errors = new FieldErrors();
        H3 title = heading(getTranslation("mentoring.offer.title." + kind.name()));
        Div card = CommunityParts.card(title, new Paragraph(getTranslation("mentoring.offer.help." + kind.name())));
        if (existing != null) {
            Span status = CommunityParts.badge(getTranslation("helperStatus." + existing.status().name()),
                    switch (existing.status()) {
                        case APPROVED -> "success";
                        case APPLIED -> "";
                        case WITHDRAWN -> "contrast";
                    });
            status.setId("offer-status-" + k);
            card.add(new Div(status));
            if (kind == HelperKind.MENTOR) {
                if (existing.trainingCompletedOn() != null || existing.lastSupervisionOn() != null) {
                    card.add(line("mentoring.offer.training", dateOrDash(existing.trainingCompletedOn()),
                            dateOrDash(existing.lastSupervisionOn())));
                }
                if (existing.status() == HelperStatus.APPROVED && !MentorRules.approvable(existing.trainingCompletedOn(),
                        existing.lastSupervisionOn(), CaseDates.today(Clock.systemUTC()))) {
                    Paragraph lapsed = new Paragraph(getTranslation("mentoring.offer.lapsed", MentorRules.SUPERVISION_VALID_MONTHS));
                    lapsed.setId("offer-lapsed-" + k);
                    lapsed.getStyle().set("font-weight", "600");
                    card.add(lapsed);
                }
            }
        }

        TextField topics = new TextField(getTranslation("mentoring.offer.topics." + kind.name()));
        topics.setHelperText(getTranslation("mentoring.offer.topics.help." + kind.name()));
        topics.setRequiredIndicatorVisible(true);
        topics.setMaxLength(CommunityHelper.TOPICS_MAX);
        TextField area = new TextField(getTranslation("mentoring.offer.area"));
        area.setHelperText(getTranslation("mentoring.offer.area.help"));
        area.setMaxLength(CommunityHelper.AREA_MAX);
        TextArea experience = new TextArea(getTranslation("mentoring.offer.experience"));
        experience.setHelperText(getTranslation("mentoring.offer.experience.help"));
        experience.setMaxLength(CommunityHelper.EXPERIENCE_MAX);
        TextArea about = new TextArea(getTranslation("mentoring.offer.about"));
        about.setHelperText(getTranslation("mentoring.offer.about.help"));
        about.setMaxLength(CommunityHelper.ABOUT_MAX);
        about.setMinHeight("5em");
        errors.field("topics", topics, "offer-topics-" + k);
        errors.field("area", area, "offer-area-" + k);
        errors.field("experience", experience, "offer-experience-" + k);
        errors.field("about", about, "offer-about-" + k);
        if (existing != null) {
            topics.setValue(nn(existing.topics()));
            area.setValue(nn(existing.area()));
            experience.setValue(nn(existing.experience()));
            about.setValue(nn(existing.about()));
        }
        FormLayout form = new FormLayout(topics, area, experience, about);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(topics, 2);
        form.setColspan(experience, 2);
        form.setColspan(about, 2);
        form.setWidthFull();

        String saveKey = existing == null ? "mentoring.offer.save.new." + kind.name()
                : existing.status() == HelperStatus.WITHDRAWN ? "mentoring.offer.save.resume" : "mentoring.offer.save";
        Button save = new Button(getTranslation(saveKey));
        save.setId("offer-save-" + k);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setMinHeight("44px");
        save.addClickListener(e -> {
            CommunityHelper[] saved = new CommunityHelper[1];
            if (run(errors, null, () -> saved[0] = mentoring.offer(kind, new CommunityHelper.Draft(topics.getValue(),
                    area.getValue(), experience.getValue(), about.getValue())))) {
                CommunityParts.ok(getTranslation(saved[0].status() == HelperStatus.APPLIED ? "mentoring.offer.savedApplied"
                        : "mentoring.offer.saved"));
            }
        });
        FlexLayout actions = buttons(save);
        if (existing != null && existing.status() != HelperStatus.WITHDRAWN) {
            Button withdraw = new Button(getTranslation("mentoring.offer.withdraw"));
            withdraw.setId("offer-withdraw-" + k);
            withdraw.setMinHeight("44px");
            withdraw.addClickListener(e -> run(null, "mentoring.offer.withdrawn", () -> mentoring.withdraw(kind)));
            actions.add(withdraw);
        }
        card.add(form, actions);
        card.setId("offer-" + k);
        card.addClassName("offer-card");
        card.getElement().setAttribute("data-kind", kind.name());
        if (existing != null) {
            card.getElement().setAttribute("data-status", existing.status().name());
        }
        return card;
    }

    // ---- small parts

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private String dateOrDash(LocalDate d) {
        return d == null ? getTranslation("moderation.unknown") : JapaneseDates.format(d);
    }

    private static H3 heading(String text) {
        H3 h = new H3(text);
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        return h;
    }

    /** A line of text from the bundle; values (user text too) are set as text, never as markup. */
    private Div line(String key, Object... params) {
        Div d = new Div();
        d.setText(getTranslation(key, params));
        d.getStyle().set("white-space", "pre-line");
        return d;
    }

    private static Anchor link(String text, String href) {
        Anchor a = new Anchor(href, text);
        a.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");
        return a;
    }

    private static FlexLayout badges() {
        FlexLayout f = new FlexLayout();
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.getStyle().set("gap", "var(--lumo-space-xs)").set("margin-block", "var(--lumo-space-xs)");
        return f;
    }

    private static FlexLayout buttons(Component... items) {
        FlexLayout f = new FlexLayout(items);
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.setAlignItems(FlexLayout.Alignment.CENTER);
        f.getStyle().set("gap", "var(--lumo-space-s)").set("margin-block", "var(--lumo-space-s)");
        return f;
    }
}
