package jp.tomoni.ui.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import elemental.json.JsonArray;
import elemental.json.JsonType;
import elemental.json.JsonValue;

import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.resource.DirectoryService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.DirectoryHit;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryResults;
import jp.tomoni.domain.resource.FacetCount;
import jp.tomoni.domain.resource.GeoPoint;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityGroupView;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.study.StudyGroupView;
import jp.tomoni.ui.tenant.TenantGate;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 支援をさがす: one search box across the whole directory (social resources, peer groups, programmes,
 * study groups, materials, jobs), for everyone in the tenant and made for a 360 px phone first. The
 * server decides what the reader may find and filters by the facets; this page only asks and shows.
 * The words and facet choices live in the URL (?q=&kind=&category=&district=&free=) so a list can be
 * shared or bookmarked; a position never goes into the URL.
 */
@Route(value = "t/:tenant/directory", layout = MainLayout.class)
@TenantView(titleKey = "directory.title", order = 9, icon = VaadinIcon.LIFEBUOY)
public class DirectorySearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final Logger LOG = Logger.getLogger(DirectorySearchView.class.getName());
    static final int PAGE = 20;
    static final int SUGGESTIONS_MAX = 8;
    static final List<Integer> RADII = List.of(1, 3, 5, 10, 20);
    static final int DEFAULT_RADIUS = 5;
    static final String P_TEXT = "q";
    static final String P_KIND = "kind";
    static final String P_CATEGORY = "category";
    static final String P_DISTRICT = "district";
    static final String P_FREE = "free";
    /** Asks the browser for its position; resolves to [latitude, longitude], or null when refused or unknown. */
    static final String GEOLOCATION = "return new Promise((ok)=>navigator.geolocation.getCurrentPosition("
            + "p=>ok([p.coords.latitude,p.coords.longitude]),()=>ok(null)))";
    private static final String TOUCH = "44px";

    private final DirectoryService directory;
    private String tenant;
    private Set<TenantRole> roles = Set.of();

    private final TextField text = new TextField();
    private final Div suggestions = new Div();
    private final Checkbox freeOnly = new Checkbox();
    private final CheckboxGroup<String> kindFacet = new CheckboxGroup<>();
    private final CheckboxGroup<String> categoryFacet = new CheckboxGroup<>();
    private final CheckboxGroup<String> districtFacet = new CheckboxGroup<>();
    /** Counts of the latest search per facet and value, read by the facets' label generators. */
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private final NumberField latitude = new NumberField();
    private final NumberField longitude = new NumberField();
    private final Select<Integer> radius = new Select<>();
    private final Details near = new Details();
    private final H2 count = new H2();
    private final Paragraph message = new Paragraph();
    private final Div results = new Div();
    private final Button more = new Button();
    /** The words of the last search run, so a late suggestion round-trip does not reopen the list. */
    private String searched = "";
    /** The search on screen, for its next page. */
    private DirectoryQuery last;
    private int shown;

    @Inject
    public DirectorySearchView(DirectoryService directory) {
        this.directory = directory;
        setId("directory");
        setPadding(true);
        setWidthFull();
        setMaxWidth("48rem");
        getStyle().set("box-sizing", "border-box");
        add(CommunityParts.h1(this, "directory.title"), new Paragraph(getTranslation("directory.intro")),
                searchBar(), suggestions, freeOnly(), facets(), nearSection(), resultsSection());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("directory.title"));
    }

    // ---- the parts of the page

    private Component searchBar() {
        text.setId("directory-q");
        text.setLabel(getTranslation("directory.q"));
        text.setPlaceholder(getTranslation("directory.q.placeholder"));
        text.setHelperText(getTranslation("directory.q.hint"));
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.getElement().setAttribute("enterkeyhint", "search");
        text.getElement().setAttribute("autocomplete", "off");
        text.getStyle().set("flex", "1 1 12em").set("min-width", "0");
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggest(e.getValue());
            }
        });
        Button search = new Button(getTranslation("directory.search"), VaadinIcon.SEARCH.create(), e -> newSearch());
        search.setId("directory-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.getStyle().set("min-height", TOUCH);
        search.addClickShortcut(Key.ENTER).listenOn(text);
        FlexLayout bar = new FlexLayout(text, search);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.getElement().setAttribute("role", "search");

        suggestions.setId("directory-suggestions");
        suggestions.getElement().setAttribute("role", "group");
        suggestions.getElement().setAttribute("aria-label", getTranslation("directory.suggestions"));
        suggestions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("width", "100%");
        suggestions.setVisible(false);
        return bar;
    }

    private Component freeOnly() {
        freeOnly.setId("directory-free");
        freeOnly.setLabel(getTranslation("directory.free"));
        freeOnly.getStyle().set("min-height", TOUCH).set("align-items", "center");
        freeOnly.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                newSearch();
            }
        });
        return freeOnly;
    }

    private Component facets() {
        facet(kindFacet, "facet-kind", "directory.facet.kind", "kind", v -> getTranslation("directory.kind." + v));
        facet(categoryFacet, "facet-category", "directory.facet.category", "category", this::categoryLabel);
        facet(districtFacet, "facet-district", "directory.facet.district", "district", v -> v);
        VerticalLayout box = new VerticalLayout(kindFacet, categoryFacet, districtFacet);
        box.setPadding(false);
        box.setSpacing(false);
        Details details = new Details(getTranslation("directory.filters"), box);
        details.setId("directory-filters");
        // open, so every choice can be reached at once; it folds away with one tap on a small screen
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private void facet(CheckboxGroup<String> group, String id, String labelKey, String facet, Function<String, String> label) {
        group.setId(id);
        group.setLabel(getTranslation(labelKey));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setWidthFull();
        group.setItemLabelGenerator(v -> getTranslation("directory.facet.count", label.apply(v),
                counts.getOrDefault(facet, Map.of()).getOrDefault(v, 0L)));
        group.setVisible(false);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                newSearch();
            }
        });
    }

    private Component nearSection() {
        latitude.setId("directory-lat");
        latitude.setLabel(getTranslation("directory.near.latitude"));
        longitude.setId("directory-lon");
        longitude.setLabel(getTranslation("directory.near.longitude"));
        for (NumberField f : List.of(latitude, longitude)) {
            f.setWidthFull();
            f.setClearButtonVisible(true);
            // the range is checked below, with the same words as the rest of the page
            f.setManualValidation(true);
            f.getElement().setAttribute("inputmode", "decimal");
            f.addValueChangeListener(e -> {
                f.setInvalid(false);
                if (e.isFromClient() && (latitude.isEmpty() == longitude.isEmpty())) {
                    newSearch();
                }
            });
        }
        latitude.setMin(-90);
        latitude.setMax(90);
        longitude.setMin(-180);
        longitude.setMax(180);
        radius.setId("directory-radius");
        radius.setLabel(getTranslation("directory.near.radius"));
        radius.setItems(RADII);
        radius.setItemLabelGenerator(r -> getTranslation("directory.near.km", r));
        radius.setValue(DEFAULT_RADIUS);
        radius.setWidthFull();
        radius.addValueChangeListener(e -> {
            if (e.isFromClient() && !latitude.isEmpty() && !longitude.isEmpty()) {
                newSearch();
            }
        });
        Button here = new Button(getTranslation("directory.near.here"), VaadinIcon.CROSSHAIRS.create(), e -> locate());
        here.setId("directory-here");
        here.getStyle().set("min-height", TOUCH);
        Button clear = new Button(getTranslation("directory.near.clear"), e -> {
            latitude.clear();
            longitude.clear();
            newSearch();
        });
        clear.setId("directory-near-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.getStyle().set("min-height", TOUCH);
        FlexLayout buttons = new FlexLayout(here, clear);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("directory.near.intro")), buttons,
                latitude, longitude, radius);
        box.setPadding(false);
        near.setSummaryText(getTranslation("directory.near"));
        near.add(box);
        near.setId("directory-near");
        near.setWidthFull();
        return near;
    }

    private Component resultsSection() {
        count.setId("directory-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-bottom", "0");
        // read out when a new search is done
        count.getElement().setAttribute("aria-live", "polite");
        message.setId("directory-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        results.setId("directory-results");
        results.setWidthFull();
        more.setText(getTranslation("directory.more"));
        more.setId("directory-more");
        more.setWidthFull();
        more.getStyle().set("min-height", TOUCH);
        more.addClickListener(e -> search(true));
        more.setVisible(false);
        VerticalLayout box = new VerticalLayout(count, message, results, more);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    // ---- navigation: the URL is the state

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        roles = TenantContext.current().map(t -> t.roles()).orElse(Set.of());
        DirectoryQuery asked = fromParameters(event.getLocation().getQueryParameters().getParameters(), PAGE);
        text.setValue(asked.text());
        freeOnly.setValue(asked.freeOnly());
        select(kindFacet, asked.kinds().stream().map(Enum::name).toList());
        select(categoryFacet, asked.categories());
        select(districtFacet, asked.districts());
        latitude.clear();
        longitude.clear();
        radius.setValue(DEFAULT_RADIUS);
        near.setOpened(false);
        hideSuggestions();
        search(false);
    }

    /** Shows the chosen values as checked before the counts are known (they are kept among the items). */
    private static void select(CheckboxGroup<String> group, Collection<String> values) {
        group.setItems(new ArrayList<>(values));
        group.setValue(new LinkedHashSet<>(values));
    }

    private void updateUrl() {
        QueryParameters params = new QueryParameters(parameters(text.getValue(), kindFacet.getValue(),
                categoryFacet.getValue(), districtFacet.getValue(), freeOnly.getValue()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("t/" + tenant + "/directory", params)));
    }

    // ---- suggestions

    private void suggest(String typed) {
        String prefix = typed == null ? "" : typed.strip();
        if (prefix.isEmpty() || prefix.equals(searched)) {
            hideSuggestions();
            return;
        }
        List<String> words;
        try {
            words = directory.suggest(prefix);
        } catch (RuntimeException e) {
            // suggestions are a help, never a reason for an error message
            LOG.log(Level.FINE, "suggestions failed", e);
            words = List.of();
        }
        suggestions.removeAll();
        words.stream().filter(w -> w != null && !w.isBlank()).distinct().limit(SUGGESTIONS_MAX).forEach(w -> {
            Button b = new Button(w, e -> {
                text.setValue(w);
                newSearch();
                text.focus();
            });
            b.addClassName("directory-suggestion");
            b.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            b.getStyle().set("min-height", TOUCH).set("max-width", "100%").set("white-space", "normal");
            suggestions.add(b);
        });
        suggestions.setVisible(suggestions.getComponentCount() > 0);
    }

    private void hideSuggestions() {
        suggestions.removeAll();
        suggestions.setVisible(false);
    }

    // ---- searching

    /** A search started by the person: from the first hit, and the URL follows. */
    private void newSearch() {
        hideSuggestions();
        if (search(false)) {
            updateUrl();
        }
    }

    /** Runs the search (or the next page of it); false when it could not be asked. */
    private boolean search(boolean nextPage) {
        DirectoryQuery query;
        if (nextPage && last != null) {
            // the next page of the search on screen, whatever was typed since
            query = new DirectoryQuery(last.text(), last.kinds(), last.categories(), last.districts(), last.freeOnly(),
                    last.near(), last.radiusKm(), shown, PAGE);
        } else {
            GeoPoint point;
            try {
                point = point();
            } catch (IllegalArgumentException e) {
                near.setOpened(true);
                return false;
            }
            query = new DirectoryQuery(text.getValue(), kinds(kindFacet.getValue()), categoryFacet.getValue(),
                    districtFacet.getValue(), freeOnly.getValue(), point, point == null ? null : radiusKm(), 0, PAGE);
        }
        searched = query.text();
        last = query;
        DirectoryResults found;
        try {
            found = directory.search(query);
        } catch (AccessDeniedException e) {
            failed(nextPage, getTranslation("common.notAllowed"));
            return false;
        } catch (InvalidInputException e) {
            Locale locale = getLocale();
            CommunityParts.error(String.join(" / ", e.violations().stream().map(v -> Messages.of(locale, v)).toList()));
            return false;
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "directory search unavailable", e);
            failed(nextPage, getTranslation("directory.unavailable"));
            return false;
        } catch (RuntimeException e) {
            // the index is a separate service that can fail in other ways; the page itself must keep working
            LOG.log(Level.WARNING, "directory search failed", e);
            failed(nextPage, getTranslation("directory.unavailable"));
            return false;
        }
        show(found, nextPage);
        return true;
    }

    private GeoPoint point() {
        Double lat = latitude.getValue();
        Double lon = longitude.getValue();
        boolean bad = false;
        if ((lat == null) != (lon == null)) {
            NumberField missing = lat == null ? latitude : longitude;
            missing.setErrorMessage(getTranslation("directory.near.both"));
            missing.setInvalid(true);
            bad = true;
        }
        if (lat != null && (lat.isNaN() || lat < -90 || lat > 90)) {
            latitude.setErrorMessage(getTranslation("directory.near.range", -90, 90));
            latitude.setInvalid(true);
            bad = true;
        }
        if (lon != null && (lon.isNaN() || lon < -180 || lon > 180)) {
            longitude.setErrorMessage(getTranslation("directory.near.range", -180, 180));
            longitude.setInvalid(true);
            bad = true;
        }
        if (bad) {
            throw new IllegalArgumentException("position");
        }
        return lat == null ? null : new GeoPoint(lat, lon);
    }

    private Double radiusKm() {
        return (double) (radius.getValue() == null ? DEFAULT_RADIUS : radius.getValue());
    }

    private void show(DirectoryResults found, boolean nextPage) {
        message.setVisible(false);
        if (!nextPage) {
            results.removeAll();
            shown = 0;
            showFacets(found);
        }
        Anchor firstNew = null;
        for (DirectoryHit hit : found.hits()) {
            Div card = card(hit);
            if (firstNew == null) {
                firstNew = card.getChildren().findFirst().flatMap(h -> h.getChildren().findFirst())
                        .filter(Anchor.class::isInstance).map(Anchor.class::cast).orElse(null);
            }
            results.add(card);
        }
        shown += found.hits().size();
        count.setText(found.total() == 0 ? "" : getTranslation("directory.found", found.total()));
        count.setVisible(found.total() > 0);
        if (found.total() == 0) {
            showMessage(getTranslation("directory.none"));
        }
        more.setVisible(!found.hits().isEmpty() && shown < found.total());
        if (nextPage && firstNew != null) {
            // keyboard and screen-reader users continue at the first of the new results
            firstNew.getElement().callJsFunction("focus");
        }
    }

    /** A search that could not be asked: a new one leaves no old results behind; a next page keeps those shown. */
    private void failed(boolean nextPage, String text) {
        if (!nextPage) {
            results.removeAll();
            shown = 0;
        }
        showMessage(text);
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        if (shown == 0) {
            count.setVisible(false);
            more.setVisible(false);
        }
    }

    private void showFacets(DirectoryResults found) {
        Map<String, List<FacetCount>> facets = found.facets() == null ? Map.of() : found.facets();
        refill(kindFacet, "kind", facets.getOrDefault("kind", List.of()));
        refill(categoryFacet, "category", facets.getOrDefault("category", List.of()));
        refill(districtFacet, "district", facets.getOrDefault("district", List.of()));
        Long free = facets.getOrDefault("free", List.of()).stream().filter(f -> "true".equalsIgnoreCase(f.value()))
                .map(FacetCount::count).findFirst().orElse(null);
        freeOnly.setLabel(free == null ? getTranslation("directory.free") : getTranslation("directory.free.count", free));
    }

    /** New values and counts from the server; what the person checked stays checked, even at 0. */
    private void refill(CheckboxGroup<String> group, String facet, List<FacetCount> values) {
        Set<String> checked = new LinkedHashSet<>(group.getValue());
        Map<String, Long> byValue = new LinkedHashMap<>();
        values.stream().filter(f -> f.value() != null && !f.value().isBlank()).forEach(f -> byValue.put(f.value(), f.count()));
        checked.forEach(v -> byValue.putIfAbsent(v, 0L));
        counts.put(facet, byValue);
        group.setItems(new ArrayList<>(byValue.keySet()));
        group.setValue(checked);
        group.setVisible(!byValue.isEmpty());
    }

    // ---- one result

    private Div card(DirectoryHit hit) {
        H3 title = new H3();
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-xs)");
        String href = link(tenant, hit, roles);
        if (href == null) {
            title.setText(hit.name());
        } else {
            Anchor name = new Anchor(href, hit.name());
            name.setId("directory-hit-" + hit.id());
            name.getStyle().set("display", "inline-block").set("min-height", "24px");
            title.add(name);
        }
        Div badges = new Div(CommunityParts.badge(getTranslation("directory.kind." + hit.kind().name()), "contrast"));
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (hit.category() != null && !hit.category().isBlank()) {
            badges.add(CommunityParts.badge(categoryLabel(hit.category()), ""));
        }
        if (hit.free()) {
            badges.add(CommunityParts.badge(getTranslation("directory.badge.free"), "success"));
        }
        if (hit.shared()) {
            badges.add(CommunityParts.badge(getTranslation("directory.badge.shared"), "contrast"));
        }
        Div card = CommunityParts.card(title, badges);
        card.addClassName("directory-hit");
        card.getElement().setAttribute("data-kind", hit.kind().name());
        if (hit.organization() != null && !hit.organization().isBlank()) {
            card.add(secondary(getTranslation("directory.organization", hit.organization())));
        }
        if (hit.address() != null && !hit.address().isBlank()) {
            card.add(secondary(getTranslation("resources.addressIs", hit.address())));
        }
        if (hit.distanceKm() != null) {
            Div distance = secondary(getTranslation("directory.distance", km(hit.distanceKm())));
            distance.addClassName("directory-distance");
            card.add(distance);
        }
        if (hit.description() != null && !hit.description().isBlank()) {
            Paragraph description = new Paragraph(hit.description());
            description.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("display", "-webkit-box")
                    .set("-webkit-line-clamp", "2").set("line-clamp", "2").set("-webkit-box-orient", "vertical")
                    .set("overflow", "hidden");
            card.add(description);
        }
        return card;
    }

    private static Div secondary(String text) {
        Div d = new Div(new Span(text));
        d.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin-top", "var(--lumo-space-xs)");
        return d;
    }

    /** A category as the bundle names it: a resource category, a kind of group, a subject, or as the server sent it. */
    private String categoryLabel(String value) {
        for (String prefix : List.of("category.", "groupKind.", "subject.")) {
            String label = getTranslation(prefix + value);
            if (!label.equals(prefix + value)) {
                return label;
            }
        }
        return value;
    }

    // ---- the position

    private void locate() {
        getElement().executeJs(GEOLOCATION).then(this::located,
                error -> CommunityParts.error(getTranslation("directory.near.failed")));
    }

    private void located(JsonValue value) {
        if (value != null && value.getType() == JsonType.ARRAY && ((JsonArray) value).length() == 2) {
            JsonArray position = (JsonArray) value;
            latitude.setValue(round(position.getNumber(0)));
            longitude.setValue(round(position.getNumber(1)));
            near.setOpened(true);
            newSearch();
        } else {
            CommunityParts.error(getTranslation("directory.near.failed"));
        }
    }

    /** About 1 m is plenty to find help nearby, and keeps less of where the person is. */
    static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }

    // ---- plain rules, tested without a browser

    /** 1.2 under 10 km, whole kilometres from there (the number in 「約1.2km」). */
    static String km(double km) {
        double tenths = Math.max(1, Math.round(km * 10)) / 10d;
        return tenths < 10 ? String.format(Locale.ROOT, "%.1f", tenths) : Long.toString(Math.round(tenths));
    }

    /** The kinds named, ignoring names the server does not know (a hand-edited URL). */
    static Set<DirectoryKind> kinds(Collection<String> names) {
        Set<DirectoryKind> out = EnumSet.noneOf(DirectoryKind.class);
        for (String n : names) {
            for (DirectoryKind k : DirectoryKind.values()) {
                if (k.name().equalsIgnoreCase(n == null ? "" : n.strip())) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** The URL's query parameters for a search; empty choices are left out, values sorted so equal searches share a URL. */
    static Map<String, List<String>> parameters(String text, Collection<String> kinds, Collection<String> categories,
                                                Collection<String> districts, boolean free) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            out.put(P_TEXT, List.of(text.strip()));
        }
        putAll(out, P_KIND, kinds);
        putAll(out, P_CATEGORY, categories);
        putAll(out, P_DISTRICT, districts);
        if (free) {
            out.put(P_FREE, List.of("1"));
        }
        return out;
    }

    private static void putAll(Map<String, List<String>> out, String key, Collection<String> values) {
        if (values == null) {
            return;
        }
        TreeSet<String> sorted = new TreeSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(sorted::add);
        if (!sorted.isEmpty()) {
            out.put(key, List.copyOf(sorted));
        }
    }

    /** The search a URL asks for (from the first hit, no position); unknown kinds are dropped, the rest the server checks. */
    static DirectoryQuery fromParameters(Map<String, List<String>> params, int limit) {
        Map<String, List<String>> p = params == null ? Map.of() : params;
        String text = p.getOrDefault(P_TEXT, List.of()).stream().filter(s -> s != null).findFirst().orElse("");
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        boolean free = p.getOrDefault(P_FREE, List.of()).stream()
                .anyMatch(v -> "1".equals(v) || "true".equalsIgnoreCase(v));
        return new DirectoryQuery(text, kinds(p.getOrDefault(P_KIND, List.of())), values(p, P_CATEGORY),
                values(p, P_DISTRICT), free, null, null, 0, limit);
    }

    private static Set<String> values(Map<String, List<String>> p, String key) {
        Set<String> out = new LinkedHashSet<>();
        p.getOrDefault(key, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(out::add);
        return out;
    }

    /**
     * Where a hit's name leads, relative to the application root, or null: a resource to its page, a study
     * group or community group to its page when the reader's roles may open it, a job to its posting's page
     * (which shows it only to those who may read it); materials have none.
     */
    static String link(String tenant, DirectoryHit hit, Set<TenantRole> roles) {
        UUID id = hit.id();
        if (id == null || hit.kind() == null) {
            return null;
        }
        return switch (hit.kind()) {
            case RESOURCE -> "t/" + tenant + "/resources/" + id;
            case STUDY_GROUP -> TenantGate.allows(StudyGroupView.class, roles) ? "t/" + tenant + "/study/groups/" + id : null;
            case PEER_GROUP, PROGRAMME -> TenantGate.allows(CommunityGroupView.class, roles)
                    ? "t/" + tenant + "/community/groups/" + id : null;
            case JOB -> "t/" + tenant + "/jobs/" + id;
            case MATERIAL -> null;
        };
    }
}
