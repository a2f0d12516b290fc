package dev.passage.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which Passage this is: the version from the pom, which Maven writes into {@code passage-version.properties} when it copies
 * the resources. Shown by {@code passage --version} and the About box, and written as the producer of REFI-QDA exports.
 */
public final class PassageVersion {
    /** What a build without the filtered resource says. */
    static final String UNKNOWN = "(unknown version)";
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

    /** The filtered version; {@link #UNKNOWN} from a build that did not filter the resource (e.g. an IDE's own build). */
    private static String read() {
        try (InputStream in = PassageVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
