package jp.tomoni.ui.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.resource.Contact;
import jp.tomoni.domain.resource.Eligibility;
import jp.tomoni.domain.resource.EligibilityCondition;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ServiceLocation;
import jp.tomoni.domain.resource.SupportLanguage;
import jp.tomoni.domain.resource.Visibility;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.ui.form.FieldErrors;

/**
 * The form of a social resource, for registering and for editing: it collects a whole
 * {@link ResourceDraft} and shows the rules the draft broke; the rules themselves live in the domain,
 * so they are checked once, on the server. The long form is cut into groups under headings
 * (基本, 対象, 連絡先, 場所, 公開範囲) and is one column on a phone.
 */
public class ResourceForm extends FormLayout {
    private static final long serialVersionUID = 1L;

    // 基本
    final TextField name = new TextField();
    final TextField nameKana = new TextField();
    final Select<ResourceCategory> category = new Select<>();
    final MultiSelectComboBox<ProblemArea> areas = new MultiSelectComboBox<>();
    final TextArea description = new TextArea();
    final TextField hours = new TextField();
    final TextField fees = new TextField();
    final Checkbox free = new Checkbox();
    // 対象
    final TextArea eligibilityText = new TextArea();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final Checkbox residentsOnly = new Checkbox();
    final CheckboxGroup<EligibilityCondition> conditions = new CheckboxGroup<>();
    final MultiSelectComboBox<SupportLanguage> languages = new MultiSelectComboBox<>();
    // 連絡先
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextField url = new TextField();
    // 場所
    final Select<UUID> organization = new Select<>();
    final CheckboxGroup<UUID> locations = new CheckboxGroup<>();
    final Div placeRows = new Div();
    final TextField address = new TextField();
    final TextField accessibility = new TextField();
    // 公開範囲
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();

    final Button register = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final Function<UUID, List<Location>> locationsOf;
    private final Map<UUID, Organization> organizations = new LinkedHashMap<>();
    /** The places of the chosen organization, in the order the service gave them. */
    private final Map<UUID, Location> places = new LinkedHashMap<>();
    /** One row (時間・電話 at that place) per chosen place; kept while the place stays chosen. */
    private final Map<UUID, PlaceRow> rows = new LinkedHashMap<>();

    /** A form without organizations (their places are not offered until {@link #setOrganizations} is called). */
    public ResourceForm(Consumer<ResourceDraft> onSubmit) {
        this(onSubmit, org -> List.of());
    }

