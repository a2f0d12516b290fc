package dev.passage.ui.explore;

import dev.passage.ui.common.ProjectContext;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * An Analyse window beside the workbench (one at a time per kind): made on first show, brought to the front after, and its
 * view model disposed when it closes.
 */
final class ToolWindow {
    /** What a window shows: its root, how to fill it, how to let it go. */
    interface Content {
        Parent root();

        void refresh();

        void dispose();
    }

    private final ProjectContext context;
    private final Supplier<Window> owner;
    private final String titleKey;
    private final Supplier<Content> make;
    private final double width;
    private final double height;
    private Stage open;
    private Content content;

    ToolWindow(ProjectContext context, Supplier<Window> owner, String titleKey, Supplier<Content> make, double width, double height) {
        this.context = context;
        this.owner = owner;
        this.titleKey = titleKey;
        this.make = make;
        this.width = width;
        this.height = height;
    }

    Stage show() {
        if (open != null) {
            open.toFront();
            return open;
        }
        content = make.get();
        Stage stage = new Stage();
        Window o = owner.get();
        if (o != null) {
            stage.initOwner(o);
        }
        stage.setTitle(context.messages().get(titleKey) + " \u2013 Passage");
        Scene scene = new Scene(content.root(), width, height);
        if (o != null && o.getScene() != null) {
            scene.getStylesheets().addAll(o.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            content.dispose();
            content = null;
            open = null;
        });
        open = stage;
        stage.show();
        content.refresh();
        return stage;
    }

    /** What the open window shows, or null. */
    Content content() {
        return content;
    }
}
