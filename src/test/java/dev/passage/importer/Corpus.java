package dev.passage.importer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The real transcripts copied to src/test/resources/importer/corpus (licences in LICENSES.md there). */
final class Corpus {
    private Corpus() {
    }

    static Path file(String name) {
        URL url = Corpus.class.getResource("/importer/corpus/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource importer/corpus/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
