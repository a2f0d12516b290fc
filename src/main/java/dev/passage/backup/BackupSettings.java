package dev.passage.backup;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.files.AtomicWrite;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How a project's backups roll: keep the newest {@code keepLast}, plus the newest of each day for {@code keepDays} days; an
 * automatic backup after {@code everyMinutes} minutes of edits (0: none while editing). Kept per project in
 * {@code backups/settings.properties}; a missing file means the defaults.
 */
public record BackupSettings(int keepLast, int keepDays, int everyMinutes) {
    public static final BackupSettings DEFAULTS = new BackupSettings(10, 14, 10);
    static final String FILE = "settings.properties";

    public BackupSettings {
        if (keepLast < 1 || keepDays < 0 || everyMinutes < 0) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("backup.backupSettingsNeedKeep", keepLast, keepDays, everyMinutes));
        }
    }

    /** The settings of the project in {@code projectFolder}; the defaults for any value that is missing or unreadable. */
    public static BackupSettings of(Path projectFolder) {
        Path file = BackupCatalog.folderOf(projectFolder).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return new BackupSettings(number(p, "keep-last", DEFAULTS.keepLast), number(p, "keep-days", DEFAULTS.keepDays),
                                      number(p, "every-minutes", DEFAULTS.everyMinutes));
        } catch (IOException | RuntimeException e) {
            return DEFAULTS;
        }
    }

    /** Saves these settings for the project in {@code projectFolder}. */
    public void save(Path projectFolder) throws IOException {
        Path folder = BackupCatalog.folderOf(projectFolder);
        Files.createDirectories(folder);
        String text = "# Passage backup settings: keep the newest keep-last backups, plus one a day for keep-days days;\n"
                      + "# back up after every-minutes minutes of edits (0: only on open and by hand)\n"
                      + "keep-last=" + keepLast + "\nkeep-days=" + keepDays + "\nevery-minutes=" + everyMinutes + "\n";
        AtomicWrite.replace(folder.resolve(FILE), out -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    private static int number(Properties p, String key, int otherwise) {
        String v = p.getProperty(key);
        return v == null ? otherwise : Integer.parseInt(v.strip());
    }
}
