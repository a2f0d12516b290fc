package dev.passage.language;

import dev.passage.coding.CommandHistory;
import dev.passage.errors.Text;
import dev.passage.model.Language;
import dev.passage.store.Database;
import dev.passage.store.StoreException;

import java.util.Set;

/**
 * The language of each document: read it, the languages present in the project, and change it as an undoable edit (the
 * search index re-analyses the document when the change is committed).
 */
public final class DocumentLanguages {
    private final Database database;
    private final CommandHistory history;

    public DocumentLanguages(Database database, CommandHistory history) {
        this.database = database;
        this.history = history;
    }

    /** The document's language (the project's when none was stored); bad input when there is no such document. */
    public Language of(long documentId) {
        return database.read(a -> a.documents().language(documentId))
                       .orElseThrow(() -> new StoreException(Text.of("language.noDocument", documentId)));
    }

    /** The languages of the project's documents (empty in a project without documents). */
    public Set<Language> present() {
        return database.read(a -> a.documents().languages());
    }

    /**
     * Sets the document's language as one undoable step; returns false (and changes nothing) when it already has it.
     */
    public boolean change(long documentId, Language language) {
        record Current(String name, Language language) {
        }
        Current current = database.read(a -> a.documents().name(documentId)
                                               .map(n -> new Current(n, a.documents().language(documentId).orElseThrow())))
                                  .orElseThrow(() -> new StoreException(Text.of("language.noDocument", documentId)));
        if (current.language() == language) {
            return false;
        }
        history.run(new ChangeLanguageCommand(documentId, current.name(), current.language(), language));
        return true;
    }
}
