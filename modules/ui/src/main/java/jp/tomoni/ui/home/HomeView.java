package jp.tomoni.ui.home;

import java.util.Optional;

import jakarta.inject.Inject;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.employment.RetentionBoard;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.employment.EmploymentRepository.HelloWorkShare;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.security.Caller;
import jp.tomoni.security.UiCallers;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/** Who you are, in which municipality, with which roles there; for the team, how D-5's Hello Work share stands. */
@Route(value = "t/:tenant", layout = MainLayout.class)
@TenantView(titleKey = "home.title", order = 0, icon = VaadinIcon.HOME)
public class HomeView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    private final TenantStore tenants;
    private final UiCallers callers;
    private final RetentionBoard retention;
    private final jp.tomoni.application.community.CommunityPosts community;
    private final H1 welcome = new H1();
    private final DescriptionList facts = new DescriptionList();

    @Inject
    public HomeView(TenantStore tenants, UiCallers callers, RetentionBoard retention,
                    jp.tomoni.application.community.CommunityPosts community) {
        this.community = community;
        this.tenants = tenants;
        this.callers = callers;
        this.retention = retention;
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
        if (tenant.map(d -> d.hasFeature("employment")).orElse(false)
                && here.roles().stream().anyMatch(CaseAccessRule.CASEWORKERS::contains)) {
            helloWork();
        }
        if (tenant.map(d -> d.hasFeature("community")).orElse(false)) {
            community(here);
        }
    }

    /**
     * The community: members get the way in; staff see crisis reports waiting (seed 003: staff are
     * alerted at once), written in words and number, with the way to the moderation page.
     */
    private void community(CurrentTenant here) {
        if (jp.tomoni.application.community.CommunityAccess.isStaff(here)) {
            long urgent = community.urgentReports();
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "t/" + here.tenantId() + "/community/moderation", getTranslation("home.community.urgent", urgent));
            Span badge = new Span(getTranslation(urgent > 0 ? "home.community.urgentBadge" : "home.community.none"));
            badge.getElement().setAttribute("theme", urgent > 0 ? "badge error primary" : "badge success");
            Description value = new Description(link, new Span(" "), badge);
            value.setId("home-urgent-reports");
            facts.add(new Term(getTranslation("home.community.reports")), value);
        } else if (jp.tomoni.application.community.CommunityAccess.isParticipant(here)) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "t/" + here.tenantId() + "/community", getTranslation("home.community.open"));
            Description value = new Description(link);
            value.setId("home-community");
            facts.add(new Term(getTranslation("community.title")), value);
        }
    }

    /** D-5 on the team's home page: the share of employment-support users registered with Hello Work, against 70 %. */
    private void helloWork() {
        HelloWorkShare hw = retention.helloWorkShare();
        Span badge = new Span(getTranslation(hw.meetsTarget() ? "retention.hellowork.met" : "retention.hellowork.notMet"));
        badge.getElement().setAttribute("theme", hw.meetsTarget() ? "badge success" : "badge error");
        Description value = new Description(new Span(getTranslation("retention.hellowork", hw.registered(), hw.users(),
                (int) Math.floor(hw.share() * 100), (int) Math.round(HelloWorkShare.TARGET * 100)) + " "), badge);
        value.setId("home-hellowork");
        facts.add(new Term(getTranslation("home.hellowork")), value);
    }

    private void fact(String key, String value) {
        facts.add(new Term(getTranslation(key)), new Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("home.title"));
    }
}
