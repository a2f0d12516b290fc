package dev.passage.importer;

import dev.passage.errors.Text;


import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one file: imported (with its document id and any warnings), skipped or failed (with the reason:
 * {@code message} in English, {@code text} to say it in the user's language).
 */
public record ImportOutcome(Path file, Status status, Long documentId, String documentName, String message, List<String> warnings,
                            Text text) {
    public enum Status { IMPORTED, FAILED, SKIPPED }

    public ImportOutcome {
        warnings = List.copyOf(warnings);
    }

    /** Skipped because the file was imported before (re-importing a folder skips what it already took). */
    public boolean alreadyImported() {
        return status == Status.SKIPPED && text != null && "importer.alreadyImported".equals(text.key());
    }

    /** Skipped because a folder import leaves such files out unless told to take all (README-like or hidden files). */
    public boolean leftOutByDefault() {
        return status == Status.SKIPPED && text != null && "importer.skippedCandidate".equals(text.key());
    }

    static ImportOutcome imported(Path file, long id, String name, List<String> warnings) {
        return new ImportOutcome(file, Status.IMPORTED, id, name, null, warnings, null);
    }

    static ImportOutcome failed(Path file, Text message) {
        return new ImportOutcome(file, Status.FAILED, null, null, message.english(), List.of(), message);
    }

    static ImportOutcome skipped(Path file, Text message) {
        return new ImportOutcome(file, Status.SKIPPED, null, null, message.english(), List.of(), message);
    }
}
