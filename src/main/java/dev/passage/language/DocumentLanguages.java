package dev.passage.language;

import dev.passage.coding.CommandHistory;
import dev.passage.errors.Text;
import dev.passage.model.Language;
import dev.passage.store.Database;
import dev.passage.store.StoreException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
        return change(List.of(documentId), language) > 0;
    }

    /**
     * Sets the language of the documents as one undoable step (those already in it are left out); returns how many changed.
     * Bad input when one of them does not exist.
     */
    public int change(Collection<Long> documentIds, Language language) {
        List<ChangeLanguageCommand.Change> changes = database.read(a -> {
            List<ChangeLanguageCommand.Change> out = new ArrayList<>();
            for (long id : documentIds) {
                String name = a.documents().name(id).orElseThrow(() -> new StoreException(Text.of("language.noDocument", id)));
                Language before = a.documents().language(id).orElseThrow();
                if (before != language) {
                    out.add(new ChangeLanguageCommand.Change(id, name, before));
                }
            }
            return out;
        });
        if (!changes.isEmpty()) {
            history.run(new ChangeLanguageCommand(changes, language));
        }
        return changes.size();
    }
}
