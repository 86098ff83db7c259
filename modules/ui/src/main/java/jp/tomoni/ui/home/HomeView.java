package jp.tomoni.ui.home;

import java.util.Optional;

import jakarta.inject.Inject;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.security.Caller;
import jp.tomoni.security.UiCallers;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/** Who you are, in which municipality, with which roles there. */
@Route(value = "t/:tenant", layout = MainLayout.class)
@TenantView(titleKey = "home.title", order = 0, icon = VaadinIcon.HOME)
public class HomeView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final TenantStore tenants;
    private final UiCallers callers;
    private final H1 welcome = new H1();
    private final DescriptionList facts = new DescriptionList();

    @Inject
    public HomeView(TenantStore tenants, UiCallers callers) {
        this.tenants = tenants;
        this.callers = callers;
        welcome.setId("home-welcome");
        welcome.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        facts.setId("home-facts");
        add(welcome, facts);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        CurrentTenant here = TenantContext.require();
        Optional<TenantDefinition> tenant = tenants.find(here.tenantId());
        welcome.setText(getTranslation("home.welcome",
                callers.current().map(Caller::displayName).orElse(here.actor())));
        facts.removeAll();
        fact("home.tenant", tenant.map(TenantDefinition::nameJa).orElse(here.tenantId()));
        if (getLocale().getLanguage().equals("en")) {
            tenant.map(TenantDefinition::nameEn).ifPresent(name -> fact("home.tenantEn", name));
        }
        fact("home.code", tenant.map(TenantDefinition::code).orElse(""));
        fact("home.prefecture", tenant.map(TenantDefinition::prefecture).orElse(""));
        UnorderedList roles = new UnorderedList();
        roles.setId("home-roles");
        here.roles().stream().sorted()
                .forEach(role -> roles.add(new ListItem(getTranslation("role." + role.id()))));
        facts.add(new Term(getTranslation("home.roles")), new Description(roles));
    }

    private void fact(String key, String value) {
        facts.add(new Term(getTranslation(key)), new Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("home.title"));
    }
}
