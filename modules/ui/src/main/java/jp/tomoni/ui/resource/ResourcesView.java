package jp.tomoni.ui.resource;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
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

import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ResourceHit;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/** The tenant's directory of social resources (社会資源): staff register, everyone in the tenant searches. */
@Route(value = "t/:tenant/resources", layout = MainLayout.class)
@TenantView(titleKey = "resources.title", order = 10, icon = VaadinIcon.HANDSHAKE)
public class ResourcesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private static final Logger LOG = Logger.getLogger(ResourcesView.class.getName());
    /** Who may register; the service checks the same roles, this only decides whether to show the form. */
    static final Set<TenantRole> EDITORS = Set.of(TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT,
            TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER);
    static final int NEWEST = 20;
    static final int HITS = 50;

    private final ResourceService resources;
    private final Section registration = new Section();
    private final ResourceForm form = new ResourceForm(this::register);
    private final TextField query = new TextField();
    private final H3 resultsHeading = new H3();
    private final ResourceList results = new ResourceList();

    @Inject
    public ResourcesView(ResourceService resources) {
        this.resources = resources;
        setId("resources");
        registration.add(new H2(getTranslation("resources.form.heading")), form);
        H1 title = new H1(getTranslation("resources.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(title, registration, searchSection());
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
        Section section = new Section(new H2(getTranslation("resources.search.heading")), bar, resultsHeading, results);
        section.setWidthFull();
        return section;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        registration.setVisible(TenantContext.require().roles().stream().anyMatch(EDITORS::contains));
        form.clear();
        query.clear();
        showNewest();
    }

    private void register(ResourceDraft draft) {
        try {
            resources.register(draft);
        } catch (InvalidInputException e) {
            form.showViolations(e.violations(), getLocale()).forEach(this::error);
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
        List<ResourceHit> hits;
        try {
            hits = resources.search(q, HITS);
        } catch (RuntimeException e) {
            // the index is a separate service that can be down; the page itself must keep working
            LOG.log(Level.WARNING, "resource search failed", e);
            error(getTranslation("resources.searchFailed"));
            return;
        }
        resultsHeading.setText(getTranslation("resources.found", hits.size()));
        results.show(hits, getTranslation("resources.none"));
    }

    private void showNewest() {
        List<ResourceHit> newest = resources.newest(NEWEST).stream().map(ResourceHit::of).toList();
        resultsHeading.setText(getTranslation("resources.newest"));
        results.show(newest, getTranslation("resources.empty"));
    }

    private void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("resources.title"));
    }
}
