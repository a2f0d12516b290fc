package dev.passage.interop;

import dev.passage.files.AtomicWrite;
import dev.passage.store.Database;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports a whole project as a REFI-QDA project exchange file ({@code .qdpx}): a zip holding {@code sources/<guid>.txt}
 * (UTF-8, no BOM, LF) for every document and {@code project.qde}, streamed with StAX so a large project is never held in
 * memory as XML. The file appears complete or not at all (written beside the target, then moved into place).
 */
public final class QdpxExporter {
    private QdpxExporter() {
    }

    /** Exports the project in {@code db} to {@code out} (replacing it). */
    public static InteropReport export(Database db, Path out) throws IOException {
        return export(db, dev.passage.model.CoderScope.EVERYONE, out);
    }

    /** Exports the project with only the codings {@code scope} lets through; the report says whose they are. */
    public static InteropReport export(Database db, dev.passage.model.CoderScope scope, Path out) throws IOException {
        ExportSnapshot snap = ExportSnapshot.read(db, scope);
        Guids guids = Guids.forProject(snap.info());
        InteropReport.Builder report = new InteropReport.Builder(out.toString());
        if (!scope.everyone()) {
            report.warn("only the codings of " + (scope.coders().isEmpty() ? "no coder" : String.join(", ", scope.sortedCoders()))
                        + " were exported (Show codings of); the other coders' codings were left out");
        }
        if (snap.respondents() > 0) {
            report.lose("Respondents", snap.respondents() + " survey respondents",
                        "REFI-QDA has no survey respondents; their answers are exported as text sources");
        }
        int decisions = db.read(a -> a.adjudications().count());
        if (decisions > 0) {
            report.lose("Adjudication decisions", decisions + " decisions with their notes",
                        "REFI-QDA has no adjudication; the consensus coder's codings are exported as ordinary codings");
        }
        Path qde = Files.createTempFile("passage-export", ".qde");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            AtomicWrite.replace(out, stream -> {
                try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(stream, 1 << 16), StandardCharsets.UTF_8);
                     OutputStream xml = new BufferedOutputStream(Files.newOutputStream(qde), 1 << 16)) {
                    // one pass over the documents: each text goes into the zip while its TextSource goes into project.qde
                    new ProjectXmlWriter(db, snap, guids, report).write(xml, (id, text) -> {
                        zip.putNextEntry(new ZipEntry(Qda.SOURCES + "/" + ProjectXmlWriter.sourceFile(guids, id)));
                        zip.write(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    });
                    xml.flush();
                    zip.putNextEntry(new ZipEntry(Qda.QDE));
                    Files.copy(qde, zip);
                    zip.closeEntry();
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write " + Qda.QDE + ": " + e.getMessage(), e);
                }
                return null;
            });
        } finally {
            Files.deleteIfExists(qde);
        }
        return report.build();
    }
}
