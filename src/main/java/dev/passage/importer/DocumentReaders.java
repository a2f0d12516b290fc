package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way into the importer: reads a txt, md, docx, odt, pdf, vtt or srt file into {@link ImportedText}, choosing the
 * reader by the file's extension. Every failure is an {@link ImportException} naming the file and the problem in plain words.
 * Stateless after construction, so one instance may be shared between threads.
 */
public final class DocumentReaders {
    static final Text NO_TEXT = Text.of("importer.noText");

    private static final Logger log = LoggerFactory.getLogger(DocumentReaders.class);

    private final ImportLimits limits;
    private final Map<DocumentFormat, FormatReader> readers = new EnumMap<>(DocumentFormat.class);

    public DocumentReaders() {
        this(ImportLimits.defaults());
    }

    public DocumentReaders(ImportLimits limits) {
        this.limits = limits;
        int maxTurns = limits.maxTurns();
        readers.put(DocumentFormat.TXT, new TxtReader(DocumentFormat.TXT, maxTurns));
        readers.put(DocumentFormat.MARKDOWN, new TxtReader(DocumentFormat.MARKDOWN, maxTurns));
        readers.put(DocumentFormat.DOCX, new DocxReader(maxTurns));
        readers.put(DocumentFormat.ODT, new OdtReader(maxTurns));
        readers.put(DocumentFormat.PDF, new PdfReader(maxTurns));
        readers.put(DocumentFormat.VTT, new VttReader(maxTurns));
        readers.put(DocumentFormat.SRT, new SrtReader(maxTurns));
    }

    public ImportLimits limits() {
        return limits;
    }

    /** "txt, md, docx, odt, pdf, vtt, srt". */
    public static String supportedExtensions() {
        return Arrays.stream(DocumentFormat.values()).map(DocumentFormat::extension).collect(Collectors.joining(", "));
    }

    /** Reads {@code file}; the format follows from its extension (case-insensitive). */
    public ImportedText read(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException(file, Text.of("importer.fileDoesExist"));
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file, Text.of("importer.folderFile"));
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file, Text.of("importer.fileReadPermissionDenied"));
        }
        String fileName = file.getFileName().toString();
        DocumentFormat format = DocumentFormat.forFileName(fileName)
                .orElseThrow(() -> new ImportException(file, unsupported(fileName)));
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(file, Text.of("importer.fileCouldRead", reason(e)), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new ImportException(file, Text.of("importer.fileLargerThanLimit", ImportLimits.megabytesRoundedUp(size),
                    ImportLimits.megabytes(limits.maxFileBytes())));
        }
        if (size == 0) {
            throw new ImportException(file, Text.of("importer.empty", NO_TEXT));
        }
        ImportedText text = readers.get(format).read(file);
        log.info("Read {} as {}: {} characters, {} turns, {} warnings", fileName, format.extension(), text.text().length(),
                text.turns().size(), text.warnings().size());
        for (String warning : text.warnings()) {
            log.warn("{}: {}", fileName, warning);
        }
        return text;
    }

    private static Text unsupported(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? Text.of("importer.unsupportedNoExtension", supportedExtensions())
                : Text.of("importer.unsupportedExtension", fileName.substring(dot), supportedExtensions());
    }

    /** A cause's message for a user, or its class name when it has none. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
    }
}
