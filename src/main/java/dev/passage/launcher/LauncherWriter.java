package dev.passage.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Build step (run by Maven in the package phase on the JDK 25 toolchain): writes {@code target/passage}, a POSIX shell
 * launcher that runs the jar on Java 25+. It uses $PASSAGE_JAVA if set, else the JDK this build ran on, else looks in
 * $JAVA_HOME, PATH and /usr/lib/jvm for a Java 25 or newer.
 */
public final class LauncherWriter {
    private LauncherWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LauncherWriter OUTPUT_SCRIPT JAR_NAME");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        String buildJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(out, script(buildJava, args[1]));
        try {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            out.toFile().setExecutable(true);
        }
    }

    static String script(String buildJava, String jarName) {
        return """
            #!/bin/sh
            # Passage launcher, written by the build. Runs the command line (and `gui`) on Java 25 or newer.
            here=$(cd "$(dirname "$0")" && pwd)
            is_java25() {
              [ -x "$1" ] || return 1
              v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
              [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null
            }
            java_bin=""
            for candidate in "${PASSAGE_JAVA:-}" "%s" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" /usr/lib/jvm/*/bin/java; do
              if [ -n "$candidate" ] && is_java25 "$candidate"; then java_bin=$candidate; break; fi
            done
            if [ -z "$java_bin" ]; then
              echo "passage: needs Java 25 or newer; set PASSAGE_JAVA to its java binary" >&2
              exit 2
            fi
            exec "$java_bin" --enable-native-access=ALL-UNNAMED ${PASSAGE_JAVA_OPTS:-} -jar "$here/%s" "$@"
            """.formatted(buildJava, jarName);
    }
}
