package dev.passage.errors;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Where stack traces go instead of the user's screen: {@code logs/passage.log} in the {@link UserDataFolder}. The file is
 * rolled over to {@code passage.log.1} past 1 MiB, so it never grows without bound.
 */
public final class ErrorLog {
    static final long MAX_BYTES = 1 << 20;
    private final Path file;

    public ErrorLog(Path file) {
        this.file = file;
    }

    public static ErrorLog inUserDataFolder() {
        return new ErrorLog(UserDataFolder.get().resolve("logs").resolve("passage.log"));
    }

    public Path file() {
        return file;
    }

    /** Appends {@code failure} with its stack trace; returns the log file, or empty if it could not be written either. */
    public synchronized Optional<Path> record(String context, Throwable failure) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println("---- " + Instant.now() + " " + context);
            failure.printStackTrace(w);
        }
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
