package dev.passage.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A team project's local index folder, held by one session at a time: several sessions of one project on one machine (two
 * workbench windows, the load test's coders) each take the first free one of {@code index}, {@code index-2}, ... Each
 * catches up from the change log on its own; a claim is an OS file lock, so a crashed process leaves none behind.
 */
final class IndexClaim implements AutoCloseable {
    private static final int MOST = 64;
    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private IndexClaim(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    static IndexClaim claim(Path base) throws IOException {
        Files.createDirectories(base.getParent());
        for (int i = 1; i <= MOST; i++) {
            Path folder = i == 1 ? base : base.resolveSibling(base.getFileName() + "-" + i);
            FileChannel ch = FileChannel.open(folder.resolveSibling(folder.getFileName() + ".claim"), StandardOpenOption.CREATE,
                                              StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return new IndexClaim(folder, ch, lock);
            }
            ch.close();
        }
        throw new IOException("more than " + MOST + " sessions hold the search indexes in " + base.getParent());
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
