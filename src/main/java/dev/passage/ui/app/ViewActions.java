package dev.passage.ui.app;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.MenuPlace;
import dev.passage.ui.common.actions.TopMenu;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Locale;
import java.util.function.Consumer;

import static dev.passage.ui.common.actions.Action.action;

/** The View menu's window entries (theme, dock tabs, maximise or pop out the dock's tab, next pane, reset layout) and Ctrl+K to the global search field. */
final class ViewActions {
    private final ObjectProperty<ThemeChoice> theme;

    ViewActions(ActionRegistry registry, MainWindow window, ThemeChoice current, Consumer<ThemeChoice> onTheme) {
        this.theme = new SimpleObjectProperty<>(current);
        int order = 10;
        for (ThemeChoice t : ThemeChoice.values()) {
            registry.add(action("view:theme" + t.name(), "app.theme." + t.name().toLowerCase(Locale.ROOT), () -> {
                theme.set(t);
                onTheme.accept(t);
            }).selectedWhen(theme.isEqualTo(t)).in(MenuPlace.of(TopMenu.VIEW, 0, order).inSubmenu("app.menu.theme")));
            order += 10;
        }
        registry.add(action("view:segments", "app.menu.showSegments", () -> window.show(DockTab.SEGMENTS)).in(TopMenu.VIEW, 1, 10));
        registry.add(action("view:search", "app.menu.showSearch", () -> window.show(DockTab.SEARCH)).in(TopMenu.VIEW, 1, 20));
        registry.add(action("view:memos", "app.menu.showMemos", () -> window.show(DockTab.MEMOS)).in(TopMenu.VIEW, 1, 30));
        registry.add(action("view:maximiseDock", "app.menu.maximiseDock", window.dock()::toggleMaximised)
            .accelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
            .describedAs("app.shortcut.maximiseDock").selectedWhen(window.dock().maximisedProperty()).in(TopMenu.VIEW, 1, 40));
        registry.add(action("view:popOutDock", "app.menu.popOutDock", window.dock()::popOutSelected).in(TopMenu.VIEW, 1, 50));
        registry.add(action("view:nextPane", "app.menu.nextPane", window::focusNextPane)
            .accelerator(new KeyCodeCombination(KeyCode.F6)).describedAs("app.shortcut.nextPane").in(TopMenu.VIEW, 1, 60));
        registry.add(action("view:resetLayout", "app.menu.resetLayout", window::resetLayout).in(TopMenu.VIEW, 1, 70));
        var globalSearch = registry.add(action("view:globalSearch", "app.action.globalSearch", window::focusGlobalSearch)
            .accelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.globalSearch"));
        window.showGlobalSearchShortcut(globalSearch.shortcutText());
    }
}
