package dev.passage.ui.explore;

import dev.passage.ui.common.ProjectContext;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Analyse › Word frequencies: a window of its own beside the workbench (one at a time), recounted as the project changes. */
public final class WordFrequenciesWindow {
    private final ProjectContext context;
    private final Consumer<String> searchWord;
    private final Supplier<Window> owner;
    private Stage open;
    private WordFrequenciesViewModel vm;

    /** {@code searchWord} shows the Search tab and runs the word there. */
    public WordFrequenciesWindow(ProjectContext context, Consumer<String> searchWord, Supplier<Window> owner) {
        this.context = context;
        this.searchWord = searchWord;
        this.owner = owner;
    }

    public Stage show() {
        if (open != null) {
            open.toFront();
            return open;
        }
        vm = new WordFrequenciesViewModel(context, searchWord);
        Stage stage = new Stage();
        Window o = owner.get();
        if (o != null) {
            stage.initOwner(o);
        }
        stage.setTitle(context.messages().get("explore.words.title") + " \u2013 Passage");
        Scene scene = new Scene((Parent) new WordFrequenciesView(vm, context.messages()).root(), 980, 560);
        if (o != null && o.getScene() != null) {
            scene.getStylesheets().addAll(o.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            vm.dispose();
            vm = null;
            open = null;
        });
        open = stage;
        stage.show();
        vm.refresh();
        return stage;
    }

    /** The open window's model, or null (for tests). */
    WordFrequenciesViewModel model() {
        return vm;
    }
}
