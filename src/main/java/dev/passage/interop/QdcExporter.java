package dev.passage.interop;

import dev.passage.errors.Text;
import dev.passage.files.AtomicWrite;
import dev.passage.model.Code;
import dev.passage.store.Database;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Exports the codebook alone as a REFI-QDA codebook exchange file ({@code .qdc}): codes with hierarchy, colours, descriptions. */
public final class QdcExporter {
    private QdcExporter() {
    }

    /** Writes the codebook of the project in {@code db} to {@code out} (replacing it). Code memos are not part of a .qdc. */
    public static InteropReport export(Database db, Path out) throws IOException {
        ExportSnapshot snap = ExportSnapshot.read(db);
        Guids guids = Guids.forProject(snap.info());
        InteropReport.Builder report = new InteropReport.Builder(out.toString());
        Map<Long, List<Code>> tree = snap.codeTree();
        if (!tree.containsKey(null)) {
            throw new InteropException(Text.of("interop.projectCodesQdcNeeds", out));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        AtomicWrite.replace(out, stream -> {
            try (XmlOut x = new XmlOut(stream, "CodeBook", Qda.CODEBOOK_NS)) {
                x.attr("origin", Qda.ORIGIN).start("Codes");
                new ProjectXmlWriter(db, snap, guids, report).writeCodes(x, tree, tree.get(null), false);
                x.end();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
            }
            return null;
        });
        report.count("codes", snap.codes().size());
        snap.codes().forEach(c -> snap.memos(dev.passage.model.Memo.MemoTarget.CODE, c.id())
            .forEach(m -> report.lose("Code memo", c.name() + ": " + (m.title() == null ? "(untitled)" : m.title()),
                                      "a .qdc holds codes only; export a .qdpx to keep memos")));
        return report.build();
    }
}
