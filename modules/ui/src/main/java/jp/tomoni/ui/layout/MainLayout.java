package jp.tomoni.ui.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;

import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.security.Caller;
import jp.tomoni.security.UiCallers;
import jp.tomoni.ui.i18n.UiLanguage;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * The frame of every tenant page. It draws what the tenant binding admitted (it never decides
 * access itself) and redraws after each navigation, since one layout instance serves many pages.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final TenantStore tenants;
    private final UiCallers callers;
    private final Div brandBar = new Div();
    private final Span tenantName = new Span();
    private final Span personName = new Span();
    private final Div switcherSlot = new Div();
    private final SideNav nav = new SideNav();

    @Inject
    public MainLayout(TenantStore tenants, UiCallers callers) {
        this.tenants = tenants;
        this.callers = callers;
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.drawer")));
        addToNavbar(brandBar, toggle, header());
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav"));
        nav.setWidthFull();
        switcherSlot.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        addToDrawer(switcherSlot, nav);
    }

    private Component header() {
        brandBar.getElement().setAttribute("aria-hidden", "true");
        brandBar.getStyle().set("position", "absolute").set("top", "0").set("left", "0").set("right", "0")
                .set("height", "4px");
        tenantName.setId("tenant-name");
        tenantName.getElement().setAttribute("lang", "ja");
        tenantName.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        personName.setId("person-name");
        personName.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div who = new Div(tenantName, personName);
        who.getStyle().set("display", "flex").set("flex-direction", "column").set("flex", "1 1 10em")
                .set("min-width", "0").set("line-height", "var(--lumo-line-height-xs)");
        for (Span s : List.of(tenantName, personName)) {
            s.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
        }

        Anchor logout = new Anchor("logout", getTranslation("layout.logout"));
        logout.setRouterIgnore(true); // a plain request: the sign-out servlet, not a Vaadin route
        logout.setId("logout");

        HorizontalLayout header = new HorizontalLayout(who, languages(), logout);
        header.setAlignItems(Alignment.CENTER);
        header.setSpacing(false);
        header.getStyle().set("flex", "1").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("min-width", "0").set("padding", "var(--lumo-space-xs) var(--lumo-space-m) var(--lumo-space-xs) 0");
        return header;
    }

    private Component languages() {
        HorizontalLayout group = new HorizontalLayout(language(Locale.JAPANESE), language(Locale.ENGLISH));
        group.setSpacing(false);
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation("layout.language"));
        return group;
    }

    private Button language(Locale locale) {
        String lang = locale.getLanguage();
        Button b = new Button(getTranslation("lang." + lang), e -> UiLanguage.switchTo(UI.getCurrent(), locale));
        b.setId("lang-" + lang);
        b.getElement().setAttribute("lang", lang);
        boolean current = lang.equals(getLocale().getLanguage());
        b.getElement().setAttribute("aria-pressed", String.valueOf(current));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** A second lock on the same door: never draw a tenant page the binding did not admit for this very tenant. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> wanted = event.getRouteParameters().get(TenantRoutes.PARAM);
        boolean admitted = wanted.isPresent()
                && TenantContext.current().map(CurrentTenant::tenantId).filter(wanted.get()::equals).isPresent();
        if (!admitted) {
            java.util.logging.Logger.getLogger(MainLayout.class.getName()).info(() -> "tenant page without its tenant bound: "
                    + event.getLocation().getPath() + ", bound " + TenantContext.current().map(CurrentTenant::tenantId).orElse("none"));
            event.rerouteToError(new AccessDeniedException("tenant not bound: " + wanted.orElse("")), "");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<CurrentTenant> bound = TenantContext.current();
        Optional<Caller> caller = callers.current();
        if (bound.isEmpty() || caller.isEmpty()) {
            return;
        }
        show(bound.get(), caller.get());
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    private void show(CurrentTenant here, Caller caller) {
        Optional<TenantDefinition> tenant = tenants.find(here.tenantId());
        tenantName.setText(tenant.map(TenantDefinition::nameJa).orElse(here.tenantId()));
        brandBar.getStyle().set("background", tenant.map(TenantDefinition::colour)
                .filter(c -> COLOUR.matcher(c).matches()).orElse("var(--lumo-primary-color)"));
        personName.setText(getTranslation("layout.person", caller.displayName()));
        showSwitcher(here, caller);
        showNav(here);
    }

    private void showSwitcher(CurrentTenant here, Caller caller) {
        switcherSlot.removeAll();
        List<String> mine = caller.grants().tenants().stream().filter(s -> tenants.find(s).isPresent()).sorted().toList();
        switcherSlot.setVisible(mine.size() > 1);
        if (mine.size() <= 1) {
            return;
        }
        Select<String> switcher = new Select<>();
        switcher.setId("tenant-switcher");
        switcher.setLabel(getTranslation("layout.tenantSwitcher"));
        switcher.setItems(mine);
        switcher.setItemLabelGenerator(slug -> tenants.find(slug).map(TenantDefinition::nameJa).orElse(slug));
        switcher.setValue(here.tenantId());
        switcher.setWidthFull();
        switcher.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(here.tenantId())) {
                UI.getCurrent().navigate(TenantRoutes.home(e.getValue()));
            }
        });
        switcherSlot.add(switcher);
    }

    private void showNav(CurrentTenant here) {
        nav.removeAll();
        List<Class<? extends Component>> targets = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .<Class<? extends Component>>map(RouteData::getNavigationTarget).toList();
        RouteParameters params = new RouteParameters(TenantRoutes.PARAM, here.tenantId());
        for (Class<? extends Component> target : MenuEntries.visible(targets, here.roles())) {
            TenantView meta = target.getAnnotation(TenantView.class);
            nav.addItem(new SideNavItem(getTranslation(meta.titleKey()), target, params, meta.icon().create()));
        }
    }
}
