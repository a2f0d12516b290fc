package dev.passage.interop;

import dev.passage.model.ProjectInfo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Stable GUIDs for exported entities: a name-based UUID of the project's creation instant, the entity kind and its id
 * (ADR 0008), so exporting the same project twice gives the same GUIDs, and two projects do not share them.
 */
public final class Guids {
    private final String seed;

    Guids(String seed) {
        this.seed = seed;
    }

    public static Guids forProject(ProjectInfo info) {
        return new Guids("passage-project:" + info.created());
    }

    /** The GUID of entity {@code kind} (e.g. "code") with key {@code id}. */
    public String of(String kind, Object id) {
        return UUID.nameUUIDFromBytes((seed + '/' + kind + '/' + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A GUID as a lookup key: producers differ in case and some wrap GUIDs in braces. */
    public static String key(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }
}
