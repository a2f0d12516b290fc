package dev.passage.errors;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text the core hands to the user, kept as a message key with its arguments so that each front end can say it in the
 * user's language: an undo label ("apply {0} to {1}") or a failure's message. The patterns live in
 * {@code dev/passage/i18n/core.properties} (English, complete) with {@code core_da} and {@code core_sv}; {@link CoreTexts}
 * formats them. An argument may itself be a {@code Text} (formatted in the same language); any other argument is shown as
 * {@link String#valueOf} shows it, so the English reads exactly as the string concatenation it replaces.
 *
 * <p>{@link #plain} wraps a text that has no key (a message from outside Passage, or old code): it reads the same in every
 * language.
 */
public record Text(String key, List<Object> args) {
    public Text {
        Objects.requireNonNull(key, "key");
        args = args.stream().map(a -> a == null ? (Object) "null" : a).toList();
    }

    /** The text for {@code key} with {0}, {1} ... filled in from {@code args}. */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** A text without a key, shown as it is in every language. */
    public static Text plain(String text) {
        return new Text(CoreTexts.PLAIN, List.of(text == null ? "null" : text));
    }

    public boolean isPlain() {
        return key.equals(CoreTexts.PLAIN);
    }

    /** The English rendering (logs, the command line, the project's history). */
    public String english() {
        return CoreTexts.format(this, Locale.ENGLISH);
    }

    /** This text in {@code locale}; English where a translation is missing. */
    public String in(Locale locale) {
        return CoreTexts.format(this, locale);
    }

    @Override
    public String toString() {
        return english();
    }
}
