package dev.passage.ui.common;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ShortcutNotationTest {

    @Test
    void aMacWritesTheShortcutModifierAsCommandAsJavaFxMenusDo() {
        assertThat(ShortcutNotation.MAC.write("New code (Ctrl+N: under the selected code; Ctrl+Shift+N: at the top level)"))
            .isEqualTo("New code (⌘N: under the selected code; ⇧⌘N: at the top level)");
        assertThat(ShortcutNotation.MAC.write("Matrix (Ctrl+Alt+M)")).isEqualTo("Matrix (⌥⌘M)");
        assertThat(ShortcutNotation.MAC.write("Undo: Ctrl+Z, redo: Ctrl+Shift+Z / Ctrl+Y")).isEqualTo("Undo: ⌘Z, redo: ⇧⌘Z / ⌘Y");
    }

    @Test
    void windowsAndLinuxKeepTheTextAsWritten() {
        assertThat(ShortcutNotation.WINDOWS_LINUX.write("Ctrl+Shift+N")).isEqualTo("Ctrl+Shift+N");
    }

    @Test
    void theWorkbenchTextsNameMacShortcutsOnAMacButNeverTouchTheArguments() {
        Messages mac = new Messages(Locale.ENGLISH, ShortcutNotation.MAC);
        assertThat(mac.get("app.shortcut.applyCode")).contains("⌘Enter").doesNotContain("Ctrl");
        assertThat(mac.get("coding.picker.keysWithCreate", "“Ctrl+X”")).startsWith("↑↓").contains("⌘Enter creates “Ctrl+X”");
        assertThat(new Messages(Locale.ENGLISH, ShortcutNotation.WINDOWS_LINUX).get("app.shortcut.applyCode")).contains("Ctrl+Enter");
    }
}
