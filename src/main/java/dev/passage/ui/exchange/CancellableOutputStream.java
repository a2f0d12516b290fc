package dev.passage.ui.exchange;

import dev.passage.ui.common.BackgroundTasks;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.function.LongFunction;

/**
 * Passes an export's bytes through, reports how many were written (every 256 KB) and stops the export with
 * {@link Cancelled} once the task is cancelled; the atomic file writer then removes its temporary file, so nothing is written.
 */
final class CancellableOutputStream extends FilterOutputStream {
    private static final long REPORT_EVERY = 256 * 1024;

    /** The export was cancelled by the user. */
    static final class Cancelled extends InterruptedIOException {
        Cancelled() {
            super("cancelled");
        }
    }

    private final BackgroundTasks.Progress progress;
    private final LongFunction<String> message;
    private long written;
    private long reported;

    /** {@code message} turns the bytes written so far into the progress text. */
    CancellableOutputStream(OutputStream out, BackgroundTasks.Progress progress, LongFunction<String> message) {
        super(out);
        this.progress = progress;
        this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
        check();
        out.write(b);
        advance(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        out.write(b, off, len);
        advance(len);
    }

    long written() {
        return written;
    }

    private void check() throws Cancelled {
        if (progress.isCancelled()) {
            throw new Cancelled();
        }
    }

    private void advance(int n) {
        written += n;
        if (written - reported >= REPORT_EVERY) {
            reported = written;
            progress.update(written, -1, message.apply(written));
        }
    }
}
