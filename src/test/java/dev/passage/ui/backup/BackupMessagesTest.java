package dev.passage.ui.backup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup strings: Danish and Swedish have the English keys, and every key the code names is defined. */
class BackupMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BackupMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "sv"})
    void translationsHaveTheSameKeys(String lang) throws IOException {
        Properties en = load("backup");
        Properties other = load("backup_" + lang);
        assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/dev/passage/ui/backup", "src/main/java/dev/passage/ui/app"}) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    Matcher mt = Pattern.compile("\"(backup\\.[a-zA-Z.]+)\"").matcher(Files.readString(f));
                    while (mt.find()) {
                        used.add(mt.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
