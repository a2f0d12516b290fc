package dev.passage.model;

import java.util.Locale;
import java.util.Optional;

/** The file formats Passage reads a document from. */
public enum DocumentFormat {
    TXT("txt"), MARKDOWN("md"), DOCX("docx"), ODT("odt"), PDF("pdf"), VTT("vtt"), SRT("srt");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
