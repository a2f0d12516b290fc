package dev.passage.interop;

import dev.passage.errors.Text;
import dev.passage.session.ProjectSession;
import dev.passage.store.Database;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds a REFI-QDA codebook ({@code .qdc}, or the CodeBook of a {@code .qde}) to an existing project in one transaction.
 * Codes whose path already exists are reused, so nothing is duplicated; the report counts new and reused codes.
 * Read leniently: an empty {@code <Sets/>} (Taguette) or the 1:0 namespace (NVivo for Mac) are accepted.
 */
public final class QdcImporter {
    private QdcImporter() {
    }

    public static InteropReport importInto(Database db, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InteropException(Text.of("interop.suchFile", file));
        }
        String shown = file.getFileName().toString();
        Element root = SecureXml.parse(file, shown).getDocumentElement();
        InteropReport.Builder report = new InteropReport.Builder(file.toString());
        Element codeBook = switch (SecureXml.localName(root)) {
            case "CodeBook" -> root;
            case "Project" -> SecureXml.child(root, "CodeBook");
            default -> throw new InteropException(Text.of("interop.refiQdaCodebookRoot", shown, SecureXml.localName(root)));
        };
        String ns = root.getNamespaceURI();
        if (ns == null || !(Qda.ANY_CODEBOOK_NS.matcher(ns).matches() || Qda.ANY_PROJECT_NS.matcher(ns).matches())) {
            report.warn("the codebook is not in the namespace " + Qda.CODEBOOK_NS + " (found " + ns + "); it was read anyway");
        }
        Element codes = SecureXml.child(codeBook, "Codes");
        if (codes == null || SecureXml.children(codes, "Code").isEmpty()) {
            throw new InteropException(Text.of("interop.codebookHoldsCodes", shown));
        }
        CodebookReader reader = new CodebookReader(report);
        List<ImportPlan.Code> plan = reader.read(codes);
        if (!reader.noteRefs.values().stream().allMatch(List::isEmpty)) {
            report.lose("NoteRef", "on codes", "a codebook alone carries no notes; import the whole .qdpx to keep them");
        }
        for (Element set : SecureXml.listed(codeBook, "Sets", "Set")) {
            report.lose("Set", "\"" + SecureXml.attr(set, "name") + "\"", "Passage has no sets");
        }
        int[] counts = new int[2];
        db.write(tx -> {
            PlanWriter writer = new PlanWriter(tx);
            counts[0] = writer.codes(plan, null);
            counts[1] = writer.existingCodes();
            tx.record(dev.passage.model.EditRecord.of("qdc.import", "codebook", null, file.getFileName().toString())
                                                  .withCount(counts[0])
                                                  .withAfter(dev.passage.model.EditRecord.values("codes_added", counts[0],
                                                                                                 "codes_already_present", counts[1])));
            return null;
        });
        return report.count("codes added", counts[0]).count("codes already present", counts[1]).build();
    }
}
