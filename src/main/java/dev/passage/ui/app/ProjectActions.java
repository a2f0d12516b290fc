package dev.passage.ui.app;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/** The File menu's project entries: new, open, the coder's name, close. */
final class ProjectActions {

    ProjectActions(ActionRegistry registry, Workbench.Shell shell, MainViewModel main) {
        registry.add(action("project:new", "app.menu.newProject", shell::newProject).in(TopMenu.FILE, 0, 10));
        registry.add(action("project:open", "app.menu.openProject", shell::openProject)
            .accelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.open")
            .in(TopMenu.FILE, 0, 20));
        registry.add(action("project:openTeam", "team_open.menu", shell::openTeamProject).in(TopMenu.FILE, 0, 25));
        registry.add(action("project:coderName", "app.menu.coderName", () -> main.changeCoder().ifPresent(shell::coderChanged))
            .in(TopMenu.FILE, 3, 10));
        registry.add(action("project:close", "app.menu.closeProject", shell::closeProject)
            .accelerator(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.close")
            .in(TopMenu.FILE, 4, 10));
    }
}
