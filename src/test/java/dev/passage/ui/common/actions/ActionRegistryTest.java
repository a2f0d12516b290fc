package dev.passage.ui.common.actions;

import dev.passage.ui.common.Messages;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.passage.ui.common.actions.Action.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's rules: unique ids and shortcuts, menu order, the shortcut list's rows and the palette's matching. */
class ActionRegistryTest {
    private final Messages m = Messages.english();
    private final List<String> ran = new ArrayList<>();

    private Runnable record(String id) {
        return () -> ran.add(id);
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    @Test
    void refusesASecondActionWithTheSameIdOrShortcut() {
        ActionRegistry r = new ActionRegistry();
        r.add(action("a", "app.menu.newCode", record("a")).accelerator(ctrl(KeyCode.N)));
        assertThatThrownBy(() -> r.add(action("a", "app.menu.renameCode", record("b"))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
        assertThatThrownBy(() -> r.add(action("b", "app.menu.renameCode", record("b")).accelerator(ctrl(KeyCode.N))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share");
        assertThatThrownBy(() -> r.add(action("c", "app.menu.redo", record("c")).accelerator(ctrl(KeyCode.R), ctrl(KeyCode.N))))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(r.all()).extracting(Action::id).containsExactly("a");
    }

    @Test
    void ordersByMenuGroupAndOrderWhateverTheRegistrationOrder() {
        ActionRegistry r = new ActionRegistry();
        r.add(action("late", "app.menu.deleteCode", record("late")).in(TopMenu.CODE, 1, 70));
        r.add(action("off", "app.action.globalSearch", record("off")).accelerator(ctrl(KeyCode.K)));
        r.add(action("early", "app.menu.newCode", record("early")).in(TopMenu.CODE, 1, 10));
        r.add(action("file", "app.menu.openProject", record("file")).in(TopMenu.FILE, 0, 20));
        r.add(action("first", "app.menu.applyCode", record("first")).keyHint(new KeyCodeCombination(KeyCode.C)).in(TopMenu.CODE, 0, 10));
        r.add(action("open", "app.menu.openProject", record("open")).accelerator(ctrl(KeyCode.O)).in(TopMenu.FILE, 0, 10));

        assertThat(r.all()).extracting(Action::id).containsExactly("open", "file", "first", "early", "late", "off");
        assertThat(r.inMenu(TopMenu.CODE)).extracting(Action::id).containsExactly("first", "early", "late");
        assertThat(r.shortcuts()).extracting(Action::id).containsExactly("first", "open", "off"); // the transcript's keys first
    }

    @Test
    void paletteMatchesEveryWordAndPutsLabelsThatStartWithTheTextFirst() {
        ActionRegistry r = new ActionRegistry();
        r.add(action("top", "app.menu.newTopLevelCode", record("top")).in(TopMenu.CODE, 1, 20));
        r.add(action("rename", "app.menu.renameCode", record("rename")).in(TopMenu.CODE, 1, 30));
        r.add(action("new", "app.menu.newCode", record("new")).in(TopMenu.CODE, 1, 40));
        r.add(action("open", "app.menu.openProject", record("open")).in(TopMenu.FILE, 0, 20));

        assertThat(r.matching("new code", m)).extracting(Action::id).containsExactly("new", "top");
        assertThat(r.matching("CODE", m)).extracting(Action::id).containsExactly("top", "rename", "new"); // menu order among equals
        assertThat(r.matching("file", m)).extracting(Action::id).containsExactly("open"); // the menu's name counts
        assertThat(r.matching("", m)).hasSize(4);
        assertThat(r.matching("zebra", m)).isEmpty();
    }

    @Test
    void aDisabledActionIsNotOfferedAndDoesNotRun() {
        SimpleBooleanProperty selected = new SimpleBooleanProperty(false);
        ActionRegistry r = new ActionRegistry();
        Action rename = r.add(action("rename", "app.menu.renameCode", record("rename")).enabledWhen(selected).in(TopMenu.CODE, 1, 30));

        assertThat(r.matching("rename", m)).isEmpty();
        rename.run();
        assertThat(ran).isEmpty();

        selected.set(true);
        assertThat(r.matching("rename", m)).containsExactly(rename);
        rename.run();
        assertThat(ran).containsExactly("rename");
    }

    @Test
    void shortcutTextIsThePlatformsDisplayTextWithAlternatesAndKeyHints() {
        KeyCombination redo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        Action a = action("redo", "app.menu.redo", record("redo")).accelerator(redo, ctrl(KeyCode.Y)).build();
        assertThat(a.shortcutText()).isEqualTo(redo.getDisplayText() + " / " + ctrl(KeyCode.Y).getDisplayText());

        Action hint = action("c", "app.menu.applyCode", record("c")).keyHint(new KeyCodeCombination(KeyCode.C)).build();
        assertThat(hint.shortcutText()).isEqualTo("C");
        assertThat(hint.accelerator()).isNull();
        assertThat(hint.listedInShortcuts()).isTrue();

        Action family = action("r1", "app.menu.recentN", record("r1")).labelArgs(1).keyHint(new KeyCodeCombination(KeyCode.DIGIT1))
            .listedAs("1 \u2013 9").describedAs("app.shortcut.recent").build();
        assertThat(family.shortcutText()).isEqualTo("1 \u2013 9");
        assertThat(family.label(m)).isEqualTo("Recent code 1");
        assertThat(family.shortcutDescription(m)).isEqualTo(m.get("app.shortcut.recent"));
    }
}
