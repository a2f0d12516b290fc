package dev.passage.backup;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.store.DatabaseSnapshot;
import dev.passage.store.ProjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Makes backups of an open project: a consistent copy of its database (not the index, which is derived) written to a hidden
 * part file, opened and read back, its SHA-256 recorded, then given its final name and manifest; only then does it count,
 * and only then are old backups pruned by the project's {@link BackupSettings}.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private final ProjectStore store;
    private final BackupCatalog catalog;
    private final Clock clock;

    public BackupService(ProjectStore store, Clock clock) {
        this.store = store;
        this.catalog = new BackupCatalog(store.folder());
        this.clock = clock;
    }

    public BackupService(ProjectStore store) {
        this(store, Clock.systemUTC());
    }

    /** A restorer that opens this project's backups with its key (they are encrypted when the project is). */
    public Restorer restorer() {
        return Restorer.withKey(store.keyForCopies());
    }

    public BackupCatalog catalog() {
        return catalog;
    }

    /**
     * Backs up the closed project in {@code folder} (opened as {@link GuardedOpen} opens it; {@code key} null for a plain project)
     * to {@code out}, or to its backups folder when {@code out} is null.
     */
    public static BackupInfo backUpClosed(Path folder, dev.passage.security.ProjectKey key, Path out) {
        try (ProjectStore store = GuardedOpen.open(folder, key)) {
            BackupService service = new BackupService(store);
            return out != null ? service.backUpTo(out) : service.backUp();
        }
    }

    /** Starts the automatic backups of this project with its own settings; {@code failures} hears why one failed. */
    public AutoBackup startAutoBackup(java.util.function.Consumer<String> failures) {
        return AutoBackup.start(this, store.database(), failures);
    }

    /** Makes a verified backup in the project's backups folder and prunes the old ones. */
    public synchronized BackupInfo backUp() {
        try {
            Files.createDirectories(catalog.folder());
        } catch (IOException e) {
            throw new PassageException(ErrorKind.DISK, Text.of("backup.createBackupsFolder", catalog.folder(), e.getMessage()), e);
        }
        Instant time = clock.instant();
        BackupInfo info = write(version -> catalog.newName(time, version), time);
        prune();
        return info;
    }

    /** Makes a verified backup at {@code out} (anywhere; it must not exist yet); the project's own backups are left alone. */
    public synchronized BackupInfo backUpTo(Path out) {
        if (Files.exists(out)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("backup.alreadyExistsNameNew", out));
        }
        Path parent = out.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("backup.folderDoesExist", out));
        }
        Path target = out.toAbsolutePath().normalize();
        return write(version -> target, clock.instant());
    }

    /** Whether the newest good backup holds an older data version than the project (or there is none). */
    public boolean isBehind() {
        long version = store.database().dataVersion();
        return catalog.newestGood().map(b -> b.dataVersion() < version).orElse(true);
    }

    /** Deletes the backups the settings no longer keep; returns them. */
    public List<BackupInfo> prune() {
        List<BackupInfo> drop = BackupRetention.toDelete(catalog.list(), BackupSettings.of(store.folder()), clock.instant(),
                                                         java.time.ZoneId.systemDefault());
        for (BackupInfo b : drop) {
            try {
                BackupCatalog.delete(b);
            } catch (IOException e) {
                LOG.warn("cannot delete the old backup {}: {}", b.file(), e.toString());
            }
        }
        return drop;
    }

    /**
     * Removes the part files of backups whose process was killed half-way ({@code .backup-*.zip.part}). This store holds
     * the project's lock and writes one backup at a time, so none of them is being written now.
     */
    static void removeLeftovers(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (var parts = Files.newDirectoryStream(folder, ".backup-*.zip.part")) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.IOException | java.nio.file.DirectoryIteratorException e) {
            LOG.debug("removing leftover backup parts in {}", folder, e);
        }
    }

    /** Writes, checks and names a backup; {@code name} gives its file for the data version it turned out to hold. */
    private BackupInfo write(java.util.function.LongFunction<Path> name, Instant time) {
        Path part = name.apply(0).resolveSibling(".backup-" + Long.toHexString(System.nanoTime()) + ".zip.part");
        removeLeftovers(part.getParent());
        Path check = null;
        Path target = part;
        try {
            long atLeast = DatabaseSnapshot.backup(store, part);
            check = Files.createTempDirectory("passage-backup-check");
            BackupArchive.extractDatabase(part, check);
            DatabaseSnapshot.Facts facts = DatabaseSnapshot.inspectCopyOf(store, check);
            if (facts.dataVersion() < atLeast) {
                throw new PassageException(ErrorKind.INTERNAL, Text.of("backup.backupHoldsDataVersion", store.folder(), facts.dataVersion(),
                        atLeast));
            }
            long version = facts.dataVersion();
            target = name.apply(version);
            String sha = BackupCatalog.sha256(part);
            long size = Files.size(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            BackupInfo info = new BackupInfo(target, time, version, facts.schemaVersion(), size, sha, true);
            BackupCatalog.writeManifest(info);
            LOG.info("backed up {} (data version {}, {} bytes) to {}", store.folder(), version, size, target);
            return info;
        } catch (IOException e) {
            throw new PassageException(ErrorKind.DISK, Text.of("backup.writeBackup", target, e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.debug("removing {}", part, e);
            }
            BackupArchive.deleteTree(check);
        }
    }
}