    /**
     * @param onSubmit    gets the draft when 登録/保存 is pressed
     * @param locationsOf the places of an organization (ResourceService.locations), read when one is chosen
     */
    public ResourceForm(Consumer<ResourceDraft> onSubmit, Function<UUID, List<Location>> locationsOf) {
        this.locationsOf = locationsOf;
        setId("resource-form");
        basics();
        audience();
        contact();
        place();
        visibility();

        register.setText(getTranslation("resources.register"));
        register.setId("resource-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setMinHeight("44px");
        register.addClickListener(e -> onSubmit.accept(draft()));
        add(register);
        setColspan(register, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    // ---- the groups

    private void basics() {
        heading("resources.form.section.basics", "resource-section-basics");
        name.setLabel(getTranslation("resources.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ResourceDraft.NAME_MAX);
        errors.field("name", name, "resource-name");

        nameKana.setLabel(getTranslation("resources.form.nameKana"));
        nameKana.setHelperText(getTranslation("resources.form.nameKana.help"));
        nameKana.setMaxLength(ResourceDraft.NAME_MAX);
        errors.field("nameKana", nameKana, "resource-name-kana");

        category.setLabel(getTranslation("resources.form.category"));
        category.setRequiredIndicatorVisible(true);
        category.setPlaceholder(getTranslation("resources.category.placeholder"));
        category.setItems(ResourceCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("category." + c.name()));
        errors.field("category", category, "resource-category");

        areas.setLabel(getTranslation("resources.form.areas"));
        areas.setHelperText(getTranslation("resources.form.areas.help"));
        areas.setItems(ProblemArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("problem." + a.name()));
        areas.setWidthFull();
        errors.field("areas", areas, "resource-areas");

        description.setLabel(getTranslation("resources.description"));
        description.setMaxLength(ResourceDraft.DESCRIPTION_MAX);
        errors.field("description", description, "resource-description");

        hours.setLabel(getTranslation("resources.form.hours"));
        hours.setPlaceholder(getTranslation("resources.form.hours.placeholder"));
        hours.setMaxLength(ResourceDraft.SHORT_MAX);
        errors.field("hours", hours, "resource-hours");

        fees.setLabel(getTranslation("resources.form.fees"));
        fees.setMaxLength(ResourceDraft.SHORT_MAX);
        errors.field("fees", fees, "resource-fees");

        free.setLabel(getTranslation("resources.form.free"));
        free.setId("resource-free");

        add(name, nameKana, category, areas, description, hours, fees, free);
        setColspan(areas, 2);
        setColspan(description, 2);
    }

    private void audience() {
        heading("resources.form.section.audience", "resource-section-audience");
        eligibilityText.setLabel(getTranslation("resources.form.eligibility"));
        eligibilityText.setHelperText(getTranslation("resources.form.eligibility.help"));
        eligibilityText.setMaxLength(Eligibility.TEXT_MAX);
        errors.field("eligibility.text", eligibilityText, "resource-eligibility-text");

        age(minAge, "resources.form.minAge");
        errors.field("eligibility.minAge", minAge, "resource-min-age");
        age(maxAge, "resources.form.maxAge");
        errors.field("eligibility.maxAge", maxAge, "resource-max-age");

        residentsOnly.setLabel(getTranslation("resources.form.residentsOnly"));
        residentsOnly.setId("resource-residents-only");

        conditions.setLabel(getTranslation("resources.form.conditions"));
        conditions.setHelperText(getTranslation("resources.form.conditions.help"));
        conditions.setItems(EligibilityCondition.values());
        conditions.setItemLabelGenerator(c -> getTranslation("resource.condition." + c.name()));
        conditions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        errors.field("eligibility.conditions", conditions, "resource-conditions");

        languages.setLabel(getTranslation("resources.form.languages"));
        languages.setHelperText(getTranslation("resources.form.languages.help"));
        languages.setItems(SupportLanguage.values());
        languages.setItemLabelGenerator(l -> getTranslation("resource.language." + l.code()));
        languages.setWidthFull();
        errors.field("languages", languages, "resource-languages");

        add(eligibilityText, minAge, maxAge, residentsOnly, conditions, languages);
        setColspan(eligibilityText, 2);
        setColspan(residentsOnly, 2);
        setColspan(conditions, 2);
        setColspan(languages, 2);
    }

    private void age(IntegerField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(0);
        field.setMax(Eligibility.AGE_MAX);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new Span(getTranslation("resources.form.ageUnit")));
        field.setHelperText(getTranslation("resources.form.age.help"));
    }

    private void contact() {
        heading("resources.form.section.contact", "resource-section-contact");
        phone.setLabel(getTranslation("resources.form.phone"));
        phone.setPlaceholder(getTranslation("resources.form.phone.placeholder"));
        phone.setMaxLength(20);
        errors.field("phone", phone, "resource-phone");
        email.setLabel(getTranslation("resources.form.email"));
        email.setMaxLength(254);
        errors.field("email", email, "resource-email");
        url.setLabel(getTranslation("resources.form.url"));
        url.setPlaceholder("https://");
        url.setMaxLength(500);
        errors.field("url", url, "resource-url");
        add(phone, email, url);
        setColspan(url, 2);
    }

    private void place() {
        heading("resources.form.section.place", "resource-section-place");
        organization.setLabel(getTranslation("resources.form.organization"));
        organization.setHelperText(getTranslation("resources.form.organization.help"));
        organization.setEmptySelectionAllowed(true);
        organization.setEmptySelectionCaption(getTranslation("resources.form.organization.none"));
        organization.setItemLabelGenerator(this::organizationLabel);
        errors.field("organizationId", organization, "resource-organization");
        organization.addValueChangeListener(e -> showPlacesOf(e.getValue()));

        locations.setLabel(getTranslation("resources.form.locations"));
        locations.setHelperText(getTranslation("resources.form.locations.help"));
        locations.setItemLabelGenerator(this::placeLabel);
        locations.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        locations.setVisible(false);
        errors.field("locations", locations, "resource-locations");
        locations.addValueChangeListener(e -> syncRows());

        placeRows.setId("resource-place-rows");
        placeRows.setWidthFull();

        address.setLabel(getTranslation("resources.address"));
        address.setHelperText(getTranslation("resources.form.address.help"));
        address.setMaxLength(ResourceDraft.ADDRESS_MAX);
        errors.field("address", address, "resource-address");

        accessibility.setLabel(getTranslation("resources.form.accessibility"));
        accessibility.setPlaceholder(getTranslation("resources.form.accessibility.placeholder"));
        accessibility.setMaxLength(ResourceDraft.SHORT_MAX);
        errors.field("accessibility", accessibility, "resource-accessibility");

        add(organization, locations, placeRows, address, accessibility);
        setColspan(organization, 2);
        setColspan(locations, 2);
        setColspan(placeRows, 2);
        setColspan(address, 2);
        setColspan(accessibility, 2);
    }

    private void visibility() {
        heading("resources.form.section.visibility", "resource-section-visibility");
        visibility.setLabel(getTranslation("resources.form.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("resource.visibility." + v.name()));
        // each choice with a line saying who will find the record, so nobody has to guess
        visibility.setRenderer(new ComponentRenderer<>(v -> {
            Span label = new Span(getTranslation("resource.visibility." + v.name()));
            Span help = new Span(getTranslation("resources.form.visibility.help." + v.name()));
            help.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            return new Div(label, help);
        }));
        visibility.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        visibility.setValue(Visibility.PUBLIC);
        visibility.setHelperText(getTranslation("resources.form.visibility.help"));
        errors.field("visibility", visibility, "resource-visibility");
        add(visibility);
        setColspan(visibility, 2);
    }

    private void heading(String key, String id) {
        H3 h = new H3(getTranslation(key));
        h.setId(id);
        h.getStyle().set("margin-top", "var(--lumo-space-l)").set("margin-bottom", "0")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        add(h);
        setColspan(h, 2);
    }

    // ---- organizations and their places

    /** The organizations to choose from (ResourceService.organizations()); the chosen one stays chosen if still there. */
    public void setOrganizations(Collection<Organization> list) {
        UUID chosen = organization.getValue();
        organizations.clear();
        list.forEach(o -> organizations.put(o.id(), o));
        List<UUID> ids = new ArrayList<>(organizations.keySet());
        if (chosen != null && !organizations.containsKey(chosen)) {
            ids.add(chosen);
        }
        organization.setItems(ids);
        if (chosen != null) {
            organization.setValue(chosen);
        }
    }

    private String organizationLabel(UUID id) {
        if (id == null) {
            return getTranslation("resources.form.organization.none");
        }
        Organization o = organizations.get(id);
        return o == null ? getTranslation("resources.form.organization.unknown") : o.name();
    }

    private String placeLabel(UUID id) {
        Location l = places.get(id);
        if (l == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(l.name());
        String where = l.district() != null && !l.district().isBlank() ? l.district() : l.address();
        if (where != null && !where.isBlank()) {
            s.append("（").append(where).append("）");
        }
        if (l.confidential()) {
            s.append(" ").append(getTranslation("resources.form.locations.confidential"));
        }
        return s.toString();
    }

    /** Offers the places of the chosen organization; places chosen before stay chosen when still offered. */
    private void showPlacesOf(UUID org) {
        Set<UUID> before = new LinkedHashSet<>(locations.getValue());
        places.clear();
        String problem = null;
        if (org != null) {
            try {
                locationsOf.apply(org).forEach(l -> places.put(l.id(), l));
            } catch (RuntimeException e) {
                problem = getTranslation("resources.form.locations.failed");
            }
        }
        locations.setItems(new ArrayList<>(places.keySet()));
        before.retainAll(places.keySet());
        locations.setValue(before);
        locations.setVisible(org != null);
        if (problem != null) {
            locations.setHelperText(problem);
        } else if (org != null && places.isEmpty()) {
            locations.setHelperText(getTranslation("resources.form.locations.none"));
        } else {
            locations.setHelperText(getTranslation("resources.form.locations.help"));
        }
        syncRows();
    }

    /** One row per chosen place, in the order of the places; a row keeps what was typed while its place stays chosen. */
    private void syncRows() {
        Set<UUID> chosen = locations.getValue();
        rows.keySet().retainAll(chosen);
        placeRows.removeAll();
        for (UUID id : places.keySet()) {
            if (chosen.contains(id)) {
                PlaceRow row = rows.computeIfAbsent(id, k -> new PlaceRow(this, k, placeLabel(k)));
                placeRows.add(row);
            }
        }
        placeRows.setVisible(!rows.isEmpty());
    }

    /** 時間 and 電話 at one place, when they differ from the service's own. */
    static final class PlaceRow extends Div {
        private static final long serialVersionUID = 1L;
        final TextField hours = new TextField();
        final TextField phone = new TextField();

        PlaceRow(Component owner, UUID id, String label) {
            Span title = new Span(label);
            title.getStyle().set("font-weight", "600").set("display", "block");
            hours.setLabel(owner.getTranslation("resources.form.place.hours"));
            hours.setId("resource-place-hours-" + id);
            hours.setMaxLength(ResourceDraft.SHORT_MAX);
            hours.setPlaceholder(owner.getTranslation("resources.form.place.sameAsService"));
            phone.setLabel(owner.getTranslation("resources.form.place.phone"));
            phone.setId("resource-place-phone-" + id);
            phone.setMaxLength(20);
            phone.setPlaceholder(owner.getTranslation("resources.form.place.sameAsService"));
            Div fields = new Div(hours, phone);
            fields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
            hours.getStyle().set("flex", "1 1 12em");
            phone.getStyle().set("flex", "1 1 10em");
            add(title, fields);
            addClassName("resource-place-row");
            getElement().setAttribute("data-location-id", id.toString());
            getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)")
                    .set("margin-block", "var(--lumo-space-s)");
        }
    }

    /** The row of a chosen place (for tests and the edit page); null if that place is not chosen. */
    PlaceRow placeRow(UUID locationId) {
        return rows.get(locationId);
    }

    // ---- in and out

    public ResourceDraft draft() {
        List<ServiceLocation> chosen = new ArrayList<>();
        rows.forEach((id, row) -> chosen.add(new ServiceLocation(id, row.hours.getValue(), row.phone.getValue())));
        // keep the places' own order, whatever order they were ticked in
        List<UUID> order = new ArrayList<>(places.keySet());
        chosen.sort((a, b) -> Integer.compare(order.indexOf(a.locationId()), order.indexOf(b.locationId())));
        Eligibility eligibility = new Eligibility(eligibilityText.getValue(), minAge.getValue(), maxAge.getValue(),
                residentsOnly.getValue(), conditions.getValue());
        Contact contact = new Contact(phone.getValue(), email.getValue(), url.getValue());
        // the first slice's four fields go as typed; the optional texts added later go as absent when left empty
        return new ResourceDraft(name.getValue(), category.getValue(), description.getValue(), address.getValue(),
                blankToNull(nameKana.getValue()), areas.getValue(), eligibility, languages.getValue(),
                blankToNull(hours.getValue()), blankToNull(fees.getValue()), free.getValue(), contact,
                blankToNull(accessibility.getValue()), visibility.getValue(), organization.getValue(), chosen);
    }

    /** Fills the form with a stored record (for editing); call {@link #setOrganizations} first. */
    public void fill(ResourceDraft d) {
        name.setValue(nz(d.name()));
        nameKana.setValue(nz(d.nameKana()));
        category.setValue(d.category());
        areas.setValue(d.areas());
        description.setValue(nz(d.description()));
        hours.setValue(nz(d.hours()));
        fees.setValue(nz(d.fees()));
        free.setValue(d.free());
        Eligibility e = d.eligibility();
        eligibilityText.setValue(nz(e.text()));
        minAge.setValue(e.minAge());
        maxAge.setValue(e.maxAge());
        residentsOnly.setValue(e.residentsOnly());
        conditions.setValue(e.conditions());
        languages.setValue(d.languages());
        phone.setValue(nz(d.contact().phone()));
        email.setValue(nz(d.contact().email()));
        url.setValue(nz(d.contact().url()));
        address.setValue(nz(d.address()));
        accessibility.setValue(nz(d.accessibility()));
        visibility.setValue(d.visibility());

        UUID org = d.organizationId();
        if (org != null && !organizations.containsKey(org)) {
            List<UUID> ids = new ArrayList<>(organizations.keySet());
            ids.add(org);
            organization.setItems(ids);
        }
        locations.clear();
        if (java.util.Objects.equals(organization.getValue(), org)) {
            showPlacesOf(org);
        } else {
            organization.setValue(org);
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        d.locations().stream().map(ServiceLocation::locationId).filter(places::containsKey).forEach(chosen::add);
        locations.setValue(chosen);
        for (ServiceLocation s : d.locations()) {
            PlaceRow row = rows.get(s.locationId());
            if (row != null) {
                row.hours.setValue(nz(s.hours()));
                row.phone.setValue(nz(s.phone()));
            }
        }
        errors.clear();
    }

    /** The text of the submit button (登録 when registering, 保存 when editing). */
    public void setSubmitText(String text) {
        register.setText(text);
    }

    /** Marks each field at fault with its message; returns the messages of faults no field here can show. */
    public List<String> showViolations(List<FieldViolation> violations, Locale locale) {
        return errors.show(violations, locale);
    }

    public void clear() {
        name.clear();
        nameKana.clear();
        category.clear();
        areas.clear();
        description.clear();
        hours.clear();
        fees.clear();
        free.clear();
        eligibilityText.clear();
        minAge.clear();
        maxAge.clear();
        residentsOnly.clear();
        conditions.clear();
        languages.clear();
        phone.clear();
        email.clear();
        url.clear();
        organization.clear();
        locations.clear();
        rows.clear();
        syncRows();
        address.clear();
        accessibility.clear();
        visibility.setValue(Visibility.PUBLIC);
        errors.clear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
