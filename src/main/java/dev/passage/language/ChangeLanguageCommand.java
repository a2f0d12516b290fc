package dev.passage.language;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.model.Language;
import dev.passage.store.Tx;

/** Sets one document's language; undo sets the one it had. Both re-index the document (its text is analysed anew). */
final class ChangeLanguageCommand implements EditCommand {
    private final long documentId;
    private final String documentName;
    private final Language before;
    private final Language after;

    ChangeLanguageCommand(long documentId, String documentName, Language before, Language after) {
        this.documentId = documentId;
        this.documentName = documentName;
        this.before = before;
        this.after = after;
    }

    @Override
    public Text label() {
        return Text.of("language.label.change", documentName, after.displayName());
    }

    @Override
    public void execute(Tx tx) {
        tx.documents().setLanguage(documentId, after);
    }

    @Override
    public void undo(Tx tx) {
        tx.documents().setLanguage(documentId, before);
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of("document.language", "document", documentId, documentName)
                         .withBefore(EditRecord.values("language", before.code()))
                         .withAfter(EditRecord.values("language", after.code()));
    }
}
