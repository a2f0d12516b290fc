package dev.passage.interop;

import dev.passage.errors.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a .qdpx into a folder, refusing entries that would land outside it (zip slip: absolute paths, "..", drive
 * letters) and stopping at the {@link ZipLimits}. Sizes are counted on the bytes actually inflated, not on what the
 * archive claims.
 */
final class SafeUnzip {
    private static final long RATIO_CHECK_FROM = 1024 * 1024;

    private SafeUnzip() {
    }

    static void unzip(Path zip, Path target, ZipLimits limits) {
        String shown = zip.getFileName().toString();
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (file.size() > limits.maxEntries()) {
                throw new InteropException(Text.of("interop.holdsEntriesMoreThan", shown, file.size(), limits.maxEntries()));
            }
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            for (Enumeration<? extends ZipEntry> en = file.entries(); en.hasMoreElements(); ) {
                ZipEntry entry = en.nextElement();
                Path out = resolve(root, entry.getName(), shown);
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                long written = 0;
                try (InputStream in = file.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        written += n;
                        total += n;
                        if (total > limits.maxTotalBytes()) {
                            throw new InteropException(Text.of("interop.unpacksMoreThanBytes", shown, limits.maxTotalBytes()));
                        }
                        long compressed = Math.max(1, entry.getCompressedSize());
                        if (written > RATIO_CHECK_FROM && written > compressed * limits.maxRatio()) {
                            throw new InteropException(Text.of("interop.entryExpandsMoreThan", shown, entry.getName(), limits.maxRatio()));
                        }
                        os.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new InteropException(Text.of("interop.validZipFile", shown, e.getMessage()), e);
        } catch (IOException e) {
            throw new InteropException(Text.of("interop.unpacked", shown, e.getMessage()), e);
        }
    }

    /** The entry's place under {@code root}, or an error when its name would leave it. */
    static Path resolve(Path root, String name, String shown) {
        String n = name.replace('\\', '/');
        boolean bad = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.contains("\0");
        for (String part : n.split("/")) {
            bad |= part.equals("..");
        }
        Path out = root.resolve(n).normalize();
        if (bad || !out.startsWith(root) || out.equals(root)) {
            throw new InteropException(Text.of("interop.entryWouldWrittenOutside", shown, name));
        }
        return out;
    }
}
