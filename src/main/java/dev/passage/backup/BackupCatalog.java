package dev.passage.backup;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.files.AtomicWrite;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups of one project: {@code backups/project-YYYYMMDD-HHMMSSZ-vVERSION.zip}, each with its manifest
 * {@code ….zip.properties} (time, data version, schema version, size, SHA-256, verified). A zip without a manifest is listed
 * as unverified, with what its name says.
 */
public final class BackupCatalog {
    public static final String FOLDER = "backups";
    static final String MANIFEST_SUFFIX = ".properties";
    private static final Pattern NAME = Pattern.compile("project-(\\d{8}-\\d{6})Z-v(\\d+)(?:-\\d+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;

    public BackupCatalog(Path projectFolder) {
        this.folder = folderOf(projectFolder);
    }

    public static Path folderOf(Path projectFolder) {
        return projectFolder.toAbsolutePath().normalize().resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Every backup, newest first. */
    public List<BackupInfo> list() {
        List<BackupInfo> all = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        try (var s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(".zip") && !n.startsWith(".")) {
                    all.add(read(p));
                }
            }
        } catch (IOException e) {
            throw new PassageException(ErrorKind.DISK, Text.of("backup.listBackups", folder, e.getMessage()), e);
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    /** The good backup to restore: verified, with the highest data version (the newest of those). */
    public Optional<BackupInfo> newestGood() {
        return list().stream().filter(BackupInfo::verified)
                     .max(Comparator.comparingLong(BackupInfo::dataVersion).thenComparing(BackupInfo::time));
    }

    /** The manifest of {@code zip}, or what its name says when it has none (then it is not verified). */
    public static BackupInfo read(Path zip) {
        Path manifest = zip.resolveSibling(zip.getFileName() + MANIFEST_SUFFIX);
        long size = sizeOf(zip);
        if (Files.isRegularFile(manifest)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                p.load(r);
                return new BackupInfo(zip, Instant.parse(p.getProperty("time")), Long.parseLong(p.getProperty("data-version")),
                                      p.getProperty("schema-version", ""), size, p.getProperty("sha256", ""),
                                      Boolean.parseBoolean(p.getProperty("verified")) && size == Long.parseLong(p.getProperty("size", "-1")));
            } catch (IOException | RuntimeException e) {
                // an unreadable manifest: fall through to the name
            }
        }
        Matcher m = NAME.matcher(zip.getFileName().toString());
        Instant time = Instant.EPOCH;
        long version = -1;
        if (m.matches()) {
            time = STAMP.parse(m.group(1), Instant::from);
            version = Long.parseLong(m.group(2));
        } else {
            try {
                time = Files.getLastModifiedTime(zip).toInstant();
            } catch (IOException e) {
                // keep the epoch
            }
        }
        return new BackupInfo(zip, time, version, "", size, "", false);
    }

    /** The file name for a backup made at {@code time} of data version {@code version}, unique in this folder. */
    Path newName(Instant time, long version) {
        String base = "project-" + STAMP.format(time) + "Z-v" + String.format("%06d", version);
        Path p = folder.resolve(base + ".zip");
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(base + "-" + i + ".zip");
        }
        return p;
    }

    static void writeManifest(BackupInfo info) throws IOException {
        String text = "# Passage backup manifest\n"
                      + "time=" + info.time() + "\ndata-version=" + info.dataVersion() + "\nschema-version=" + info.schemaVersion()
                      + "\nsize=" + info.size() + "\nsha256=" + info.sha256() + "\nverified=" + info.verified() + "\n";
        Path manifest = info.file().resolveSibling(info.file().getFileName() + MANIFEST_SUFFIX);
        AtomicWrite.replace(manifest, out -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    /** Deletes a backup and its manifest. */
    static void delete(BackupInfo info) throws IOException {
        Files.deleteIfExists(info.file().resolveSibling(info.file().getFileName() + MANIFEST_SUFFIX));
        Files.deleteIfExists(info.file());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    static final Comparator<BackupInfo> NEWEST_FIRST = Comparator.comparing(BackupInfo::time).reversed()
                                                                  .thenComparing(Comparator.comparingLong(BackupInfo::dataVersion).reversed());
}
