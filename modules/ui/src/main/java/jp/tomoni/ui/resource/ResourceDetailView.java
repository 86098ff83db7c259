package jp.tomoni.ui.resource;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.resource.ResourceDetail;
import jp.tomoni.application.resource.ResourceDetail.PlaceOfService;
import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.Contact;
import jp.tomoni.domain.resource.Eligibility;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.SocialResource;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * One social resource, for everyone who may see it: what it is, who it is for, where and when, how to
 * reach it, and when a person last checked it. Anyone can say it is outdated; editors confirm their own
 * tenant's records and can hide a shared (national) record from their tenant. The service decides what
 * the reader may see, including the addresses of confidential places; this page only shows it.
 */
@Route(value = "t/:tenant/resources/:id([0-9a-fA-F-]{36})", layout = MainLayout.class)
@TenantView(titleKey = "resourceDetail.title", order = 10, inMenu = false)
public class ResourceDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final int REASON_MAX = 500;
    private static final String TOUCH = "44px";

    private final ResourceService resources;
    private String tenant;
    private UUID id;
    private String title = "";

    @Inject
    public ResourceDetailView(ResourceService resources) {
        this.resources = resources;
        setId("resource-detail");
        setPadding(true);
        setWidthFull();
        setMaxWidth("48rem");
        getStyle().set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", title.isEmpty() ? getTranslation("resourceDetail.title") : title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        id = TenantRoutes.id(event, "id");
        render();
    }

    private void render() {
        removeAll();
        title = "";
        ResourceDetail d;
        try {
            if (id == null) {
                throw new NotFoundException("resource");
            }
            d = resources.detail(id);
        } catch (NotFoundException e) {
            H1 gone = new H1(getTranslation("resourceDetail.notFound"));
            gone.setId("resource-not-found");
            gone.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
            add(back(), gone, new Paragraph(getTranslation("resourceDetail.notFound.hint")));
            return;
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        Set<TenantRole> roles = TenantContext.require().roles();
        boolean staff = roles.stream().anyMatch(TenantRole::isStaff);
        SocialResource r = d.resource();
        title = r.name();

        H1 name = new H1(r.name());
        name.setId("resource-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("line-height", "1.4").set("margin-bottom", "0");
        add(back(), name);
        if (r.nameKana() != null) {
            Paragraph kana = new Paragraph(getTranslation("resourceDetail.kana", r.nameKana()));
            kana.setId("resource-kana");
            kana.getElement().setAttribute("lang", "ja");
            kana.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
            add(kana);
        }
        add(badges(d));
        add(summary(r));
        add(eligibility(r.eligibility()));
        add(places(d, staff));
        add(contact(r, d.organization()));
        add(about(r, staff));
        add(actions(d, roles));
    }

    private Anchor back() {
        Anchor back = new Anchor("t/" + tenant + "/directory", getTranslation("resourceDetail.back"));
        back.setId("resource-back");
        back.getStyle().set("display", "inline-block").set("min-height", "24px");
        return back;
    }

    private Component badges(ResourceDetail d) {
        Div badges = new Div();
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (d.resource().shared()) {
            Span shared = CommunityParts.badge(getTranslation("resourceDetail.shared"), "contrast");
            shared.setId("resource-shared");
            badges.add(shared);
        }
        if (d.resource().free()) {
            badges.add(CommunityParts.badge(getTranslation("resourceDetail.free"), "success"));
        }
        if (d.hidden()) {
            Span hidden = CommunityParts.badge(getTranslation("resourceDetail.hidden"), "error");
            hidden.setId("resource-hidden");
            badges.add(hidden);
        }
        return badges;
    }

    // ---- what it is

    private Component summary(SocialResource r) {
        DescriptionList list = list("resource-summary");
        if (r.category() != null) {
            item(list, "resourceDetail.category", new Span(getTranslation("category." + r.category().name())));
        }
        if (!r.areas().isEmpty()) {
            item(list, "resourceDetail.areas", new Span(String.join("、", r.areas().stream()
                    .sorted(Comparator.comparingInt(a -> a.number()))
                    .map(a -> getTranslation("problem." + a.name())).toList())));
        }
        if (r.description() != null) {
            item(list, "resourceDetail.description", multiline(r.description()));
        }
        if (!r.languages().isEmpty()) {
            item(list, "resourceDetail.languages", new Span(String.join("、", r.languages().stream()
                    .sorted().map(l -> getTranslation("resource.language." + l.code())).toList())));
        }
        if (r.free() || r.fees() != null) {
            String fees = r.free() ? getTranslation("resourceDetail.free")
                    + (r.fees() == null ? "" : getTranslation("resourceDetail.fees.note", r.fees())) : r.fees();
            item(list, "resourceDetail.fees", new Span(fees));
        }
        if (r.accessibility() != null) {
            item(list, "resourceDetail.accessibility", multiline(r.accessibility()));
        }
        return list;
    }

    private Component eligibility(Eligibility e) {
        VerticalLayout box = section("resource-eligibility", "resourceDetail.eligibility");
        boolean any = false;
        if (e.text() != null) {
            box.add(multiline(e.text()));
            any = true;
        }
        String age = age(e.minAge(), e.maxAge());
        if (age != null) {
            box.add(new Div(new Span(getTranslation("resourceDetail.age", age))));
            any = true;
        }
        if (e.residentsOnly()) {
            Div residents = new Div(new Span(getTranslation("resourceDetail.residentsOnly")));
            residents.setId("resource-residents-only");
            box.add(residents);
            any = true;
        }
        if (!e.conditions().isEmpty()) {
            UnorderedList conditions = new UnorderedList();
            conditions.setId("resource-conditions");
            e.conditions().stream().sorted()
                    .forEach(c -> conditions.add(new ListItem(getTranslation("resource.condition." + c.name()))));
            box.add(new Div(new Span(getTranslation("resourceDetail.conditions"))), conditions);
            any = true;
        }
        if (!any) {
            box.add(new Paragraph(getTranslation("resourceDetail.eligibility.none")));
        }
        return box;
    }

    private String age(Integer min, Integer max) {
        if (min != null && max != null) {
            return getTranslation("resourceDetail.age.range", min, max);
        }
        if (min != null) {
            return getTranslation("resourceDetail.age.min", min);
        }
        if (max != null) {
            return getTranslation("resourceDetail.age.max", max);
        }
        return null;
    }

    // ---- where and when

    private Component places(ResourceDetail d, boolean staff) {
        SocialResource r = d.resource();
        VerticalLayout box = section("resource-places", "resourceDetail.places");
        List<PlaceOfService> places = d.places() == null ? List.of() : d.places();
        if (places.isEmpty()) {
            DescriptionList list = list(null);
            if (r.address() != null) {
                item(list, "resourceDetail.address", new Span(r.address()));
            }
            if (r.hours() != null) {
                item(list, "resourceDetail.hours", multiline(r.hours()));
            }
            if (r.contact().phone() != null) {
                item(list, "resourceDetail.phone", tel(r.contact().phone()));
            }
            if (r.address() == null && r.hours() == null && r.contact().phone() == null) {
                box.add(new Paragraph(getTranslation("resourceDetail.places.none")));
            } else {
                box.add(list);
            }
            return box;
        }
        for (PlaceOfService p : places) {
            box.add(place(p, r, staff));
        }
        return box;
    }

    private Component place(PlaceOfService p, SocialResource r, boolean staff) {
        Location l = p.location();
        H3 name = new H3(l.name() == null ? getTranslation("resourceDetail.place") : l.name());
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-xs)");
        Div card = CommunityParts.card(name);
        card.addClassName("resource-place");
        if (l.confidential() && (staff || l.address() != null)) {
            Span badge = CommunityParts.badge(getTranslation("resourceDetail.place.confidentialBadge"), "error");
            badge.addClassName("resource-place-confidential");
            card.add(new Div(badge));
        }
        DescriptionList list = list(null);
        if (l.confidential() && l.address() == null) {
            Span hidden = new Span(getTranslation("resourceDetail.place.confidential"));
            hidden.addClassName("resource-place-hidden-address");
            item(list, "resourceDetail.address", hidden);
        } else if (l.address() != null) {
            String address = (l.postalCode() == null ? "" : getTranslation("resourceDetail.postalCode", l.postalCode()) + " ")
                    + l.address();
            item(list, "resourceDetail.address", new Span(address));
        }
        if (l.district() != null && (!l.confidential() || l.address() != null)) {
            item(list, "resourceDetail.district", new Span(l.district()));
        }
        String hours = firstOf(p.hours(), l.hours(), r.hours());
        if (hours != null) {
            item(list, "resourceDetail.hours", multiline(hours));
        }
        String phone = firstOf(p.phone(), r.contact().phone());
        if (phone != null) {
            item(list, "resourceDetail.phone", tel(phone));
        }
        if (l.accessibility() != null && !l.accessibility().isBlank()) {
            item(list, "resourceDetail.accessibility", multiline(l.accessibility()));
        }
        card.add(list);
        return card;
    }

    // ---- how to reach it

    private Component contact(SocialResource r, Organization organization) {
        VerticalLayout box = section("resource-contact", "resourceDetail.contact");
        DescriptionList own = contactList(r.contact());
        boolean any = own.getChildren().findAny().isPresent();
        if (any) {
            box.add(own);
        }
        if (organization != null) {
            H3 heading = new H3(getTranslation("resourceDetail.organization"));
            heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
            Div org = new Div(new Span(organization.name()));
            org.setId("resource-organization");
            org.getStyle().set("font-weight", "600");
            box.add(heading, org);
            if (organization.contact() != null) {
                DescriptionList theirs = contactList(organization.contact());
                if (theirs.getChildren().findAny().isPresent()) {
                    box.add(theirs);
                }
            }
            any = true;
        }
        if (!any) {
            box.add(new Paragraph(getTranslation("resourceDetail.contact.none")));
        }
        return box;
    }

    private DescriptionList contactList(Contact c) {
        DescriptionList list = list(null);
        if (c.phone() != null) {
            item(list, "resourceDetail.phone", tel(c.phone()));
        }
        if (c.email() != null) {
            Anchor mail = new Anchor("mailto:" + c.email(), c.email());
            mail.setRouterIgnore(true);
            item(list, "resourceDetail.email", mail);
        }
        if (c.url() != null && (c.url().startsWith("https://") || c.url().startsWith("http://"))) {
            Anchor web = new Anchor(c.url(), c.url(), AnchorTarget.BLANK);
            web.setRouterIgnore(true);
            web.getElement().setAttribute("rel", "noopener noreferrer");
            web.getElement().setAttribute("aria-label", getTranslation("resourceDetail.newTab", c.url()));
            item(list, "resourceDetail.url", web);
        }
        return list;
    }

    private Component tel(String phone) {
        Anchor a = new Anchor(telHref(phone), phone);
        a.setRouterIgnore(true);
        a.getStyle().set("display", "inline-block").set("min-height", "24px");
        return a;
    }

    // ---- the record itself

    private Component about(SocialResource r, boolean staff) {
        DescriptionList list = list("resource-record");
        if (staff && r.visibility() != null) {
            item(list, "resourceDetail.visibility", new Span(getTranslation("resource.visibility." + r.visibility().name())))
                    .setId("resource-visibility");
        }
        Div verified = new Div(new Span(verifiedText(r)));
        verified.setId("resource-verified");
        verified.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div box = new Div(list, verified);
        box.setWidthFull();
        box.getStyle().set("margin-top", "var(--lumo-space-m)");
        return box;
    }

    private String verifiedText(SocialResource r) {
        if (r.verifiedAt() == null) {
            return getTranslation("resourceDetail.verified.never");
        }
        String day = JapaneseDates.format(LocalDate.ofInstant(r.verifiedAt(), CaseDates.ZONE));
        return r.verifiedBy() == null || r.verifiedBy().isBlank() ? getTranslation("resourceDetail.verified.noName", day)
                : getTranslation("resourceDetail.verified", day, r.verifiedBy());
    }

    // ---- what the reader can do

    private Component actions(ResourceDetail d, Set<TenantRole> roles) {
        SocialResource r = d.resource();
        VerticalLayout box = section("resource-actions", "resourceDetail.actions");
        Button report = new Button(getTranslation(d.reportOpen() ? "resourceDetail.report.pending" : "resourceDetail.report"),
                e -> reportDialog());
        report.setId("report-outdated");
        report.setEnabled(!d.reportOpen());
        box.add(report);
        if (d.editable() && !r.shared()) {
            Button verify = new Button(getTranslation("resourceDetail.verify"), e -> {
                if (act("resourceDetail.verify.done", null, () -> resources.verify(r.id()))) {
                    render();
                }
            });
            verify.setId("verify");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Anchor edit = new Anchor("t/" + tenant + "/resources/" + r.id() + "/edit", getTranslation("resourceDetail.edit"));
            edit.setId("edit-resource");
            edit.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", TOUCH);
            box.add(verify, edit);
        }
        if (r.shared() && ResourceService.canEdit(roles)) {
            boolean hidden = d.hidden();
            // no confirmation: it is undone with the same button, and changes this tenant's list only
            Button hide = new Button(getTranslation(hidden ? "resourceDetail.unhide" : "resourceDetail.hide"), e -> {
                if (act(hidden ? "resourceDetail.unhide.done" : "resourceDetail.hide.done", null, () -> {
                    if (hidden) {
                        resources.unhide(r.id());
                    } else {
                        resources.hide(r.id());
                    }
                })) {
                    render();
                }
            });
            hide.setId("hide");
            hide.getElement().setAttribute("aria-pressed", String.valueOf(hidden));
            box.add(hide);
        }
        box.getChildren().filter(c -> c instanceof Button).forEach(c -> {
            Button b = (Button) c;
            b.getStyle().set("min-height", TOUCH).set("max-width", "100%").set("white-space", "normal").set("height", "auto");
        });
        return box;
    }

    private void reportDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("resourceDetail.report.title"));
        dialog.setId("report-dialog");
        dialog.setWidth("min(32rem, 95vw)");
        FieldErrors errors = new FieldErrors();
        TextArea reason = errors.field("reason", new TextArea(getTranslation("resourceDetail.report.reason")), "report-reason");
        reason.setMaxLength(REASON_MAX);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("resourceDetail.report.hint", REASON_MAX));
        dialog.add(new Paragraph(getTranslation("resourceDetail.report.intro")), reason);
        Button send = new Button(getTranslation("resourceDetail.report.send"), e -> {
            String text = reason.getValue() == null || reason.getValue().isBlank() ? null : reason.getValue().strip();
            if (act("resourceDetail.report.done", errors, () -> resources.reportOutdated(id, text))) {
                dialog.close();
                render();
            }
        });
        send.setId("report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        cancel.setId("report-cancel");
        for (Button b : List.of(send, cancel)) {
            b.getStyle().set("min-height", TOUCH);
        }
        dialog.getFooter().add(cancel, send);
        dialog.open();
        reason.focus();
    }

    /** Runs a change and tells its outcome in plain words; true when done. */
    private boolean act(String doneKey, FieldErrors errors, Runnable action) {
        try {
            return CommunityParts.act(this, errors, doneKey, action);
        } catch (UnavailableException e) {
            CommunityParts.error(getTranslation("resourceDetail.unavailable"));
            return false;
        }
    }

    // ---- parts

    private VerticalLayout section(String id, String headingKey) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-bottom", "0");
        VerticalLayout box = new VerticalLayout(heading);
        box.setId(id);
        box.setPadding(false);
        box.setSpacing(false);
        box.setWidthFull();
        return box;
    }

    private static DescriptionList list(String id) {
        DescriptionList list = new DescriptionList();
        if (id != null) {
            list.setId(id);
        }
        list.setWidthFull();
        list.getStyle().set("margin", "var(--lumo-space-s) 0");
        return list;
    }

    /** A term and its value, one under the other, which reads well on a narrow screen. */
    private DescriptionList.Description item(DescriptionList list, String termKey, Component value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(termKey));
        term.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0");
        list.add(term, description);
        return description;
    }

    /** Text as it was typed, line breaks kept, never as HTML. */
    private static Component multiline(String text) {
        Div d = new Div();
        d.setText(text);
        d.getStyle().set("white-space", "pre-line");
        return d;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** A {@code tel:} link for a number as people write it (０３－１２３４－５６７８, (03) 1234-5678, +81 3 …). */
    static String telHref(String phone) {
        StringBuilder out = new StringBuilder("tel:");
        for (char c : phone.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9') {
                out.append(c);
            } else if ((c == '+' || c == '＋') && out.length() == 4) {
                out.append('+');
            }
        }
        return out.toString();
    }
}
