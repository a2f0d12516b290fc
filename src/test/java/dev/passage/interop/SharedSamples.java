package dev.passage.interop;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The REFI-QDA samples in ../shared/refi-qda/samples; tests that use them are skipped where ../shared is absent. */
final class SharedSamples {
    private SharedSamples() {
    }

    static Path sample(String name) {
        Path shared = Path.of(System.getProperty("passage.test.shared", "../shared"));
        Path p = shared.resolve("refi-qda/samples").resolve(name);
        assumeTrue(Files.exists(p), "the shared REFI-QDA sample " + p + " is not here");
        return p;
    }
}
