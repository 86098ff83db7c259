package jp.tomoni.ui.home;

import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.security.Caller;
import jp.tomoni.security.UiCallers;
import jp.tomoni.ui.tenant.TenantRoutes;

/** The start page: straight into the person's only tenant, a choice when they have several. */
@Route("")
public class RootView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final TenantStore tenants;
    private final UiCallers callers;

    @Inject
    public RootView(TenantStore tenants, UiCallers callers) {
        this.tenants = tenants;
        this.callers = callers;
        setId("root");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<TenantDefinition> mine = callers.current().map(this::tenantsOf).orElse(List.of());
        if (mine.size() == 1) {
            event.forwardTo(TenantRoutes.home(mine.get(0).slug()));
            return;
        }
        removeAll();
        add(new H1(getTranslation("root.title")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("root.none")), new Paragraph(getTranslation("root.noneHelp")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("tenant-list");
            for (TenantDefinition t : mine) {
                list.add(new ListItem(new RouterLink(t.nameJa(), HomeView.class,
                        new RouteParameters(TenantRoutes.PARAM, t.slug()))));
            }
            add(new Paragraph(getTranslation("root.choose")), list);
        }
        Anchor logout = new Anchor("logout", getTranslation("layout.logout"));
        logout.setRouterIgnore(true); // a plain request: the sign-out servlet, not a Vaadin route
        logout.setId("logout");
        add(logout);
    }

    private List<TenantDefinition> tenantsOf(Caller caller) {
        return caller.grants().tenants().stream().sorted()
                .flatMap(slug -> tenants.find(slug).stream())
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("root.title"));
    }
}
