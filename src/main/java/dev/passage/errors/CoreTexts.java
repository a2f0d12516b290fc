package dev.passage.errors;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats a core {@link Text} in a language: the pattern for its key from the {@code dev.passage.i18n.core} bundle
 * (English falls back for a missing translation; a missing key shows as "[key]", and a test guards that every key used
 * exists in all three languages with the same arguments).
 */
public final class CoreTexts {
    /** The bundle holding the core's patterns. */
    public static final String BUNDLE = "dev.passage.i18n.core";
    static final String PLAIN = "";

    private CoreTexts() {
    }

    public static String format(Text text, Locale locale) {
        Object[] args = text.args().stream().map(a -> a instanceof Text t ? format(t, locale) : String.valueOf(a)).toArray();
        if (text.isPlain()) {
            return (String) args[0];
        }
        String pattern;
        try {
            pattern = bundle(locale).getString(text.key());
        } catch (MissingResourceException e) {
            return "[" + text.key() + "]";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text a failure shows in {@code locale}: its {@link Text} when it has one, else its message as it is. */
    public static String message(Throwable failure, Locale locale) {
        if (failure instanceof HasText t && t.text() != null) {
            return format(t.text(), locale);
        }
        return failure.getMessage();
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
