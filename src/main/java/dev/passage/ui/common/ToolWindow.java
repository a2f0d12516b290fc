package dev.passage.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An Analyse window beside the workbench (one at a time per kind): made on first show, brought to the front after, and its
 * view model disposed when it closes.
 */
public final class ToolWindow {
    /** What a window shows: its root, how to fill it, how to let it go, and what its scene needs (e.g. its own keys). */
    public interface Content {
        Parent root();

        void refresh();

        void dispose();

        default void install(Scene scene) {
        }

        static Content of(Parent root, Runnable refresh, Runnable dispose) {
            return of(root, refresh, dispose, scene -> { });
        }

        static Content of(Parent root, Runnable refresh, Runnable dispose, Consumer<Scene> install) {
            return new Content() {
                @Override
                public Parent root() {
                    return root;
                }

                @Override
                public void refresh() {
                    refresh.run();
                }

                @Override
                public void dispose() {
                    dispose.run();
                }

                @Override
                public void install(Scene scene) {
                    install.accept(scene);
                }
            };
        }
    }

    private final ProjectContext context;
    private final Supplier<Window> owner;
    private final String titleKey;
    private final Supplier<Content> make;
    private final double width;
    private final double height;
    private Stage open;
    private Content content;

    public ToolWindow(ProjectContext context, Supplier<Window> owner, String titleKey, Supplier<Content> make, double width, double height) {
        this.context = context;
        this.owner = owner;
        this.titleKey = titleKey;
        this.make = make;
        this.width = width;
        this.height = height;
    }

    public Stage show() {
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
        content.install(scene);
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
    public Content content() {
        return content;
    }
}
