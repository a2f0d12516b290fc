package dev.passage.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup: its zip file, when it was made, the project's data version and schema version in it, its size, the SHA-256
 * of the zip, and whether it was opened and checked after it was written (only verified backups count as good).
 */
public record BackupInfo(Path file, Instant time, long dataVersion, String schemaVersion, long size, String sha256,
                         boolean verified) {
    public String name() {
        return file.getFileName().toString();
    }
}
