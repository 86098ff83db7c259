package jp.tomoni.ui.resource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.resource.Contact;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.LocationDraft;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.OrganizationDraft;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 団体と場所: the organizations that offer the social resources, and the places where they offer them.
 * A resource names its organization and the places it is offered at, so a place's address and position
 * are typed once. A confidential place (a DV shelter) keeps its address and position to staff.
 * Shared (national) organizations and their places are shown, not changed.
 */
@Route(value = "t/:tenant/resources/organizations", layout = MainLayout.class)
@TenantView(titleKey = "organizations.title", order = 11, icon = VaadinIcon.OFFICE, roles = {TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class OrganizationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private final ResourceService resources;
    private String tenant;

    private final Div list = new Div();
    private final OrganizationEditor organizationEditor = new OrganizationEditor();
    private final Div placesSection = new Div();
    private final H2 placesHeading = new H2();
    private final Div placesList = new Div();
    private final Button newPlace = new Button();
    private final PlaceEditor placeEditor = new PlaceEditor();

    private List<Organization> organizations = List.of();
    /** The organization whose places are shown, or null. */
    private Organization placesOf;

    @Inject
    public OrganizationsView(ResourceService resources) {
        this.resources = resources;
        setId("organizations");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("organizations.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        build();
    }

    private void build() {
        removeAll();
        H1 title = new H1(getTranslation("organizations.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(title, new Paragraph(getTranslation("organizations.intro")), backToResources());
        try {
            organizations = resources.organizations();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("organizations-denied");
            add(denied);
            return;
        }
        list.setId("organizations-list");
        list.setWidthFull();
        Button add = new Button(getTranslation("organizations.add"), VaadinIcon.PLUS.create(), e -> organizationEditor.open(null));
        add.setId("organization-new");
        add.setMinHeight("44px");

        placesSection.setId("organization-places");
        placesSection.setWidthFull();
        placesList.setId("locations-list");
        placesList.setWidthFull();
        newPlace.setText(getTranslation("organizations.places.add"));
        newPlace.setIcon(VaadinIcon.PLUS.create());
        newPlace.setId("location-new");
        newPlace.setMinHeight("44px");
        newPlace.addClickListener(e -> placeEditor.open(null));
        placesSection.removeAll();
        placesSection.add(placesHeading, new Paragraph(getTranslation("organizations.places.intro")), placesList, newPlace,
                placeEditor);
        placesSection.setVisible(false);
        placeEditor.setVisible(false);
        organizationEditor.setVisible(false);

        add(heading2("organizations.list"), list, add, organizationEditor, placesSection);
        showOrganizations();
    }

    private Component backToResources() {
        Anchor back = new Anchor("t/" + tenant + "/resources", getTranslation("organizations.back"));
        back.setId("organizations-back");
        back.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
        return back;
    }

    private void reloadOrganizations() {
        organizations = resources.organizations();
        if (placesOf != null) {
            placesOf = organizations.stream().filter(o -> o.id().equals(placesOf.id())).findFirst().orElse(null);
        }
        showOrganizations();
    }

    private void showOrganizations() {
        list.removeAll();
        if (organizations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("organizations.none"));
            none.setId("organizations-none");
            list.add(none);
        }
        organizations.forEach(o -> list.add(organizationCard(o)));
    }

    private Component organizationCard(Organization o) {
        H3 name = new H3(o.name());
        name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Div card = card(name);
        if (o.nameKana() != null && !o.nameKana().isBlank()) {
            card.add(small(o.nameKana()));
        }
        if (o.shared()) {
            card.add(badge(getTranslation("organizations.shared"), "contrast"));
        }
        if (o.description() != null && !o.description().isBlank()) {
            card.add(new Paragraph(o.description()));
        }
        String contact = contactLine(o.contact());
        if (!contact.isEmpty()) {
            card.add(small(contact));
        }
        Div buttons = row();
        Button places = new Button(getTranslation("organizations.places"), e -> showPlaces(o));
        places.setId("organization-places-" + o.id());
        places.getElement().setAttribute("aria-label", getTranslation("organizations.places.aria", o.name()));
        places.setMinHeight("44px");
        buttons.add(places);
        if (!o.shared()) {
            Button edit = new Button(getTranslation("organizations.edit"), e -> organizationEditor.open(o));
            edit.setId("organization-edit-" + o.id());
            edit.getElement().setAttribute("aria-label", getTranslation("organizations.edit.aria", o.name()));
            edit.setMinHeight("44px");
            buttons.add(edit);
        }
        card.add(buttons);
        card.addClassName("organization");
        card.getElement().setAttribute("data-organization-id", o.id().toString());
        return card;
    }

    private String contactLine(Contact c) {
        StringBuilder s = new StringBuilder();
        append(s, c.phone() == null ? null : getTranslation("organizations.phoneIs", c.phone()));
        append(s, c.email());
        append(s, c.url());
        return s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (part != null && !part.isBlank()) {
            if (!s.isEmpty()) {
                s.append(" ・ ");
            }
            s.append(part);
        }
    }

    // ---- places of one organization

    private void showPlaces(Organization o) {
        placesOf = o;
        placeEditor.setVisible(false);
        placesHeading.setText(getTranslation("organizations.places.heading", o.name()));
        newPlace.setVisible(!o.shared());
        placesSection.setVisible(true);
        reloadPlaces();
        placesHeading.scrollIntoView();
    }

    private void reloadPlaces() {
        placesList.removeAll();
        if (placesOf == null) {
            placesSection.setVisible(false);
            return;
        }
        List<Location> places;
        try {
            places = resources.locations(placesOf.id());
        } catch (AccessDeniedException | NotFoundException e) {
            placesList.add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        if (places.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("organizations.places.none"));
            none.setId("locations-none");
            placesList.add(none);
        }
        places.forEach(l -> placesList.add(placeCard(l)));
    }

    private Component placeCard(Location l) {
        H3 name = new H3(l.name());
        name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
        Div card = card(name);
        if (l.confidential()) {
            card.add(badge(getTranslation("organizations.place.confidentialBadge"), "error"));
        }
        StringBuilder where = new StringBuilder();
        append(where, l.postalCode() == null ? null : "〒" + l.postalCode());
        append(where, l.address());
        append(where, l.district());
        if (!where.isEmpty()) {
            card.add(line(where.toString()));
        }
        if (l.point() != null) {
            card.add(small(getTranslation("organizations.place.pointIs", String.format(Locale.ROOT, "%.6f", l.point().latitude()),
                    String.format(Locale.ROOT, "%.6f", l.point().longitude()))));
        }
        if (l.hours() != null && !l.hours().isBlank()) {
            card.add(line(getTranslation("organizations.place.hoursIs", l.hours())));
        }
        if (l.accessibility() != null && !l.accessibility().isBlank()) {
            card.add(line(getTranslation("organizations.place.accessibilityIs", l.accessibility())));
        }
        if (!l.shared()) {
            Button edit = new Button(getTranslation("organizations.edit"), e -> placeEditor.open(l));
            edit.setId("location-edit-" + l.id());
            edit.getElement().setAttribute("aria-label", getTranslation("organizations.place.edit.aria", l.name()));
            edit.setMinHeight("44px");
            card.add(row(edit));
        }
        card.addClassName("location");
        card.getElement().setAttribute("data-location-id", l.id().toString());
        return card;
    }

    // ---- editing an organization

    /** Adding (nothing open) or changing one organization; keeps what was typed until saved or cancelled. */
    private final class OrganizationEditor extends Div {
        private static final long serialVersionUID = 1L;
        private final FieldErrors errors = new FieldErrors();
        private final H2 heading = new H2();
        private final TextField name = errors.field("name", new TextField(), "organization-name");
        private final TextField nameKana = errors.field("nameKana", new TextField(), "organization-name-kana");
        private final TextArea description = errors.field("description", new TextArea(), "organization-description");
        private final TextField phone = errors.field("phone", new TextField(), "organization-phone");
        private final EmailField email = errors.field("email", new EmailField(), "organization-email");
        private final TextField url = errors.field("url", new TextField(), "organization-url");
        private final ResourceEditView.ConflictNotice conflict;
        private Organization editing;

        OrganizationEditor() {
            setId("organization-form");
            setWidthFull();
            name.setLabel(getTranslation("organizations.form.name"));
            name.setRequiredIndicatorVisible(true);
            name.setMaxLength(ResourceDraft.NAME_MAX);
            nameKana.setLabel(getTranslation("organizations.form.nameKana"));
            nameKana.setHelperText(getTranslation("organizations.form.nameKana.help"));
            nameKana.setMaxLength(ResourceDraft.NAME_MAX);
            description.setLabel(getTranslation("organizations.form.description"));
            description.setMaxLength(ResourceDraft.DESCRIPTION_MAX);
            phone.setLabel(getTranslation("organizations.form.phone"));
            phone.setMaxLength(20);
            email.setLabel(getTranslation("organizations.form.email"));
            email.setMaxLength(254);
            url.setLabel(getTranslation("organizations.form.url"));
            url.setPlaceholder("https://");
            url.setMaxLength(500);
            FormLayout form = new FormLayout(name, nameKana, description, phone, email, url);
            form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
            form.setColspan(description, 2);
            form.setColspan(url, 2);
            conflict = new ResourceEditView.ConflictNotice(OrganizationsView.this, "organization-conflict", this::reread, null);
            add(heading, conflict, form, saveOrCancel("organization", "organizations.form.save", this::save, this::close));
            getStyle().set("margin-block", "var(--lumo-space-m)");
        }

        void open(Organization o) {
            editing = o;
            heading.setText(getTranslation(o == null ? "organizations.form.addHeading" : "organizations.form.editHeading"));
            fill(o);
            conflict.hide();
            setVisible(true);
            name.focus();
        }

        private void fill(Organization o) {
            name.setValue(o == null ? "" : nz(o.name()));
            nameKana.setValue(o == null ? "" : nz(o.nameKana()));
            description.setValue(o == null ? "" : nz(o.description()));
            phone.setValue(o == null ? "" : nz(o.contact().phone()));
            email.setValue(o == null ? "" : nz(o.contact().email()));
            url.setValue(o == null ? "" : nz(o.contact().url()));
            errors.clear();
        }

        private void close() {
            editing = null;
            conflict.hide();
            setVisible(false);
        }

        /** After a conflict: the organization as stored now (what was typed is replaced). */
        private void reread() {
            reloadOrganizations();
            if (editing != null) {
                Organization now = organizations.stream().filter(o -> o.id().equals(editing.id())).findFirst().orElse(null);
                if (now == null) {
                    close();
                } else {
                    open(now);
                }
            }
        }

        private void save() {
            OrganizationDraft draft = new OrganizationDraft(name.getValue().strip(), blankToNull(nameKana.getValue()),
                    blankToNull(description.getValue()), new Contact(phone.getValue(), email.getValue(), url.getValue()));
            Organization saved = attempt(errors, conflict, () -> editing == null
                    ? resources.addOrganization(draft)
                    : resources.changeOrganization(editing.id(), draft, editing.version()));
            if (saved == null) {
                return;
            }
            ok(getTranslation(editing == null ? "organizations.added" : "organizations.saved"));
            close();
            reloadOrganizations();
            if (placesOf != null && placesOf.id().equals(saved.id())) {
                showPlaces(saved);
            }
        }
    }

    // ---- editing a place

    /** Adding a place to the organization shown, or changing one of its places. */
    private final class PlaceEditor extends Div {
        private static final long serialVersionUID = 1L;
        private final FieldErrors errors = new FieldErrors();
        private final H3 heading = new H3();
        private final TextField name = errors.field("name", new TextField(), "location-name");
        private final TextField postalCode = errors.field("postalCode", new TextField(), "location-postal-code");
        private final TextField address = errors.field("address", new TextField(), "location-address");
        private final TextField district = errors.field("district", new TextField(), "location-district");
        private final NumberField latitude = errors.field("latitude", new NumberField(), "location-latitude");
        private final NumberField longitude = errors.field("longitude", new NumberField(), "location-longitude");
        private final Checkbox confidential = new Checkbox();
        private final Paragraph confidentialWarning = new Paragraph();
        private final TextField accessibility = errors.field("accessibility", new TextField(), "location-accessibility");
        private final TextField hours = errors.field("hours", new TextField(), "location-hours");
        private final ResourceEditView.ConflictNotice conflict;
        private Location editing;

        PlaceEditor() {
            setId("location-form");
            setWidthFull();
            name.setLabel(getTranslation("organizations.place.name"));
            name.setRequiredIndicatorVisible(true);
            name.setMaxLength(ResourceDraft.NAME_MAX);
            postalCode.setLabel(getTranslation("organizations.place.postalCode"));
            postalCode.setPlaceholder("123-4567");
            postalCode.setMaxLength(8);
            address.setLabel(getTranslation("organizations.place.address"));
            address.setMaxLength(ResourceDraft.ADDRESS_MAX);
            district.setLabel(getTranslation("organizations.place.district"));
            district.setHelperText(getTranslation("organizations.place.district.help"));
            district.setMaxLength(LocationDraft.DISTRICT_MAX);
            latitude.setLabel(getTranslation("organizations.place.latitude"));
            latitude.setPlaceholder("35.681236");
            latitude.setHelperText(getTranslation("organizations.place.point.help"));
            longitude.setLabel(getTranslation("organizations.place.longitude"));
            longitude.setPlaceholder("139.767125");
            longitude.setHelperText(getTranslation("organizations.place.point.help"));
            confidential.setLabel(getTranslation("organizations.place.confidential"));
            confidential.setId("location-confidential");
            confidentialWarning.setText(getTranslation("organizations.place.confidential.warning"));
            confidentialWarning.setId("location-confidential-warning");
            confidentialWarning.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-error-text-color)");
            Div confidentialBox = new Div(confidential, confidentialWarning);
            accessibility.setLabel(getTranslation("organizations.place.accessibility"));
            accessibility.setPlaceholder(getTranslation("resources.form.accessibility.placeholder"));
            accessibility.setMaxLength(ResourceDraft.SHORT_MAX);
            hours.setLabel(getTranslation("organizations.place.hours"));
            hours.setPlaceholder(getTranslation("resources.form.hours.placeholder"));
            hours.setMaxLength(ResourceDraft.SHORT_MAX);
            FormLayout form = new FormLayout(name, postalCode, address, district, latitude, longitude, confidentialBox,
                    accessibility, hours);
            form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
            form.setColspan(name, 2);
            form.setColspan(address, 2);
            form.setColspan(confidentialBox, 2);
            form.setColspan(accessibility, 2);
            form.setColspan(hours, 2);
            conflict = new ResourceEditView.ConflictNotice(OrganizationsView.this, "location-conflict", this::reread, null);
            add(heading, conflict, form, saveOrCancel("location", "organizations.place.save", this::save, this::close));
            getStyle().set("margin-block", "var(--lumo-space-m)");
        }

        void open(Location l) {
            editing = l;
            heading.setText(getTranslation(l == null ? "organizations.place.addHeading" : "organizations.place.editHeading"));
            fill(l);
            conflict.hide();
            setVisible(true);
            name.focus();
        }

        private void fill(Location l) {
            name.setValue(l == null ? "" : nz(l.name()));
            postalCode.setValue(l == null ? "" : nz(l.postalCode()));
            address.setValue(l == null ? "" : nz(l.address()));
            district.setValue(l == null ? "" : nz(l.district()));
            latitude.setValue(l == null || l.point() == null ? null : l.point().latitude());
            longitude.setValue(l == null || l.point() == null ? null : l.point().longitude());
            confidential.setValue(l != null && l.confidential());
            accessibility.setValue(l == null ? "" : nz(l.accessibility()));
            hours.setValue(l == null ? "" : nz(l.hours()));
            errors.clear();
        }

        private void close() {
            editing = null;
            conflict.hide();
            setVisible(false);
        }

        /** After a conflict: the place as stored now (what was typed is replaced). */
        private void reread() {
            if (placesOf == null) {
                close();
                return;
            }
            List<Location> now = resources.locations(placesOf.id());
            reloadPlaces();
            if (editing != null) {
                now.stream().filter(l -> l.id().equals(editing.id())).findFirst().ifPresentOrElse(this::open, this::close);
            }
        }

        private void save() {
            if (placesOf == null) {
                return;
            }
            UUID organizationId = placesOf.id();
            LocationDraft draft = new LocationDraft(name.getValue().strip(), blankToNull(postalCode.getValue()),
                    blankToNull(address.getValue()), blankToNull(district.getValue()), latitude.getValue(),
                    longitude.getValue(), confidential.getValue(), blankToNull(accessibility.getValue()),
                    blankToNull(hours.getValue()));
            Location saved = attempt(errors, conflict, () -> editing == null
                    ? resources.addLocation(organizationId, draft)
                    : resources.changeLocation(editing.id(), draft, editing.version()));
            if (saved == null) {
                return;
            }
            ok(getTranslation(editing == null ? "organizations.place.added" : "organizations.place.saved"));
            close();
            reloadPlaces();
        }
    }

    /**
     * Runs a save and tells its outcome; the input stays on any failure. Null when nothing was saved:
     * faults are marked at their fields, a conflict opens the notice above the form.
     */
    private <T> T attempt(FieldErrors errors, ResourceEditView.ConflictNotice conflict, Supplier<T> save) {
        try {
            T saved = save.get();
            errors.clear();
            conflict.hide();
            return saved;
        } catch (InvalidInputException e) {
            List<String> elsewhere = errors.show(e.violations(), getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join(" / ", elsewhere));
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        } catch (NotFoundException e) {
            error(getTranslation("organizations.gone"));
        } catch (RuntimeException e) {
            if (!ResourceEditView.isConflict(e)) {
                throw e;
            }
            conflict.show();
            error(getTranslation("resourceEdit.conflict"));
        }
        return null;
    }

    // ---- small parts

    private Component heading2(String key) {
        H2 h = new H2(getTranslation(key));
        h.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        return h;
    }

    private static Div card(Component... content) {
        Div d = new Div(content);
        d.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-block", "var(--lumo-space-s)")
                .set("box-sizing", "border-box").set("width", "100%").set("overflow-wrap", "anywhere");
        return d;
    }

    private static Div row(Component... content) {
        Div d = new Div(content);
        d.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-s)");
        return d;
    }

    private static Span badge(String text, String theme) {
        Span s = jp.tomoni.ui.community.CommunityParts.badge(text, theme);
        s.getStyle().set("margin-block", "var(--lumo-space-xs)");
        return s;
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    private static Span small(String text) {
        Span s = new Span(text);
        s.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return s;
    }

    private static void ok(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The two buttons under an editor: ids {@code <prefix>-save} and {@code <prefix>-cancel}, large enough to tap. */
    private com.vaadin.flow.component.Component saveOrCancel(String prefix, String saveKey, Runnable save, Runnable cancel) {
        Button saveButton = new Button(getTranslation(saveKey), e -> save.run());
        saveButton.setId(prefix + "-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setMinHeight("44px");
        Button cancelButton = new Button(getTranslation("common.cancel"), e -> cancel.run());
        cancelButton.setId(prefix + "-cancel");
        cancelButton.setMinHeight("44px");
        return row(saveButton, cancelButton);
    }
}
