package dev.passage.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which Passage this is: the version from the pom, which Maven writes into {@code passage-version.properties} when it copies
 * the resources. Shown by {@code passage --version} and the About box, and written as the producer of REFI-QDA exports.
 */
public final class PassageVersion {
    private static final String RESOURCE = "passage-version.properties";
    private static final String VERSION = read();

    private PassageVersion() {
    }

    /** The version, e.g. "0.1.0". */
    public static String version() {
        return VERSION;
    }

    /** The name with the version, e.g. "Passage 0.1.0". */
    public static String title() {
        return "Passage " + VERSION;
    }

    private static String read() {
        try (InputStream in = PassageVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + v);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
