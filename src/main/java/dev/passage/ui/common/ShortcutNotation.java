package dev.passage.ui.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the texts write shortcuts. The bundles write them the Windows and Linux way ("Ctrl+Shift+N"), as the accelerators are
 * made with JavaFX's SHORTCUT modifier; on macOS that modifier is Command, so there the same shortcut reads "⇧⌘N", as
 * JavaFX's own {@code KeyCombination.getDisplayText()} writes it in the menus.
 */
public enum ShortcutNotation {
    WINDOWS_LINUX, MAC;

    private static final Pattern CTRL = Pattern.compile("Ctrl\\+((?:Shift\\+|Alt\\+)*)");

    /** The notation of the machine this runs on. */
    public static ShortcutNotation ofThisMachine() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac") ? MAC : WINDOWS_LINUX;
    }

    /** {@code text} with its shortcuts in this notation ("Ctrl+Shift+N" → "⇧⌘N" on a Mac); unchanged elsewhere. */
    public String write(String text) {
        if (this == WINDOWS_LINUX || !text.contains("Ctrl+")) {
            return text;
        }
        Matcher m = CTRL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String mods = m.group(1);
            String mac = (mods.contains("Alt+") ? "⌥" : "") + (mods.contains("Shift+") ? "⇧" : "") + "⌘";
            m.appendReplacement(out, Matcher.quoteReplacement(mac));
        }
        m.appendTail(out);
        return out.toString();
    }
}
