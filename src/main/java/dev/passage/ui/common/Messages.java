package dev.passage.ui.common;

import dev.passage.errors.CoreTexts;
import dev.passage.errors.Text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI strings from resource bundles, one per feature: a key {@code search.title} lives in
 * {@code dev/passage/ui/i18n/search.properties} (English, complete), with {@code search_da.properties} and
 * {@code search_sv.properties} for Danish and Swedish. A missing translation falls back to English. The core's own texts
 * (undo labels, failure messages) come as a {@link Text} and are said in the same language by {@link #text} and
 * {@link #message}. Shortcuts named in the texts are written as the machine writes them ({@link ShortcutNotation}).
 */
public final class Messages {
    private static final String BASE = "dev.passage.ui.i18n.";
    private final Locale locale;
    private final ShortcutNotation shortcuts;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this(locale, ShortcutNotation.ofThisMachine());
    }

    /** Texts in {@code locale}, with the shortcuts they name written in {@code shortcuts}' notation. */
    public Messages(Locale locale, ShortcutNotation shortcuts) {
        this.locale = locale;
        this.shortcuts = shortcuts;
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code feature.key}, with {0}, {1} ... filled in; "[key]" if it is missing (a test guards this). */
    public String get(String key, Object... args) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return "[" + key + "]";
        }
        String pattern;
        try {
            ResourceBundle bundle = bundles.computeIfAbsent(key.substring(0, dot),
                feature -> ResourceBundle.getBundle(BASE + feature, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)));
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        pattern = shortcuts.write(pattern);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A core text (an undo label, a failure's message) in this language. */
    public String text(Text text) {
        return CoreTexts.format(text, locale);
    }

    /** What a failure says, in this language when the core gave it a {@link Text}; else its message as it is (may be null). */
    public String message(Throwable failure) {
        // a wrapped core failure ("project already open") still speaks the workbench's language, never the wrapper's English
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof dev.passage.errors.HasText h && h.text() != null) {
                return CoreTexts.message(t, locale);
            }
        }
        return CoreTexts.message(failure, locale);
    }
}
