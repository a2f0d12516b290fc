package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * OpenDocument text (.odt): the paragraphs ({@code text:p}) and headings ({@code text:h}) of content.xml in document order,
 * including those in lists and tables, with ODF white-space rules ({@code text:s}, {@code text:tab}, {@code text:line-break});
 * footnotes, comments, tracked deletions and generated indexes are left out. Then {@link SpeakerTurnDetector}.
 */
final class OdtReader implements FormatReader {
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    /** content.xml may not unpack to more than this (a guard against zip bombs). */
    static final long MAX_CONTENT_BYTES = 256L * 1024 * 1024;

    /** Elements whose text is not part of the running text. */
    private static final Set<String> SKIPPED_TEXT = Set.of("note", "tracked-changes", "table-of-content", "alphabetical-index",
            "illustration-index", "table-index", "object-index", "user-index", "bibliography", "sequence-decls",
            "variable-decls", "user-field-decls");
    private static final Set<String> SKIPPED_OFFICE = Set.of("annotation", "forms");

    private final SpeakerTurnDetector detector;

    OdtReader() {
        this(ImportLimits.DEFAULT_MAX_TURNS);
    }

    OdtReader(int maxTurns) {
        this.detector = new SpeakerTurnDetector(maxTurns);
    }

    @Override
    public ImportedText read(Path file) throws ImportException {
        if (!FileBytes.isZip(FileBytes.head(file, 8))) {
            throw new ImportException(file, Text.of("importer.validOdtFileZip"));
        }
        List<String> paragraphs;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkMimetype(file, zip);
            checkNotEncrypted(file, zip);
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new ImportException(file, Text.of("importer.validOdtFileContent"));
            }
            try (InputStream in = new LimitedInputStream(zip.getInputStream(content), MAX_CONTENT_BYTES)) {
                paragraphs = paragraphs(in);
            }
        } catch (XMLStreamException e) {
            throw new ImportException(file, Text.of("importer.validOdtFileContent2", DocumentReaders.reason(e)), e);
        } catch (ImportException e) {
            throw e; // already says what is wrong with the file
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file, Text.of("importer.validOdtFileFile", DocumentReaders.reason(e)), e);
        }
        TranscriptText transcript = detector.detect(paragraphs);
        if (transcript.text().isEmpty()) {
            throw new ImportException(file, DocumentReaders.NO_TEXT);
        }
        return new ImportedText(transcript.text(), transcript.turns(), DocumentFormat.ODT, transcript.warnings());
    }

    private static void checkMimetype(Path file, ZipFile zip) throws IOException, ImportException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            if (!mimetype.equals(ODT_MIMETYPE) && !mimetype.startsWith(ODT_MIMETYPE + "-")) {
                throw new ImportException(file, Text.of("importer.validOdtFileDocument", mimetype));
            }
        }
    }

    private static void checkNotEncrypted(Path file, ZipFile zip) throws IOException, ImportException {
        ZipEntry entry = zip.getEntry("META-INF/manifest.xml");
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String manifest = new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
            if (manifest.contains("encryption-data")) {
                throw new ImportException(file, Text.of("importer.documentPasswordProtectedSave"));
            }
        }
    }

    /** The paragraphs of a content.xml stream, in document order. */
    static List<String> paragraphs(InputStream contentXml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = factory.createXMLStreamReader(contentXml);
        List<String> out = new ArrayList<>();
        Deque<Paragraph> open = new ArrayDeque<>();
        int skipDepth = 0;
        boolean inText = false;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = reader.getNamespaceURI();
                    String name = reader.getLocalName();
                    if (skipDepth > 0 || isSkipped(ns, name)) {
                        skipDepth++;
                        continue;
                    }
                    if (OFFICE_NS.equals(ns) && name.equals("text")) {
                        inText = true;
                    } else if (inText && TEXT_NS.equals(ns)) {
                        switch (name) {
                            case "p", "h" -> open.push(new Paragraph());
                            case "s" -> {
                                if (!open.isEmpty()) {
                                    open.peek().spaces(spaceCount(reader.getAttributeValue(TEXT_NS, "c")));
                                }
                            }
                            case "tab" -> {
                                if (!open.isEmpty()) {
                                    open.peek().literal("\t");
                                }
                            }
                            case "line-break" -> {
                                if (!open.isEmpty()) {
                                    open.peek().literal("\n");
                                }
                            }
                            default -> {
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipDepth > 0) {
                        skipDepth--;
                        continue;
                    }
                    String ns = reader.getNamespaceURI();
                    String name = reader.getLocalName();
                    if (OFFICE_NS.equals(ns) && name.equals("text")) {
                        inText = false;
                    } else if (inText && TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h")) && !open.isEmpty()) {
                        out.add(open.pop().text());
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && skipDepth == 0 && !open.isEmpty()) {
                    open.peek().characters(reader.getText());
                }
            }
        } finally {
            reader.close();
        }
        return out;
    }

    private static boolean isSkipped(String ns, String name) {
        return (TEXT_NS.equals(ns) && (SKIPPED_TEXT.contains(name) || name.endsWith("-index")))
                || (OFFICE_NS.equals(ns) && SKIPPED_OFFICE.contains(name));
    }

    private static int spaceCount(String c) {
        if (c == null || c.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(Integer.parseInt(c.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** One paragraph being read; character data follows the ODF rule that a run of white space counts as one space. */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private boolean lastWasCollapsedSpace;

        void characters(String chars) {
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    if (!lastWasCollapsedSpace && !text.isEmpty()) {
                        text.append(' ');
                        lastWasCollapsedSpace = true;
                    }
                } else {
                    text.append(c);
                    lastWasCollapsedSpace = false;
                }
            }
        }

        void spaces(int count) {
            text.repeat(" ", count);
            lastWasCollapsedSpace = false;
        }

        void literal(String s) {
            text.append(s);
            lastWasCollapsedSpace = false;
        }

        String text() {
            return text.toString();
        }
    }

    /** Fails once more than {@code limit} bytes were read. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new IOException("content.xml unpacks to more than " + ImportLimits.megabytes(limit));
            }
        }
    }
}
