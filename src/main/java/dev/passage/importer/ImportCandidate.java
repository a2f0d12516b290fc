package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;

import java.nio.file.Path;

/**
 * A file found in a folder to import, before anything is imported: where it is (and its path inside the chosen folder),
 * its format (null when Passage does not read it), its size, and why it is left out by default ({@link Exclusion#NONE}: it
 * is not).
 */
public record ImportCandidate(Path file, String shownPath, DocumentFormat format, long size, Exclusion exclusion) {
    /** Why a file is not taken by default. */
    public enum Exclusion {
        /** Taken. */
        NONE,
        /** A README, LICENSE and the like ({@link LikelyNotTranscripts}): can still be taken. */
        LIKELY_NOT_TRANSCRIPT,
        /** A hidden file: can still be taken. */
        HIDDEN,
        /** Already in the project (imported from this file before): importing it again would be refused. */
        ALREADY_IMPORTED,
        /** Not a file type Passage reads: cannot be taken. */
        UNSUPPORTED
    }

    /** Whether the file is taken unless the user says otherwise. */
    public boolean takenByDefault() {
        return exclusion == Exclusion.NONE;
    }

    /** Whether the file can be imported at all (it is of a supported format and not in the project yet). */
    public boolean importable() {
        return format != null && exclusion != Exclusion.UNSUPPORTED && exclusion != Exclusion.ALREADY_IMPORTED;
    }

    /** Why the file is left out by default, for a user; null when it is taken. */
    public Text reason() {
        return switch (exclusion) {
            case NONE -> null;
            case LIKELY_NOT_TRANSCRIPT -> Text.of("importer.candidate.notTranscript");
            case HIDDEN -> Text.of("importer.candidate.hidden");
            case ALREADY_IMPORTED -> Text.of("importer.candidate.alreadyImported");
            case UNSUPPORTED -> Text.of("importer.candidate.unsupported", DocumentReaders.supportedExtensions());
        };
    }

    ImportCandidate withExclusion(Exclusion e) {
        return new ImportCandidate(file, shownPath, format, size, e);
    }
}
