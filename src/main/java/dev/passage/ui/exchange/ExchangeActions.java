package dev.passage.ui.exchange;

import dev.passage.session.ProjectSession;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.passage.ui.common.actions.Action.action;

/**
 * The File menu's export and import entries, registered in the workbench's actions: {@link #exportData()}
 * ("exchange.menu.export", Ctrl+Shift+E), {@link #importRefiProject()} ("exchange.menu.importProject") and
 * {@link #importCodebook()} ("exchange.menu.importCodebook").
 */
public final class ExchangeActions {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Consumer<Path> openProject;

    /** {@code openProject} opens a newly imported project (the app closes the current one first). */
    public ExchangeActions(ActionRegistry registry, ProjectContext context, DialogService dialogs, Supplier<Window> owner,
                           Consumer<Path> openProject) {
        this.context = context;
        this.dialogs = dialogs;
        this.owner = owner;
        this.openProject = openProject;
        registry.add(action("exchange:importProject", "exchange.menu.importProject", this::importRefiProject).in(TopMenu.FILE, 1, 50));
        registry.add(action("exchange:importCodebook", "exchange.menu.importCodebook", this::importCodebook).in(TopMenu.FILE, 1, 60));
        registry.add(action("exchange:export", "exchange.menu.export", this::exportData)
            .accelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)).in(TopMenu.FILE, 2, 10));
    }

    /** File &gt; Export… : shows the export dialog; once a file is chosen it closes and the export runs in the background. */
    public void exportData() {
        new ExportDialog(new ExportViewModel(context, dialogs), owner.get()).show();
    }

    /** File &gt; Import REFI-QDA project (.qdpx/.qde)… : a new project from another QDA program, then opens it. */
    public void importRefiProject() {
        importRefiProject(context.tasks(), dialogs, context.messages(), context.session().coding().coder(), owner.get(), openProject);
    }

    /** The same from the start screen, where no project is open; {@code coder} null: the user's login name. */
    public static void importRefiProject(BackgroundTasks tasks, DialogService dialogs, Messages messages, String coder, Window owner,
                                         Consumer<Path> openProject) {
        String who = coder != null ? coder : ProjectSession.defaultCoder();
        new RefiImportDialog(new RefiImportViewModel(tasks, dialogs, messages, who, openProject), owner).show();
    }

    /** File &gt; Import codebook (.qdc)… : adds a REFI-QDA codebook's codes to the open project. */
    public void importCodebook() {
        new CodebookImportViewModel(context, dialogs).importCodebook();
    }
}
