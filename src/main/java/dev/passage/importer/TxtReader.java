package dev.passage.importer;

import dev.passage.model.DocumentFormat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Plain text and Markdown: decoded by {@link TextDecoder}, Markdown simplified, paragraphs split at blank lines, then {@link SpeakerTurnDetector}. */
final class TxtReader implements FormatReader {
    private final DocumentFormat format;
    private final SpeakerTurnDetector detector;

    TxtReader(DocumentFormat format) {
        this(format, ImportLimits.DEFAULT_MAX_TURNS);
    }

    TxtReader(DocumentFormat format, int maxTurns) {
        this.detector = new SpeakerTurnDetector(maxTurns);
        if (format != DocumentFormat.TXT && format != DocumentFormat.MARKDOWN) {
            throw new IllegalArgumentException("TxtReader reads txt and md, not " + format);
        }
        this.format = format;
    }

    @Override
    public ImportedText read(Path file) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decodeWithCharset(file, FileBytes.read(file));
        String text = decoded.text();
        if (format == DocumentFormat.MARKDOWN) {
            text = MarkdownText.toPlain(text);
        }
        TranscriptText transcript = detector.detect(paragraphs(text));
        if (transcript.text().isEmpty()) {
            throw new ImportException(file, DocumentReaders.NO_TEXT);
        }
        List<String> warnings = new java.util.ArrayList<>(decoded.warnings());
        warnings.addAll(transcript.warnings());
        return new ImportedText(transcript.text(), transcript.turns(), format, warnings);
    }

    /** Blocks of text separated by blank (or white-space-only) lines. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n[\\s&&[^\n]]*\n\\s*")).filter(p -> !p.isBlank()).toList();
    }
}
