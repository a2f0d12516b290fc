package dev.passage.interop;

import dev.passage.model.Language;

/**
 * How to import: the new project's language, the coder named on codings whose producer names none, the position model
 * (null: chosen from the producer, see {@link PositionModel#forOrigin}) and the zip limits.
 */
public record ImportOptions(Language language, String coder, PositionModel positions, ZipLimits limits) {
    public ImportOptions {
        if (language == null || coder == null || coder.isBlank() || limits == null) {
            throw new IllegalArgumentException("an import needs a language, a coder and zip limits");
        }
    }

    public static ImportOptions of(Language language, String coder) {
        return new ImportOptions(language, coder, null, ZipLimits.defaults());
    }

    public ImportOptions withPositions(PositionModel model) {
        return new ImportOptions(language, coder, model, limits);
    }

    public ImportOptions withLimits(ZipLimits zipLimits) {
        return new ImportOptions(language, coder, positions, zipLimits);
    }
}
