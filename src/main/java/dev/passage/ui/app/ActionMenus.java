package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.actions.Action;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The menu bar's menus, built from the action registry: one menu per {@link TopMenu}, a line between groups, submenus
 * where their first item sits. Every item carries its {@link Action} as user data and the action's id as its id.
 */
final class ActionMenus {
    private ActionMenus() {
    }

    static List<Menu> build(ActionRegistry registry, Messages m) {
        List<Menu> menus = new ArrayList<>();
        for (TopMenu top : TopMenu.values()) {
            menus.add(menu(top, registry.inMenu(top), m));
        }
        return menus;
    }

    private static Menu menu(TopMenu top, List<Action> actions, Messages m) {
        Menu menu = new Menu(m.get(top.titleKey()));
        Map<String, Menu> submenus = new HashMap<>();
        Map<String, ToggleGroup> choices = new HashMap<>();
        Integer group = null;
        for (Action a : actions) {
            if (group != null && group != a.place().group()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            group = a.place().group();
            String sub = a.place().submenuKey();
            MenuItem item = item(a, m, sub == null ? null : choices.computeIfAbsent(sub, k -> new ToggleGroup()));
            if (sub == null) {
                menu.getItems().add(item);
            } else {
                submenus.computeIfAbsent(sub, k -> {
                    Menu s = new Menu(m.get(k));
                    menu.getItems().add(s);
                    return s;
                }).getItems().add(item);
            }
        }
        return menu;
    }

    private static MenuItem item(Action a, Messages m, ToggleGroup choices) {
        MenuItem item;
        if (a.selected() != null) {
            RadioMenuItem r = new RadioMenuItem();
            r.setToggleGroup(choices);
            r.setSelected(a.selected().get());
            a.selected().addListener((obs, was, is) -> r.setSelected(is));
            item = r;
        } else {
            item = new MenuItem();
        }
        if (a.text() != null) {
            item.textProperty().bind(a.text());
        } else if (a.keyHint() != null) {
            item.setText(a.label(m) + "   (" + a.keyHint().getDisplayText() + ")"); // handled by the transcript, not window-wide
        } else {
            item.setText(a.label(m));
        }
        if (a.accelerator() != null) {
            item.setAccelerator(a.accelerator());
        }
        item.disableProperty().bind(Bindings.not(a.enabled()));
        item.setId(a.id());
        item.setUserData(a);
        item.setOnAction(e -> a.run());
        return item;
    }

    /** The shortcuts no menu item carries (an action outside the menus, a second combination) go on the window. */
    static void installWindowShortcuts(Scene scene, ActionRegistry registry) {
        for (Action a : registry.all()) {
            if (a.accelerator() != null && a.place() == null) {
                scene.getAccelerators().put(a.accelerator(), a::run);
            }
            for (KeyCombination k : a.alternates()) {
                scene.getAccelerators().put(k, a::run);
            }
        }
    }
}
