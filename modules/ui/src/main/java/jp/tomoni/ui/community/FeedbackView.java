package jp.tomoni.ui.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.community.CommunityFeedback;
import jp.tomoni.application.community.CommunityGroups;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.community.CommunityRepository.GroupRow;
import jp.tomoni.domain.community.CommunityRepository.ResponseRow;
import jp.tomoni.domain.community.FeedbackAnonymity;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 匿名の意見箱 (seed 003), for a phone first: what anonymity means here told first in easy Japanese
 * (not linked to the account, one answer per topic, staff read the answers only from five on), the
 * form to send an answer about the agency or an open group, and the agency's published answers.
 */
@Route(value = "t/:tenant/community/feedback", layout = MainLayout.class)
@TenantView(titleKey = "feedback.title", order = 27, icon = VaadinIcon.COMMENT_ELLIPSIS_O, roles = {
    TenantRole.PEER_FACILITATOR, TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT,
    TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class FeedbackView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private static final String GROUP = "group:";

    private final CommunityFeedback feedback;
    private final CommunityGroups groups;

    private final Paragraph denied = new Paragraph();
    private final VerticalLayout formSection = new VerticalLayout();
    private final VerticalLayout responsesSection = new VerticalLayout();
    private final Div responseList = new Div();

    private final FieldErrors errors = new FieldErrors();
    private final Select<String> topic = new Select<>();
    private final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final Div thanks = new Div();

    /** Titles of the open groups, for the topics. */
    private Map<UUID, String> titles = Map.of();

    @Inject
    public FeedbackView(CommunityFeedback feedback, CommunityGroups groups) {
        this.feedback = feedback;
        this.groups = groups;
        setId("feedback");
        setWidthFull();
        setMaxWidth("48rem");

        denied.setId("feedback-denied");
        denied.setText(getTranslation("common.notAllowed"));
        denied.setVisible(false);

        UnorderedList promises = new UnorderedList();
        promises.setId("feedback-anonymity");
        for (String key : List.of("feedback.anonymous.account", "feedback.anonymous.once", "feedback.anonymous.threshold",
                "feedback.anonymous.noChange", "feedback.anonymous.noName")) {
            ListItem item = new ListItem(key.equals("feedback.anonymous.threshold")
                    ? getTranslation(key, FeedbackAnonymity.MIN_RESPONSES) : getTranslation(key));
            item.getStyle().set("margin-block", "var(--lumo-space-xs)");
            promises.add(item);
        }
        Paragraph help = new Paragraph(getTranslation("feedback.help"));
        help.setId("feedback-help-now");
        help.getStyle().set("font-weight", "600");

        topic.setLabel(getTranslation("feedback.topic"));
        topic.setPlaceholder(getTranslation("feedback.topic.placeholder"));
        topic.setItemLabelGenerator(t -> t == null ? "" : topicLabel(this, t, titles));
        topic.setRequiredIndicatorVisible(true);
        topic.setWidthFull();
        rating.setLabel(getTranslation("feedback.rating"));
        rating.setHelperText(getTranslation("feedback.rating.help"));
        rating.setItems(IntStream.rangeClosed(FeedbackAnonymity.RATING_MIN, FeedbackAnonymity.RATING_MAX).boxed().toList());
        rating.setItemLabelGenerator(r -> getTranslation("feedback.rating." + r));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setWidthFull();
        comment.setLabel(getTranslation("feedback.comment"));
        comment.setHelperText(getTranslation("feedback.comment.help"));
        comment.setMaxLength(FeedbackAnonymity.COMMENT_MAX);
        comment.setMinHeight("8em");
        comment.setWidthFull();
        errors.field("topic", topic, "feedback-topic");
        errors.field("rating", rating, "feedback-rating");
        errors.field("comment", comment, "feedback-comment");
        FormLayout form = new FormLayout(topic, rating, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(topic, 2);
        form.setColspan(rating, 2);
        form.setColspan(comment, 2);
        form.setWidthFull();

        Button send = new Button(getTranslation("feedback.send"), e -> send());
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setMinHeight("44px");

        thanks.setId("feedback-thanks");
        thanks.getElement().setAttribute("role", "status");
        thanks.getStyle().set("font-weight", "600");
        thanks.setVisible(false);

        formSection.setId("feedback-form");
        formSection.setPadding(false);
        formSection.setWidthFull();
        formSection.add(CommunityParts.h2(this, "feedback.send.title"), form, send, thanks);

        responseList.setWidthFull();
        responsesSection.setId("feedback-responses");
        responsesSection.setPadding(false);
        responsesSection.setWidthFull();
        responsesSection.add(CommunityParts.h2(this, "feedback.responses"),
                new Paragraph(getTranslation("feedback.responses.intro")), responseList);

        add(CommunityParts.h1(this, "feedback.title"), new Paragraph(getTranslation("feedback.intro")), promises, help,
                denied, formSection, responsesSection);
    }

    /**
     * A topic in words: 'agency' is the agency as a whole, 'group:&lt;id&gt;' the group's title when it is
     * among {@code titles}, otherwise just "a group".
     */
    static String topicLabel(Component owner, String topic, Map<UUID, String> titles) {
        if (CommunityFeedback.AGENCY.equals(topic)) {
            return owner.getTranslation("feedback.topic.agency");
        }
        if (topic != null && topic.startsWith(GROUP)) {
            try {
                String title = titles.get(UUID.fromString(topic.substring(GROUP.length())));
                if (title != null) {
                    return title;
                }
            } catch (IllegalArgumentException e) {
                // not an id: a group all the same
            }
        }
        return owner.getTranslation("feedback.topic.group");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        List<GroupRow> open;
        List<ResponseRow> responses;
        try {
            open = groups.open();
            responses = feedback.responses();
        } catch (AccessDeniedException e) {
            CommunityParts.error(getTranslation("common.notAllowed"));
            denied.setVisible(true);
            formSection.setVisible(false);
            responsesSection.setVisible(false);
            return;
        }
        denied.setVisible(false);
        formSection.setVisible(true);
        responsesSection.setVisible(true);
        Map<UUID, String> t = new LinkedHashMap<>();
        open.forEach(g -> t.put(g.id(), g.title()));
        titles = t;
        List<String> topics = new ArrayList<>();
        topics.add(CommunityFeedback.AGENCY);
        open.forEach(g -> topics.add(GROUP + g.id()));
        String chosen = topic.getValue();
        topic.setItems(topics);
        if (chosen != null && topics.contains(chosen)) {
            topic.setValue(chosen);
        }
        showResponses(responses);
    }

    private void send() {
        String t = topic.getValue();
        Integer r = rating.getValue();
        String c = comment.getValue();
        thanks.setVisible(false);
        if (CommunityParts.act(this, errors, null, () -> feedback.give(t, r, c))) {
            topic.clear();
            rating.clear();
            comment.clear();
            errors.clear();
            thanks.setText(getTranslation("feedback.thanks"));
            thanks.setVisible(true);
        }
    }

    private void showResponses(List<ResponseRow> rows) {
        responseList.removeAll();
        List<ResponseRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(ResponseRow::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        if (sorted.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.responses.none"));
            none.setId("feedback-responses-none");
            responseList.add(none);
        }
        for (ResponseRow r : sorted) {
            H3 about = new H3(topicLabel(this, r.topic(), titles));
            about.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
            Span when = new Span(getTranslation("feedback.responses.when", CommunityParts.dateTime(r.publishedAt(), getLocale())));
            when.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            Div body = new Div();
            body.setText(r.body());
            body.getStyle().set("white-space", "pre-line").set("margin-top", "var(--lumo-space-s)");
            Div card = CommunityParts.card(about, when, body);
            card.addClassName("feedback-response");
            card.getElement().setAttribute("data-topic", r.topic());
            responseList.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("feedback.title"));
    }
}
