package dev.passage.store;

import dev.passage.model.EditRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a transaction's history rows just before it commits. An edit that described itself ({@link Tx#record}) gets its
 * own rows; a write that changed data without describing itself still gets one generic {@code edit} row naming what it
 * touched, so no committed change is missing from the history.
 */
final class EditTrail {
    private EditTrail() {
    }

    static void write(Tx tx, String coder) {
        List<EditRecord> edits = tx.edits();
        if (edits.isEmpty()) {
            ChangeSet touched = tx.changes(0);
            if (touched.isEmpty()) {
                return;
            }
            edits = List.of(EditRecord.of("edit", "project", null, null).withSummary(describe(touched)));
        }
        tx.editHistory().insertAll(coder, Instant.now(), edits);
    }

    private static String describe(ChangeSet c) {
        List<String> parts = new ArrayList<>();
        if (!c.touchedDocuments().isEmpty()) {
            parts.add(c.touchedDocuments().size() + (c.touchedDocuments().size() == 1 ? " document" : " documents"));
        }
        if (c.codebookChanged()) {
            parts.add("the codebook");
        }
        if (c.variablesChanged()) {
            parts.add("variables");
        }
        if (c.documentsArranged()) {
            parts.add("the documents' order or sets");
        }
        return "changed " + String.join(", ", parts);
    }
}
