package jp.tomoni.application.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jp.tomoni.domain.shared.FieldViolation;

/** Texts for rule violations and errors; Japanese by default, English second. */
public final class Messages {
    private static final String BUNDLE = "jp.tomoni.application.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.JAPANESE : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String of(Locale locale, FieldViolation v) {
        return get(locale, "violation." + v.code(), v.args());
    }
}
