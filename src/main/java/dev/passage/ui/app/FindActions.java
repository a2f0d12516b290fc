package dev.passage.ui.app;

import dev.passage.ui.codebook.CodebookView;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import dev.passage.ui.documents.DocumentsView;
import dev.passage.ui.transcript.TranscriptView;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/** Edit › Find (Ctrl+F): filters the pane that has the focus (documents, codebook) and otherwise finds in the transcript. */
final class FindActions {

    FindActions(ActionRegistry registry, DocumentsView documents, CodebookView codebook, TranscriptView transcript) {
        registry.add(action("edit:find", "app.menu.findInTranscript", () -> findInFocusedPane(documents, codebook, transcript))
            .accelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.find")
            .in(TopMenu.EDIT, 1, 10));
    }

    private static void findInFocusedPane(DocumentsView documents, CodebookView codebook, TranscriptView transcript) {
        Node focus = transcript.root().getScene() == null ? null : transcript.root().getScene().getFocusOwner();
        if (within(focus, codebook.root())) {
            codebook.focusFilter();
        } else if (within(focus, documents.root())) {
            documents.focusFilter();
        } else {
            transcript.showFindBar();
        }
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
