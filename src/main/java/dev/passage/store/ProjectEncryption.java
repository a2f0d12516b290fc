package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import dev.passage.security.ProjectKey;
import dev.passage.errors.ProjectLockedException;

/**
 * Converts a project between plain and encrypted (and from one password to another) in place: the database is copied
 * block by block through H2's AES file layer into {@code converting.mv.db} beside it (never a plaintext copy when
 * encrypting), the copy is opened with the new key and must show the same data version, and only then is it moved over
 * {@code project.mv.db} in one atomic rename. The search index and H2's trace file are deleted (the next open rebuilds the
 * index, encrypted or not as the project now is). Deleting a file does not wipe its blocks from the
 * disk: plaintext written before encryption may survive on the device until overwritten.
 */
public final class ProjectEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectEncryption.class);
    private static final String WORK_NAME = "converting";
    private static final int BLOCK = 1 << 16;

    private ProjectEncryption() {
    }

    /** Encrypts the plain project in {@code folder} with {@code key}. */
    public static void encrypt(Path folder, ProjectKey key) {
        requireProject(folder);
        if (ProjectCipher.isEncrypted(folder)) {
            throw new StoreException(Text.of("store.projectAlreadyEncryptedChange", folder.getFileName()));
        }
        convert(folder, null, key);
    }

    /** Decrypts the encrypted project in {@code folder}, whose key is {@code key}. */
    public static void decrypt(Path folder, ProjectKey key) {
        requireEncrypted(folder);
        convert(folder, key, null);
    }

    /** Re-encrypts the encrypted project in {@code folder} from {@code oldKey} to {@code newKey}. */
    public static void changeKey(Path folder, ProjectKey oldKey, ProjectKey newKey) {
        requireEncrypted(folder);
        convert(folder, oldKey, newKey);
    }

    private static void requireProject(Path folder) {
        if (!Files.isRegularFile(folder.resolve(ProjectStore.DATABASE_FILE))) {
            throw new StoreException(Text.of("store.passageProject", folder, ProjectStore.DATABASE_FILE));
        }
    }

    private static void requireEncrypted(Path folder) {
        requireProject(folder);
        if (!ProjectCipher.isEncrypted(folder)) {
            throw new StoreException(Text.of("store.projectEncrypted", folder.getFileName()));
        }
    }

    private static void convert(Path folder, ProjectKey from, ProjectKey to) {
        Path abs = folder.toAbsolutePath().normalize();
        long version;
        // opening checks the password, applies pending migrations and compacts the file at close
        try (ProjectStore store = ProjectStore.open(abs, from)) {
            version = store.database().dataVersion();
        }
        Path database = abs.resolve(ProjectStore.DATABASE_FILE);
        Path work = abs.resolve(WORK_NAME + ".mv.db");
        try (FileChannel lockChannel = FileChannel.open(abs.resolve(ProjectStore.LOCK_FILE), StandardOpenOption.CREATE,
                                                        StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                throw new ProjectLockedException(Text.of("store.projectOpenAnotherPassage", abs.getFileName()));
            }
            deleteWorkFiles(abs);
            copy(database, from, work, to);
            long copied = versionOf(abs.resolve(WORK_NAME), to);
            if (copied != version) {
                throw new StoreException(ErrorKind.INTERNAL, Text.of("store.convertedCopyShowsData", abs.getFileName(), copied, version));
            }
            Files.move(work, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteWorkFiles(abs);
            Files.deleteIfExists(abs.resolve(ProjectStore.DATABASE_NAME + ".trace.db"));
            dev.passage.files.Trees.delete(abs.resolve("index"));
            dev.passage.files.Trees.delete(abs.resolve("index.aes"));
            LOG.info("{} the project {}", to == null ? "decrypted" : "encrypted", abs);
        } catch (IOException e) {
            quietlyDeleteWorkFiles(abs);
            throw new StoreException(StoreFailure.kindOf(e, ErrorKind.DISK), Text.of("store.couldConvertProjectProject", abs.getFileName(),
                    e.getMessage()), e);
        } catch (RuntimeException e) {
            quietlyDeleteWorkFiles(abs);
            throw e;
        }
    }

    /** Copies the database file's content from one key (null: plain) to another, through H2's encrypting file layer. */
    private static void copy(Path source, ProjectKey from, Path target, ProjectKey to) throws IOException {
        try (FileChannel in = channel(source, from, StandardOpenOption.READ);
             FileChannel out = channel(target, to, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                                       StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
            for (long pos = 0; pos < size; pos += BLOCK) {
                buffer.clear();
                buffer.limit((int) Math.min(BLOCK, size - pos));
                while (buffer.hasRemaining()) {
                    if (in.read(buffer, pos + buffer.position()) < 0) {
                        throw new IOException("the database ended early at byte " + (pos + buffer.position()));
                    }
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer, pos + buffer.position());
                }
            }
            out.force(true);
        }
    }

    private static FileChannel channel(Path file, ProjectKey key, StandardOpenOption... options) throws IOException {
        FileChannel base = FileChannel.open(file, options);
        if (key == null) {
            return base;
        }
        char[] password = key.filePassword();
        byte[] bytes = FilePathEncrypt.getPasswordBytes(password);
        Arrays.fill(password, '\0');
        return new FileEncrypt(file.toString(), bytes, base);
    }

    private static long versionOf(Path base, ProjectKey key) {
        JdbcConnectionPool pool = ProjectCipher.pool(base, key);
        try {
            ProjectCipher.checkPassword(pool, base.getParent(), key != null);
            long version = new Database(pool).dataVersion();
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
            return version;
        } catch (java.sql.SQLException e) {
            throw new StoreException(StoreFailure.kindOf(e, ErrorKind.INTERNAL), Text.of("store.convertedCopyProjectCould", e.getMessage()), e);
        } finally {
            pool.dispose();
        }
    }

    private static void deleteWorkFiles(Path folder) throws IOException {
        for (String suffix : new String[]{".mv.db", ".trace.db", ".lock.db"}) {
            Files.deleteIfExists(folder.resolve(WORK_NAME + suffix));
        }
    }

    private static void quietlyDeleteWorkFiles(Path folder) {
        try {
            deleteWorkFiles(folder);
        } catch (IOException e) {
            LOG.warn("could not delete the conversion's work files in {}: {}", folder, e.getMessage());
        }
    }

}
