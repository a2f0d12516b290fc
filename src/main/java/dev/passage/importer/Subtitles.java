package dev.passage.importer;

import dev.passage.errors.Text;

import java.nio.file.Path;
import java.util.List;

/** What the subtitle readers share: reading the file's text, the limit on the number of cues, the transcript of the cues. */
final class Subtitles {
    private Subtitles() {
    }

    /** The file's text in its detected charset; refuses a file with no text. */
    static TextDecoder.Decoded decode(Path file) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decodeWithCharset(file, FileBytes.read(file));
        if (decoded.text().isBlank()) {
            throw new ImportException(file, DocumentReaders.NO_TEXT);
        }
        return decoded;
    }

    /** The transcript of the cues (speakers assigned); refuses too many cues, or cues with no text at all. */
    static TranscriptText transcript(Path file, List<DraftTurn> cues, int maxTurns) throws ImportException {
        checkCueCount(file, cues.size(), maxTurns);
        TranscriptText transcript = TranscriptBuilder.build(CueSpeakers.assign(cues));
        if (transcript.text().isEmpty()) {
            throw new ImportException(file, Text.of("importer.subtitleCuesText", DocumentReaders.NO_TEXT));
        }
        return transcript;
    }

    /**
     * Refuses a subtitle file with more cues than a document may have turns. Unlike plain text, cues cannot be joined
     * without losing their times and speakers, so the file is refused with the limit named.
     */
    private static void checkCueCount(Path file, int cues, int maxTurns) throws ImportException {
        if (cues > maxTurns) {
            throw new ImportException(file, Text.of("importer.fileSubtitleCuesMore", ImportLimits.count(cues), ImportLimits.count(maxTurns)));
        }
    }
}
