package jp.tomoni.ui.tenant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;

import jp.tomoni.application.tenant.AccessDeniedException;

/** Shown instead of a tenant page the person may not see (HTTP 403); it never shows tenant data. */
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public AccessDeniedView() {
        setId("access-denied");
        H1 heading = new H1(getTranslation("denied.title"));
        Paragraph message = new Paragraph(getTranslation("denied.message"));
        // a full page load of the start page: nothing of the refused tenant stays in the tab
        Anchor back = new Anchor(".", getTranslation("denied.back"));
        back.setRouterIgnore(true);
        back.setId("access-denied-back");
        Anchor logout = new Anchor("logout", getTranslation("layout.logout"));
        logout.setRouterIgnore(true);
        logout.setId("logout");
        add(heading, message, back, logout);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("denied.title"));
    }
}
