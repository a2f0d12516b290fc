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
}
