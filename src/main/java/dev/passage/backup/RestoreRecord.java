package dev.passage.backup;

import dev.passage.files.AtomicWrite;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code backups/restored.properties}: when the project was last restored in place, and from which backup. Backups made
 * before then hold the history that the restore replaced, so a newer data version in one of them is no sign of damage.
 */
final class RestoreRecord {
    private static final String FILE = "restored.properties";

    private RestoreRecord() {
    }

    static void write(Path projectFolder, Instant time, BackupInfo from) throws IOException {
        Path folder = BackupCatalog.folderOf(projectFolder);
        Files.createDirectories(folder);
        String text = "time=" + time + "\nbackup=" + from.name() + "\ndata-version=" + from.dataVersion() + "\n";
        AtomicWrite.replace(folder.resolve(FILE), out -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    static Optional<Instant> time(Path projectFolder) {
        Path file = BackupCatalog.folderOf(projectFolder).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(Instant.parse(p.getProperty("time")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
