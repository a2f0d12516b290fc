package dev.passage.importer;

import java.nio.file.Path;
import java.util.List;

/** What happened to one file: imported (with its document id and any warnings), skipped or failed (with the reason). */
public record ImportOutcome(Path file, Status status, Long documentId, String documentName, String message, List<String> warnings) {
    public enum Status { IMPORTED, FAILED, SKIPPED }

    public ImportOutcome {
        warnings = List.copyOf(warnings);
    }

    static ImportOutcome imported(Path file, long id, String name, List<String> warnings) {
        return new ImportOutcome(file, Status.IMPORTED, id, name, null, warnings);
    }

    static ImportOutcome failed(Path file, String message) {
        return new ImportOutcome(file, Status.FAILED, null, null, message, List.of());
    }

    static ImportOutcome skipped(Path file, String message) {
        return new ImportOutcome(file, Status.SKIPPED, null, null, message, List.of());
    }
}
