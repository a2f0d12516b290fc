package dev.passage.ui.common.actions;

import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One thing the user can do in the workbench: an id, its label (a message key), its shortcut, what it runs, when it can
 * run, and its place in the menus. The menus, the F1 shortcut list and the command palette are all built from these.
 * <p>
 * A shortcut is either an {@linkplain #accelerator() accelerator} (window-wide, installed by the menus) or a
 * {@linkplain #keyHint() key hint}: a single key the transcript view handles itself (C, V, 1–9, Delete), shown but not installed.
 */
public final class Action {
    /** For actions that can always run while a project is open (the workbench exists only then). */
    public static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    private final String id;
    private final String labelKey;
    private final Object[] labelArgs;
    private final ObservableStringValue text;
    private final String shortcutKey;
    private final String listedKeys;
    private final boolean listed;
    private final KeyCombination accelerator;
    private final List<KeyCombination> alternates;
    private final KeyCombination keyHint;
    private final Runnable handler;
    private final ObservableBooleanValue enabled;
    private final ObservableBooleanValue selected;
    private final MenuPlace place;

    private Action(Builder b) {
        this.id = b.id;
        this.labelKey = b.labelKey;
        this.labelArgs = b.labelArgs;
        this.text = b.text;
        this.shortcutKey = b.shortcutKey;
        this.listedKeys = b.listedKeys;
        this.listed = b.listed;
        this.accelerator = b.accelerator;
        this.alternates = List.copyOf(b.alternates);
        this.keyHint = b.keyHint;
        this.handler = b.handler;
        this.enabled = b.enabled;
        this.selected = b.selected;
        this.place = b.place;
    }

    /** A new action: {@code id} unique in the registry ("codebook:newCode"), {@code labelKey} its menu text. */
    public static Builder action(String id, String labelKey, Runnable handler) {
        return new Builder(id, labelKey, handler);
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The label in the user's language (a live text such as "Undo: apply …" when it has one). */
    public String label(Messages m) {
        return text != null ? text.get() : m.get(labelKey, labelArgs);
    }

    /** A label that changes (the Edit menu's "Undo: …"), or null. */
    public ObservableStringValue text() {
        return text;
    }

    /** What the F1 list says the shortcut does (defaults to the label). */
    public String shortcutDescription(Messages m) {
        return shortcutKey != null ? m.get(shortcutKey) : label(m);
    }

    /** The window-wide key combination, or null. */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** More combinations that run the same action (Ctrl+Y for redo), installed on the window. */
    public List<KeyCombination> alternates() {
        return alternates;
    }

    /** The single key the transcript handles for this action, or null. */
    public KeyCombination keyHint() {
        return keyHint;
    }

    /** Whether the action has a shortcut at all. */
    public boolean hasShortcut() {
        return accelerator != null || keyHint != null;
    }

    /** Whether the F1 list shows the action (every action with a shortcut, unless a sibling speaks for it: 1–9). */
    public boolean listedInShortcuts() {
        return listed && hasShortcut();
    }

    /** The shortcut as the platform writes it ("Ctrl+Shift+N", "⇧⌘N" on macOS; "Ctrl+Shift+Z / Ctrl+Y"); "" when none. */
    public String shortcutText() {
        if (listedKeys != null) {
            return listedKeys;
        }
        if (accelerator != null) {
            List<KeyCombination> all = new ArrayList<>();
            all.add(accelerator);
            all.addAll(alternates);
            return all.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(" / "));
        }
        return keyHint != null ? keyHint.getDisplayText() : "";
    }

    public ObservableBooleanValue enabled() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    /** For a choice among several (the theme): whether this one is chosen; null for a plain action. */
    public ObservableBooleanValue selected() {
        return selected;
    }

    /** Its place in the menus, or null when it is reached only by its shortcut and the command palette. */
    public MenuPlace place() {
        return place;
    }

    /** Runs the handler if the action is enabled now. */
    public void run() {
        if (enabled.get()) {
            handler.run();
        }
    }

    @Override
    public String toString() {
        return id;
    }

    /** Builds an {@link Action}; only the id, label key and handler are required. */
    public static final class Builder {
        private final String id;
        private final String labelKey;
        private final Runnable handler;
        private Object[] labelArgs = new Object[0];
        private ObservableStringValue text;
        private String shortcutKey;
        private String listedKeys;
        private boolean listed = true;
        private KeyCombination accelerator;
        private final List<KeyCombination> alternates = new ArrayList<>();
        private KeyCombination keyHint;
        private ObservableBooleanValue enabled = ALWAYS;
        private ObservableBooleanValue selected;
        private MenuPlace place;

        private Builder(String id, String labelKey, Runnable handler) {
            this.id = Objects.requireNonNull(id);
            this.labelKey = Objects.requireNonNull(labelKey);
            this.handler = Objects.requireNonNull(handler);
        }

        /** Arguments for the label's {0}, {1} … */
        public Builder labelArgs(Object... args) {
            this.labelArgs = args.clone();
            return this;
        }

        /** A label that follows a value (it wins over the label key, which stays for the palette's search and tests). */
        public Builder text(ObservableStringValue value) {
            this.text = value;
            return this;
        }

        /** The longer description the F1 list shows. */
        public Builder describedAs(String key) {
            this.shortcutKey = key;
            return this;
        }

        public Builder accelerator(KeyCombination combination, KeyCombination... more) {
            this.accelerator = combination;
            this.alternates.addAll(List.of(more));
            return this;
        }

        public Builder keyHint(KeyCombination key) {
            this.keyHint = key;
            return this;
        }

        /** The F1 list shows {@code keys} for this action (one row for a family: "1 – 9"). */
        public Builder listedAs(String keys) {
            this.listedKeys = keys;
            return this;
        }

        /** Not in the F1 list (a sibling's row covers it). */
        public Builder notListed() {
            this.listed = false;
            return this;
        }

        public Builder enabledWhen(ObservableBooleanValue condition) {
            this.enabled = Objects.requireNonNull(condition);
            return this;
        }

        public Builder selectedWhen(ObservableBooleanValue condition) {
            this.selected = condition;
            return this;
        }

        public Builder in(MenuPlace where) {
            this.place = where;
            return this;
        }

        public Builder in(TopMenu menu, int group, int order) {
            return in(MenuPlace.of(menu, group, order));
        }

        public Action build() {
            return new Action(this);
        }
    }
}
