package dev.passage.errors;

import java.nio.file.Path;

/** Passage's own folder for the user: {@code ~/.passage}, or {@code $PASSAGE_HOME} (tests and portable installs). */
public final class UserDataFolder {
    private UserDataFolder() {
    }

    public static Path get() {
        String prop = System.getProperty("passage.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("PASSAGE_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".passage");
    }

    /**
     * Where Passage keeps what it can always make again (a team project's search index): {@code <home>/cache} when
     * {@code passage.home} or {@code PASSAGE_HOME} is set, else the system's cache folder ({@code $XDG_CACHE_HOME/passage}
     * or {@code ~/.cache/passage}; {@code ~/Library/Caches/Passage} on macOS; {@code %LOCALAPPDATA%\Passage\Cache} on
     * Windows).
     */
    public static Path cache() {
        String prop = System.getProperty("passage.home");
        String env = System.getenv("PASSAGE_HOME");
        if ((prop != null && !prop.isBlank()) || (env != null && !env.isBlank())) {
            return get().resolve("cache");
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local)).resolve("Passage").resolve("Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Passage");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".cache") : Path.of(xdg)).resolve("passage");
    }
}
