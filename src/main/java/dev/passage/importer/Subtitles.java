package dev.passage.importer;

import dev.passage.errors.Text;

import java.nio.file.Path;

/** What the subtitle readers share: the limit on the number of cues. */
final class Subtitles {
    private Subtitles() {
    }

    /**
     * Refuses a subtitle file with more cues than a document may have turns. Unlike plain text, cues cannot be joined
     * without losing their times and speakers, so the file is refused with the limit named.
     */
    static void checkCueCount(Path file, int cues, int maxTurns) throws ImportException {
        if (cues > maxTurns) {
            throw new ImportException(file, Text.of("importer.fileSubtitleCuesMore", ImportLimits.count(cues), ImportLimits.count(maxTurns)));
        }
    }
}
