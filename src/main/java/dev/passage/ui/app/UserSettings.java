package dev.passage.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.files.AtomicWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Per-user workbench settings in ~/.passage/settings.json: theme, UI language, coder name. A damaged file means defaults. */
record UserSettings(String theme, String language, String coder) {
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
                return new UserSettings(s.theme() == null ? "LIGHT" : s.theme(), s.language(), s.coder());
            } catch (IOException e) {
                LOG.warn("ignoring unreadable settings {}: {}", file, e.getMessage());
            }
        }
        return new UserSettings("LIGHT", null, null);
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

    UserSettings withCoder(String name) {
        return new UserSettings(theme, language, name);
    }

    UserSettings withTheme(ThemeChoice t) {
        return new UserSettings(t.name(), language, coder);
    }
}
