package dev.passage.language;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.model.Language;
import dev.passage.store.Tx;

import java.util.List;

/** Sets documents' language; undo gives each the one it had. Both re-index the documents (their text is analysed anew). */
final class ChangeLanguageCommand implements EditCommand {
    /** One document and the language it had. */
    record Change(long documentId, String documentName, Language before) {
    }

    private final List<Change> changes;
    private final Language after;

    ChangeLanguageCommand(List<Change> changes, Language after) {
        this.changes = List.copyOf(changes);
        this.after = after;
    }

    @Override
    public Text label() {
        return changes.size() == 1 ? Text.of("language.label.change", changes.getFirst().documentName(), after.displayName())
                                   : Text.of("language.label.changeMany", changes.size(), after.displayName());
    }

    @Override
    public void execute(Tx tx) {
        changes.forEach(c -> tx.documents().setLanguage(c.documentId(), after));
    }

    @Override
    public void undo(Tx tx) {
        changes.forEach(c -> tx.documents().setLanguage(c.documentId(), c.before()));
    }

    @Override
    public EditRecord audit(Tx tx) {
        Change first = changes.getFirst();
        EditRecord r = changes.size() == 1
            ? EditRecord.of("document.language", "document", first.documentId(), first.documentName())
                        .withBefore(EditRecord.values("language", first.before().code()))
            : EditRecord.of("document.language", "document", null, changes.size() + " documents").withCount(changes.size());
        return r.withAfter(EditRecord.values("language", after.code()));
    }
}
