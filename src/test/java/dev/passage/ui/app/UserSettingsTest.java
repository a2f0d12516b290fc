package dev.passage.ui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ~/.passage/settings.json: the coder is remembered per project folder. */
class UserSettingsTest {
    @TempDir
    Path home;

    @Test
    void theCoderIsRememberedPerProjectFolder() {
        Path a = home.resolve("a.passage");
        Path b = home.resolve("b.passage");
        UserSettings s = UserSettings.load(home);
        assertThat(s.coderFor(a)).isEqualTo(dev.passage.session.ProjectSession.defaultCoder());
        s.withCoder(a, "anna").save(home);
        s = UserSettings.load(home);
        s.withCoder(b, "ben").save(home);
        UserSettings read = UserSettings.load(home);
        assertThat(read.coderFor(a)).isEqualTo("anna");
        assertThat(read.coderFor(home.resolve("x/../a.passage"))).isEqualTo("anna");
        assertThat(read.coderFor(b)).isEqualTo("ben");
        assertThat(read.coderFor(home.resolve("new.passage"))).as("a project not opened before: the last chosen").isEqualTo("ben");
        assertThat(read.withTheme(ThemeChoice.DARK).coderFor(a)).isEqualTo("anna");
    }

    @Test
    void anOldSettingsFileWithOneCoderStillReads() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"theme\":\"DARK\",\"language\":null,\"coder\":\"zoe\"}");
        UserSettings s = UserSettings.load(home);
        assertThat(s.themeChoice()).isEqualTo(ThemeChoice.DARK);
        assertThat(s.coderFor(home.resolve("any.passage"))).isEqualTo("zoe");
    }
}
