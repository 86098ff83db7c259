package jp.tomoni.ui.jobs;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.tenant.TenantRoutes;

/**
 * A job-board page that is drawn anew on each visit and after each action: its title (also the
 * browser's), the tenant of the address, and {@link #render()} starting from the heading.
 */
abstract class JobPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final String titleKey;
    protected String tenant;

    JobPage(String id, String titleKey) {
        this.titleKey = titleKey;
        JobBoardParts.page(this, id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation(titleKey));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        render();
    }

    /** Empties the page and puts its heading back; the page adds the rest. */
    void render() {
        removeAll();
        add(CommunityParts.h1(this, titleKey));
        draw();
    }

    /** What the page shows below its heading. */
    abstract void draw();
}
