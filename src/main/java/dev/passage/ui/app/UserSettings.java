package dev.passage.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.files.AtomicWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Per-user workbench settings in ~/.passage/settings.json: theme, UI language, the coder name last chosen ({@code coder}, the
 * default for a project not opened before) and the coder chosen for each project folder ({@code coders}, by absolute path).
 * A damaged file means defaults.
 */
record UserSettings(String theme, String language, String coder, java.util.Map<String, String> coders) {
    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path folder() {
        return dev.passage.errors.UserDataFolder.get();
    }

    static UserSettings load(Path folder) {
        Path file = folder.resolve("settings.json");
        if (Files.isRegularFile(file)) {
            try {
                UserSettings s = JSON.readValue(file.toFile(), UserSettings.class);
                return new UserSettings(s.theme() == null ? "LIGHT" : s.theme(), s.language(), s.coder(), s.coders());
            } catch (IOException e) {
                LOG.warn("ignoring unreadable settings {}: {}", file, e.getMessage());
            }
        }
        return new UserSettings("LIGHT", null, null, null);
    }

    UserSettings {
        coders = coders == null ? java.util.Map.of() : java.util.Map.copyOf(coders);
    }

    private static String key(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    /** The coder for the project in {@code folder}: the one chosen there, else the last chosen anywhere, else the user's name. */
    String coderFor(Path folder) {
        String chosen = coders.get(key(folder));
        return chosen != null ? chosen : coder != null ? coder : dev.passage.session.ProjectSession.defaultCoder();
    }

    /** Remembers {@code name} as the coder of the project in {@code folder} (and as the default for new projects). */
    UserSettings withCoder(Path folder, String name) {
        java.util.Map<String, String> all = new java.util.TreeMap<>(coders);
        all.put(key(folder), name);
        return new UserSettings(theme, language, name, all);
    }

    void save(Path folder) {
        try {
            Files.createDirectories(folder);
            AtomicWrite.replace(folder.resolve("settings.json"), out -> {
                JSON.writerWithDefaultPrettyPrinter().writeValue(out, this);
                return null;
            });
        } catch (IOException e) {
            LOG.warn("could not save settings: {}", e.getMessage());
        }
    }

    ThemeChoice themeChoice() {
        try {
            return ThemeChoice.valueOf(theme);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ThemeChoice.LIGHT;
        }
    }

    UserSettings withTheme(ThemeChoice t) {
        return new UserSettings(t.name(), language, coder, coders);
    }
}
