package dev.passage.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * The file {@value #FILE} in the project folder: a data version that is known to be in the database file. On open, a
 * database whose data version is lower went back in time (H2 opens a truncated file at an older version without a word),
 * so the project is refused as damaged instead of opening with edits silently missing.
 * <p>
 * H2 keeps the last commits in memory for up to half a second (WRITE_DELAY), so a version is recorded only after a
 * {@code CHECKPOINT} has put it in the file: the mark may lag behind the database after a crash, never run ahead of it.
 * It is written through a channel kept open, without fsync (the page cache survives a killed process), at most once per
 * {@link #MIN_INTERVAL_NANOS} while writing and always at close.
 */
public final class DataVersionMark implements ChangeListener, AutoCloseable {
    public static final String FILE = "data-version";
    private static final Logger LOG = LoggerFactory.getLogger(DataVersionMark.class);
    private static final long MIN_INTERVAL_NANOS = 2_000_000_000L;
    private static final int WIDTH = 20;

    private final Path file;
    private final DataSource dataSource;
    private FileChannel channel;
    private long lastWrite = System.nanoTime();
    private long recorded;

    private DataVersionMark(Path file, DataSource dataSource, FileChannel channel, long recorded) {
        this.file = file;
        this.dataSource = dataSource;
        this.channel = channel;
        this.recorded = recorded;
    }

    /** The version recorded in {@code folder}, if there is a readable mark. */
    public static OptionalLong read(Path folder) {
        Path f = folder.resolve(FILE);
        try {
            if (!Files.isRegularFile(f)) {
                return OptionalLong.empty();
            }
            String s = Files.readString(f, StandardCharsets.US_ASCII).strip();
            return s.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(s));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("cannot read {}: {}", f, e.toString());
            return OptionalLong.empty();
        }
    }

    /** Records {@code version} in {@code folder} now (after a restore or a new project). */
    public static void write(Path folder, long version) throws IOException {
        try (FileChannel ch = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            put(ch, version);
            ch.force(false);
        }
    }

    /** Starts keeping the mark of an opened database whose data version is {@code current}. */
    static DataVersionMark keep(Path folder, DataSource dataSource, long current) throws IOException {
        FileChannel ch = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        put(ch, current);
        return new DataVersionMark(folder.resolve(FILE), dataSource, ch, current);
    }

    @Override
    public synchronized void committed(ChangeSet changes) {
        if (channel == null || System.nanoTime() - lastWrite < MIN_INTERVAL_NANOS) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long version = versionOf(c);
            st.execute("CHECKPOINT");
            record(version);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("cannot record the data version in {}: {}", file, e.toString());
        }
    }

    /** Records {@code version} after the database was shut down cleanly, and lets go of the file. */
    synchronized void closeAt(long version) {
        try {
            record(version);
        } catch (IOException e) {
            LOG.warn("cannot record the data version in {}: {}", file, e.toString());
        }
        close();
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing {}", file, e);
            }
            channel = null;
        }
    }

    private void record(long version) throws IOException {
        if (channel != null && version > recorded) {
            put(channel, version);
            recorded = version;
        }
        lastWrite = System.nanoTime();
    }

    static long versionOf(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT data_version FROM project WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    private static void put(FileChannel ch, long version) throws IOException {
        String s = String.format("%0" + (WIDTH - 1) + "d\n", version);
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
        int pos = 0;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
        ch.truncate(WIDTH);
    }
}
