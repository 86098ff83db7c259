package jp.tomoni.ui.resource;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.resource.DirectoryService;
import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.DirectoryHit;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryResults;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.SocialResource;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * The tenant's directory of social resources (社会資源): staff register, everyone in the tenant finds
 * them by a word here (or with every filter and the map on the directory page). The pages that keep
 * the directory up to date are linked from here for the staff who may use them.
 */
@Route(value = "t/:tenant/resources", layout = MainLayout.class)
@TenantView(titleKey = "resources.title", order = 10, icon = VaadinIcon.HANDSHAKE)
public class ResourcesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResourcesView.class.getName());
    /** Who may register; the service checks the same roles, this only decides whether to show the form. */
    static final Set<TenantRole> EDITORS = Set.of(TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT,
            TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER);
    static final int NEWEST = 20;
    static final int HITS = 50;

    private final ResourceService resources;
    private final DirectoryService directory;
    private final Section registration = new Section();
    private final ResourceForm form;
    private final Nav links = new Nav();
    private final TextField query = new TextField();
    private final H3 resultsHeading = new H3();
    private final Div results = new Div();
    private final UnorderedList items = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private String tenant;

    /** One line of the list, from a stored record (the newest) or a search hit. */
    record Row(UUID id, String name, String category, String organization, String description, String address,
               boolean shared) {
        static Row of(SocialResource r) {
            return new Row(r.id(), r.name(), r.category() == null ? null : r.category().name(), null, r.description(),
                    r.address(), r.shared());
        }

        static Row of(DirectoryHit h) {
            return new Row(h.id(), h.name(), h.category(), h.organization(), h.description(), h.address(), h.shared());
        }
    }

    @Inject
    public ResourcesView(ResourceService resources, DirectoryService directory) {
        this.resources = resources;
        this.directory = directory;
        this.form = new ResourceForm(this::register, resources::locations);
        setId("resources");
        H1 title = new H1(getTranslation("resources.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        links.setId("resource-links");
        links.setWidthFull();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        registration.add(new H2(getTranslation("resources.form.heading")), form);
        registration.setWidthFull();
        registration.getStyle().set("max-width", "48rem");
        add(title, links, registration, searchSection());
    }

    private Section searchSection() {
        query.setLabel(getTranslation("resources.search"));
        query.setId("resource-search");
        query.setClearButtonVisible(true);
        query.setMaxLength(200);
        Button search = new Button(getTranslation("resources.search.button"), e -> search());
        search.setId("resource-search-button");
        search.addClickShortcut(Key.ENTER).listenOn(query);
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setFlexGrow(1, query);
        bar.setWidthFull();
        resultsHeading.setId("resource-results-heading");
        results.setId("resource-results");
        results.setWidthFull();
        items.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        empty.setId("resource-results-empty");
        results.add(empty, items);
        Section section = new Section(new H2(getTranslation("resources.search.heading")), bar, resultsHeading, results);
        section.setWidthFull();
        return section;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        Set<TenantRole> roles = TenantContext.require().roles();
        boolean editor = roles.stream().anyMatch(EDITORS::contains);
        showLinks(editor, roles.contains(TenantRole.TENANT_ADMIN));
        registration.setVisible(editor);
        form.clear();
        if (editor) {
            try {
                form.setOrganizations(resources.organizations());
            } catch (RuntimeException e) {
                // the form still works without an organization; the failure is the server's to look into
                LOG.log(Level.WARNING, "organizations could not be read", e);
            }
        }
        query.clear();
        showNewest();
    }

    /** The directory page for everyone; the pages that keep the directory up to date for those who may use them. */
    private void showLinks(boolean editor, boolean admin) {
        links.removeAll();
        links.add(link("directory", "resources.form.link.directory", "resource-link-directory"));
        if (editor) {
            links.add(link("resources/organizations", "resources.form.link.organizations", "resource-link-organizations"),
                    link("resources/freshness", "resources.form.link.freshness", "resource-link-freshness"),
                    link("resources/import", "resources.form.link.import", "resource-link-import"));
        }
        if (admin) {
            links.add(link("resources/admin", "resources.form.link.admin", "resource-link-admin"));
        }
    }

    private Anchor link(String path, String key, String id) {
        Anchor a = new Anchor("t/" + tenant + "/" + path, getTranslation(key));
        a.setId(id);
        a.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
        return a;
    }

    private void register(ResourceDraft draft) {
        try {
            resources.register(draft);
        } catch (InvalidInputException e) {
            List<String> elsewhere = form.showViolations(e.violations(), getLocale());
            if (elsewhere.isEmpty()) {
                error(getTranslation("form.checkFields"));
            }
            elsewhere.forEach(this::error);
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("resources.notAllowed"));
            return;
        }
        Notification.show(getTranslation("resources.registered")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        form.clear();
        if (query.isEmpty()) {
            showNewest();
        }
    }

    private void search() {
        String q = query.getValue().strip();
        if (q.isEmpty()) {
            showNewest();
            return;
        }
        DirectoryResults found;
        try {
            found = directory.search(new DirectoryQuery(q, Set.of(DirectoryKind.RESOURCE), Set.of(), Set.of(), false,
                    null, null, 0, HITS));
        } catch (AccessDeniedException e) {
            error(getTranslation("resources.notAllowed"));
            return;
        } catch (RuntimeException e) {
            // the index is a separate service that can be down; the page itself must keep working
            LOG.log(Level.WARNING, "resource search failed", e);
            error(getTranslation("resources.searchFailed"));
            return;
        }
        resultsHeading.setText(getTranslation("resources.found", found.total()));
        show(found.hits().stream().map(Row::of).toList(), getTranslation("resources.none"));
    }

    private void showNewest() {
        List<Row> newest = resources.newest(NEWEST).stream().map(Row::of).toList();
        resultsHeading.setText(getTranslation("resources.newest"));
        show(newest, getTranslation("resources.empty"));
    }

    /** A plain list: readable on a phone; each name is a link to the record's page. */
    private void show(List<Row> rows, String whenEmpty) {
        items.removeAll();
        empty.setText(whenEmpty);
        empty.setVisible(rows.isEmpty());
        rows.forEach(r -> items.add(item(r)));
    }

    private ListItem item(Row r) {
        Anchor name = new Anchor("t/" + tenant + "/resources/" + r.id(), r.name());
        name.addClassName("resource-link");
        H4 heading = new H4(name);
        heading.getStyle().set("margin", "0");
        ListItem li = new ListItem(heading);
        li.getElement().setAttribute("data-resource-id", r.id().toString());
        Span meta = small(categoryLabel(r.category()));
        if (r.organization() != null && !r.organization().isBlank()) {
            meta.setText(meta.getText().isEmpty() ? r.organization() : meta.getText() + " ・ " + r.organization());
        }
        if (!meta.getText().isEmpty()) {
            li.add(meta);
        }
        if (r.shared()) {
            Span shared = new Span(getTranslation("resources.form.shared"));
            shared.getElement().getThemeList().add("badge contrast small");
            shared.getStyle().set("margin-left", "var(--lumo-space-s)");
            li.add(shared);
        }
        if (r.description() != null && !r.description().isBlank()) {
            li.add(new Paragraph(r.description()));
        }
        if (r.address() != null && !r.address().isBlank()) {
            Component address = small(getTranslation("resources.addressIs", r.address()));
            li.add(address);
        }
        li.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return li;
    }

    private String categoryLabel(String category) {
        if (category == null || category.isBlank()) {
            return "";
        }
        String label = getTranslation("category." + category);
        return label.equals("category." + category) ? category : label;
    }

    private static Span small(String text) {
        Span s = new Span(text);
        s.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return s;
    }

    private void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("resources.title"));
    }
}
