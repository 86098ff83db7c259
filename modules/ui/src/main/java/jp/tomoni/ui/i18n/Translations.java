package jp.tomoni.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The UI texts in {@code vaadin-i18n/translations*.properties}. Replaces Vaadin's default provider,
 * which falls back to the server's own locale: on an English server, Japanese pages would turn English.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Translations implements I18NProvider {
    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "vaadin-i18n.translations";
    public static final List<Locale> LOCALES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** The text for a key; Japanese for any language other than English; the key itself if missing. */
    public static String translate(String key, Locale locale, Object... params) {
        Locale supported = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.JAPANESE;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported, Translations.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
