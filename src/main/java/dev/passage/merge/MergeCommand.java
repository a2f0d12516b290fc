package dev.passage.merge;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.interop.ImportPlan;
import dev.passage.model.EditRecord;
import dev.passage.store.AddedRows;
import dev.passage.store.Tx;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One merge as one undoable edit: the first run brings OTHER's plan in and reads back every row it added; undo deletes exactly
 * those rows (and takes matched documents out of the units the merge put them in); redo puts the same rows back, ids and all.
 */
final class MergeCommand implements EditCommand {
    private final ImportPlan plan;
    private final String source;
    private final List<String> notCarried;
    private final Consumer<String> checkpoint;
    private MergeReport report;
    private AddedRows rows;
    private Map<Long, Long> unitsSet;
    private List<Long> touched;

    MergeCommand(ImportPlan plan, String source, List<String> notCarried, Consumer<String> checkpoint) {
        this.plan = plan;
        this.source = source;
        this.notCarried = notCarried;
        this.checkpoint = checkpoint;
    }

    @Override
    public Text label() {
        return Text.of("merge.label", source);
    }

    @Override
    public void execute(Tx tx) {
        if (rows == null) {
            MergeWriter writer = new MergeWriter(tx, tx, plan, source, checkpoint);
            report = writer.run(tx.project().info(), notCarried);
            rows = AddedRows.read(tx, writer.selections());
            unitsSet = Map.copyOf(writer.unitsSet);
            java.util.Set<Long> docs = new java.util.LinkedHashSet<>(writer.addedDocuments);
            docs.addAll(writer.documentsWithNewCodings);
            docs.addAll(unitsSet.keySet());
            touched = List.copyOf(docs);
        } else {
            rows.restore(tx);
            unitsSet.forEach((doc, unit) -> tx.documents().setUnit(doc, unit));
            touch(tx);
        }
    }

    @Override
    public void undo(Tx tx) {
        unitsSet.keySet().forEach(doc -> tx.documents().setUnit(doc, null));
        rows.delete(tx);
        touch(tx);
    }

    private void touch(Tx tx) {
        touched.forEach(tx::touchDocument);
        tx.touchCodebook();
        tx.touchVariables();
        tx.touchDocumentArrangement();
    }

    MergeReport report() {
        return report;
    }

    @Override
    public EditRecord audit(Tx tx) {
        int added = report.documentsAdded().size() + report.codesAdded().size() + report.codingsAdded() + report.memosAdded()
                    + report.unitsAdded() + report.variablesAdded() + report.valuesAdded() + report.respondentsAdded()
                    + report.setsAdded() + report.setMembersAdded();
        return EditRecord.of("project.merge", "project", null, source)
                         .withCount(added)
                         .withAfter(EditRecord.values("source", source, "documents_added", report.documentsAdded().size(),
                                                      "documents_matched", report.documentsMatched().size(),
                                                      "codes_added", report.codesAdded().size(),
                                                      "codes_matched", report.codesMatched().size(),
                                                      "codings_added", report.codingsAdded(),
                                                      "codings_already_there", report.codingsAlreadyThere(),
                                                      "memos_added", report.memosAdded(), "conflicts", report.conflicts().size()));
    }
}
