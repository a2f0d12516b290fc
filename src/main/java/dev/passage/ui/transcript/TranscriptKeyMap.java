package dev.passage.ui.transcript;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The transcript text's keys: Ctrl+B adjust, Ctrl+F find, F3 / Shift+F3 next / previous match, Delete remove, Escape (close
 * find, or deselect the coding), 1-9 recent codes; and the letter commands C, V, R, M, which follow the typed character.
 */
final class TranscriptKeyMap {
    private final TranscriptView view;
    private final TranscriptViewModel vm;
    private final TranscriptFind find;

    TranscriptKeyMap(TranscriptView view, TranscriptViewModel vm, TranscriptFind find) {
        this.view = view;
        this.vm = vm;
        this.find = find;
    }

    void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            if (code == KeyCode.B) {
                view.adjustSelectedCodingToSelection();
                e.consume();
            } else if (code == KeyCode.F) {
                view.showFindBar();
                e.consume();
            }
            return;
        }
        if (code == KeyCode.F3) {
            if (e.isShiftDown()) {
                view.findPrevious();
            } else {
                view.findNext();
            }
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown() || e.isShiftDown()) {
            return;
        }
        switch (code) {
            case DELETE, BACK_SPACE -> view.removeSelectedCoding();
            case ESCAPE -> {
                if (find.isOpen()) {
                    find.close();
                } else {
                    vm.selectCoding(null);
                }
            }
            default -> {
                int digit = digit(code);
                if (digit < 1) {
                    return;
                }
                view.applyRecentCode(digit);
            }
        }
        e.consume();
    }

    /**
     * Letter commands react to the typed character (so they follow the keyboard layout), and because they open cards that
     * take the focus, the character must not arrive in the card's field as well.
     */
    void keyTyped(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCharacter()) {
            case "c", "C" -> view.applyCodeWithPicker();
            case "v", "V" -> view.codeInVivo();
            case "r", "R" -> view.recodeSelectedCoding();
            case "m", "M" -> view.editSelectedCodingMemo();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return -1;
    }
}
