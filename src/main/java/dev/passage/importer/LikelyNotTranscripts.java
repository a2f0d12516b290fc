package dev.passage.importer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the files in a folder that are most likely not interviews: a README, LICENSE (or LICENCE), COPYING, CHANGELOG,
 * NOTICE or AUTHORS file, whatever its extension or case. A folder import leaves them out unless asked to take everything
 * (the workbench's preview shows them unchecked; the command line's {@code --all} takes them).
 */
public final class LikelyNotTranscripts {
    private static final Set<String> NAMES = Set.of("readme", "license", "licence", "copying", "changelog", "notice", "authors");

    private LikelyNotTranscripts() {
    }

    /** True when the file's name before its first dot is one of the names above ("README.md", "LICENSE", "copying.txt"). */
    public static boolean isLikelyNotTranscript(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        int dot = n.indexOf('.', 1);
        String stem = (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT);
        return NAMES.contains(stem);
    }

    /** True for a hidden file or folder (its name starts with a dot, as .DS_Store or .git). */
    public static boolean isHidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
