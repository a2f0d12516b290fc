package dev.passage.backup;

import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;
import dev.passage.errors.Text;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.store.DataVersionMark;
import dev.passage.store.DatabaseSnapshot;
import dev.passage.store.ProjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes a project from a backup: into a new folder, or in place of a damaged database, whose files are moved aside into
 * {@code damaged-<time>/} and never deleted. A backup is checked before it is used (its SHA-256 against its manifest, then
 * the database opened and read); the index is not restored (it is rebuilt on the next open).
 */
public final class Restorer {
    private static final Logger LOG = LoggerFactory.getLogger(Restorer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** What belongs to the database's state and moves aside with it; backups/ and settings stay. */
    private static final List<String> DATABASE_FILES = List.of(ProjectStore.DATABASE_FILE, ProjectStore.DATABASE_NAME + ".trace.db",
                                                               DataVersionMark.FILE, "index", "index.aes");
    private final Clock clock;
    /** The key of encrypted backups (null: plain backups only; an encrypted one then fails asking for the password). */
    private final ProjectKey key;

    public Restorer(Clock clock, ProjectKey key) {
        this.clock = clock;
        this.key = key;
    }

    public Restorer(Clock clock) {
        this(clock, null);
    }

    public Restorer() {
        this(Clock.systemUTC());
    }

    /** A restorer for encrypted backups, which it opens with {@code key} to verify them. */
    public static Restorer withKey(ProjectKey key) {
        return new Restorer(Clock.systemUTC(), key);
    }

    /** Makes a new project in {@code newFolder} (which must not exist, or be empty) from {@code backupZip}. */
    public RestoreResult restoreInto(Path backupZip, Path newFolder) {
        if (!Files.isRegularFile(backupZip)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("backup.thereBackupFile", backupZip));
        }
        Path folder = newFolder.toAbsolutePath().normalize();
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasEntries(folder))) {
                throw new PassageException(ErrorKind.BAD_INPUT, Text.of("backup.alreadyExistsEmptyName", folder));
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new PassageException(ErrorKind.DISK, Text.of("backup.createFolder", folder, e.getMessage()), e);
        }
        BackupInfo info = BackupCatalog.read(backupZip);
        try {
            checkSum(info);
            BackupArchive.extractDatabase(backupZip, folder);
            DatabaseSnapshot.Facts facts = DatabaseSnapshot.inspect(folder, key);
            DataVersionMark.write(folder, facts.dataVersion());
            info = withVersion(info, facts);
        } catch (IOException e) {
            throw new PassageException(ErrorKind.DISK, Text.of("backup.restoreInto", folder, e.getMessage()), e);
        } catch (RuntimeException e) {
            cleanNewFolder(folder);
            throw e;
        }
        return new RestoreResult(folder, info, Optional.empty(), Optional.empty());
    }

    /**
     * Replaces the database of the project in {@code projectFolder} with its newest good backup (the highest data version;
     * a backup that fails its checks is skipped for the next). The replaced files go into {@code damaged-<time>/}.
     */
    public RestoreResult restoreLatest(Path projectFolder) {
        Path folder = projectFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("backup.thereProjectFolder", folder));
        }
        BackupCatalog catalog = new BackupCatalog(folder);
        List<BackupInfo> candidates = new ArrayList<>(catalog.list().stream().filter(BackupInfo::verified).toList());
        if (candidates.isEmpty()) {
            throw new PassageException(ErrorKind.DAMAGED, Text.of("backup.thereGoodBackupNothing", folder, catalog.folder()));
        }
        candidates.sort(Comparator.comparingLong(BackupInfo::dataVersion).thenComparing(BackupInfo::time).reversed());
        return restoreInPlace(folder, candidates);
    }

    /** Replaces the database of the project in {@code projectFolder} with {@code backup} (one of its own or any other). */
    public RestoreResult restoreInPlace(Path projectFolder, BackupInfo backup) {
        return restoreInPlace(projectFolder.toAbsolutePath().normalize(), List.of(backup));
    }

    private RestoreResult restoreInPlace(Path folder, List<BackupInfo> candidates) {
        try (FileChannel ch = FileChannel.open(folder.resolve(ProjectStore.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new PassageException(ErrorKind.LOCKED, Text.of("backup.projectOpenPassageClose", folder.getFileName()));
            }
            Optional<Long> previous = previousVersion(folder);
            List<String> failures = new ArrayList<>();
            for (BackupInfo b : candidates) {
                Path staging = folder.resolve(".restoring-" + STAMP.format(clock.instant()));
                try {
                    Files.createDirectories(staging);
                    checkSum(b);
                    BackupArchive.extractDatabase(b.file(), staging);
                    DatabaseSnapshot.Facts facts = DatabaseSnapshot.inspect(staging, key);
                    Path aside = moveAside(folder);
                    // one rename over the old file: a kill at any moment leaves either database in place, never none
                    Files.move(staging.resolve(ProjectStore.DATABASE_FILE), folder.resolve(ProjectStore.DATABASE_FILE),
                               StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    DataVersionMark.write(folder, facts.dataVersion());
                    RestoreRecord.write(folder, clock.instant(), b);
                    LOG.info("restored {} from {}; the replaced files are in {}", folder, b.file(), aside);
                    return new RestoreResult(folder, withVersion(b, facts), Optional.of(aside), previous);
                } catch (ProjectPasswordException e) {
                    throw e; // a password is missing or wrong for every backup alike: ask for it, do not try the next
                } catch (PassageException e) {
                    LOG.warn("backup {} not usable: {}", b.file(), e.getMessage());
                    failures.add(b.name() + ": " + e.getMessage());
                } finally {
                    BackupArchive.deleteTree(staging);
                }
            }
            throw new PassageException(ErrorKind.DAMAGED, Text.of("backup.backupCouldRestoredNothing", folder, String.join("; ", failures)));
        } catch (IOException e) {
            throw new PassageException(ErrorKind.DISK, Text.of("backup.restore", folder, e.getMessage()), e);
        }
    }

    /** Keeps the database's files in a new {@code damaged-<time>/} folder (the database copied, the rest moved); returns it. */
    private Path moveAside(Path folder) throws IOException {
        String stamp = STAMP.format(clock.instant());
        Path aside = folder.resolve("damaged-" + stamp);
        for (int i = 2; Files.exists(aside); i++) {
            aside = folder.resolve("damaged-" + stamp + "-" + i);
        }
        Files.createDirectories(aside);
        for (String name : DATABASE_FILES) {
            Path p = folder.resolve(name);
            if (!Files.exists(p)) {
                continue;
            }
            if (name.equals(ProjectStore.DATABASE_FILE)) {
                // copied, not moved: the folder keeps a database until the restored one replaces it in one rename
                Files.copy(p, aside.resolve(name));
                try (FileChannel copy = FileChannel.open(aside.resolve(name), StandardOpenOption.WRITE)) {
                    copy.force(true);
                }
            } else {
                Files.move(p, aside.resolve(name));
            }
        }
        return aside;
    }

    /** The data version the damaged project says it had: its mark (the database itself may not be readable). */
    private static Optional<Long> previousVersion(Path folder) {
        var mark = DataVersionMark.read(folder);
        return mark.isPresent() ? Optional.of(mark.getAsLong()) : Optional.empty();
    }

    private static void checkSum(BackupInfo b) throws IOException {
        if (!b.sha256().isEmpty() && !b.sha256().equalsIgnoreCase(BackupCatalog.sha256(b.file()))) {
            throw new PassageException(ErrorKind.DAMAGED, Text.of("backup.backupChangedSinceMade", b.file()));
        }
    }

    private static BackupInfo withVersion(BackupInfo b, DatabaseSnapshot.Facts facts) {
        return new BackupInfo(b.file(), b.time(), facts.dataVersion(), facts.schemaVersion(), b.size(), b.sha256(), b.verified());
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    private static void cleanNewFolder(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(ProjectStore.DATABASE_FILE));
            Files.deleteIfExists(folder.resolve(DataVersionMark.FILE));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.debug("cleaning {}", folder, e);
        }
    }
}
