package dev.passage.interop;

import dev.passage.model.DocumentCase;
import dev.passage.session.ProjectSession;
import dev.passage.store.Database;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Exports the session's project to {@code out} (replacing it) and reports what was carried over and what not. */
    public static InteropReport export(ProjectSession session, Path out) throws IOException {
        return export(session.store().database(), out);
    }

    /** Exports the project in {@code db} to {@code out} (replacing it). */
    public static InteropReport export(Database db, Path out) throws IOException {
        ExportSnapshot snap = ExportSnapshot.read(db);
        Guids guids = Guids.forProject(snap.info());
        InteropReport.Builder report = new InteropReport.Builder(out.toString());
        if (snap.respondents() > 0) {
            report.lose("Respondents", snap.respondents() + " survey respondents",
                        "REFI-QDA has no survey respondents; their answers are exported as text sources");
        }
        AtomicFile.write(out, stream -> {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(stream, 1 << 16), StandardCharsets.UTF_8)) {
                for (DocumentCase d : snap.documents()) {
                    String text = db.read(a -> a.documents().text(d.documentId()).orElse(""));
                    zip.putNextEntry(new ZipEntry(Qda.SOURCES + "/" + ProjectXmlWriter.sourceFile(guids, d.documentId())));
                    zip.write(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(Qda.QDE));
                new ProjectXmlWriter(db, snap, guids, report).write(new KeepOpen(zip));
                zip.closeEntry();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + Qda.QDE + ": " + e.getMessage(), e);
            }
        });
        return report.build();
    }

    /** Lets the XML writer close its stream without closing the zip around it. */
    static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
