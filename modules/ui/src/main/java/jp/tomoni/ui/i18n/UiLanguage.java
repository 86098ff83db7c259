package jp.tomoni.ui.i18n;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;

/**
 * The language a person chose, kept in their session. Japanese until they choose otherwise,
 * whatever the browser asks for: the municipality works in Japanese.
 */
@ApplicationScoped
public class UiLanguage {
    static final String ATTRIBUTE = UiLanguage.class.getName();

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), of(init.getUI().getSession())));
    }

    public static Locale of(VaadinSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Locale chosen ? chosen : Locale.JAPANESE;
    }

    /** Switches the tab (and later tabs of the session) and redraws the current page in the new language. */
    public static void switchTo(UI ui, Locale locale) {
        ui.getSession().setAttribute(ATTRIBUTE, locale);
        apply(ui, locale);
        ui.refreshCurrentRoute(true);
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        // screen readers and font choice follow the page's lang attribute
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
