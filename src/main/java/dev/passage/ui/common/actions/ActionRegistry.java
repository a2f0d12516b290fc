package dev.passage.ui.common.actions;

import dev.passage.ui.common.Messages;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every action of the open workbench, registered by the features (each in its own *Actions class) and read by the menus,
 * the F1 shortcut list and the command palette. Ids and shortcuts are unique: a second action with the same id or the
 * same key combination is refused when it is registered.
 */
public final class ActionRegistry {
    private final Map<String, Action> actions = new LinkedHashMap<>();

    /** Registers the action; refuses a duplicate id or a shortcut another action already has. */
    public Action add(Action action) {
        if (actions.containsKey(action.id())) {
            throw new IllegalArgumentException("two actions with the id " + action.id());
        }
        for (KeyCombination k : keys(action)) {
            for (Action other : actions.values()) {
                if (keys(other).contains(k)) {
                    throw new IllegalArgumentException(action.id() + " and " + other.id() + " share the shortcut " + k.getName());
                }
            }
        }
        actions.put(action.id(), action);
        return action;
    }

    public Action add(Action.Builder action) {
        return add(action.build());
    }

    private static List<KeyCombination> keys(Action a) {
        List<KeyCombination> keys = new ArrayList<>();
        if (a.accelerator() != null) {
            keys.add(a.accelerator());
        }
        keys.addAll(a.alternates());
        if (a.keyHint() != null) {
            keys.add(a.keyHint());
        }
        return keys;
    }

    public Optional<Action> find(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    /** All actions: those in the menus in menu order, then the others in the order they were registered. */
    public List<Action> all() {
        List<Action> placed = new ArrayList<>(actions.values().stream().filter(a -> a.place() != null).toList());
        placed.sort(Comparator.comparing(Action::place));
        List<Action> all = new ArrayList<>(placed);
        actions.values().stream().filter(a -> a.place() == null).forEach(all::add);
        return all;
    }

    /** The actions of one menu, in order (groups ascending, then order in the group). */
    public List<Action> inMenu(TopMenu menu) {
        return all().stream().filter(a -> a.place() != null && a.place().menu() == menu).toList();
    }

    /** The rows of the F1 list: the transcript's single keys first (the ones used most), then every other shortcut in menu order. */
    public List<Action> shortcuts() {
        return all().stream().filter(Action::listedInShortcuts).sorted(Comparator.comparing(a -> a.keyHint() == null)).toList();
    }

    /**
     * The command palette's list for what the user typed: every enabled action whose label or menu contains each typed
     * word (case-insensitive); labels that start with the text first, then labels that contain it, then the rest.
     */
    public List<Action> matching(String query, Messages m) {
        Locale locale = m.locale();
        String q = query == null ? "" : query.strip().toLowerCase(locale);
        String[] words = q.isEmpty() ? new String[0] : q.split("\\s+");
        List<Action> found = new ArrayList<>();
        for (Action a : all()) {
            if (!a.isEnabled()) {
                continue;
            }
            String haystack = (a.label(m) + " " + where(a, m)).toLowerCase(locale);
            boolean all = true;
            for (String w : words) {
                all &= haystack.contains(w);
            }
            if (all) {
                found.add(a);
            }
        }
        found.sort(Comparator.comparingInt(a -> rank(a.label(m).toLowerCase(locale), q)));
        return found;
    }

    private static int rank(String label, String q) {
        if (q.isEmpty() || label.startsWith(q)) {
            return 0;
        }
        return label.contains(q) ? 1 : 2;
    }

    /** The menu path of an action ("Code › Apply a recent code"), "" when it is in no menu. */
    public static String where(Action a, Messages m) {
        MenuPlace p = a.place();
        if (p == null) {
            return "";
        }
        String menu = m.get(p.menu().titleKey());
        return p.submenuKey() == null ? menu : menu + " \u203a " + m.get(p.submenuKey());
    }
}
