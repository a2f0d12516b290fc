package dev.passage.ui.coding;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type-ahead code picker's state: the query, the codes whose path matches it (every word of the query somewhere in
 * the path, ignoring case; best matches first), the highlighted row, and what Enter (apply the highlighted code) and
 * Ctrl+Enter (create the typed name under the highlighted code's parent) would do. It decides; the caller edits.
 */
public final class CodePickerViewModel {
    public enum Mode { APPLY, RECODE }

    /** One row: a code with its path, colour, coding count and its 1-9 key when it is a recent code (0 when not). */
    public record Choice(long codeId, String name, String parentPath, String path, String colour, int count, int recentKey) {
    }

    /** What the user picked: an existing code, or a new one to create (under {@code parentId}, null = top level). */
    public sealed interface Pick {
        record Existing(long codeId) implements Pick {
        }

        /** {@code name} may be a path "Parent/Child" (then relative to the top level, parents created as needed). */
        record Create(Long parentId, String name) implements Pick {
        }
    }

    private final ProjectContext context;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.APPLY);
    private final ReadOnlyBooleanWrapper canCreate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper createHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private Codebook codebook = new Codebook(List.of());
    private List<Choice> all = List.of();

    public CodePickerViewModel(ProjectContext context) {
        this.context = context;
        this.messages = context.messages();
        query.addListener((obs, old, q) -> refilter());
        highlighted.addListener((obs, old, h) -> updateCreateHint());
    }

    /** Opens the picker over a codebook snapshot with coding counts per code id. */
    public void open(Mode newMode, Codebook book, Map<Long, Integer> counts) {
        this.codebook = book;
        this.mode.set(newMode);
        List<Long> recent = List.copyOf(context.recentCodes());
        List<Choice> rows = new ArrayList<>();
        for (Code c : book.all()) {
            String path = book.path(c.id());
            String parentPath = c.parentId() == null || book.find(c.parentId()).isEmpty() ? "" : book.path(c.parentId());
            int key = recent.indexOf(c.id());
            rows.add(new Choice(c.id(), c.name(), parentPath, path, c.colour(), counts.getOrDefault(c.id(), 0), key < 0 ? 0 : key + 1));
        }
        all = List.copyOf(rows);
        if (query.get().isEmpty()) {
            refilter();
        } else {
            query.set("");
        }
        showing.set(true);
    }

    public void close() {
        showing.set(false);
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** Index into {@link #choices()}, -1 when nothing is highlighted. */
    public IntegerProperty highlightedProperty() {
        return highlighted;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate.getReadOnlyProperty();
    }

    /** Says what Ctrl+Enter would create, e.g. "Ctrl+Enter creates “Trust” under Psychological safety"; "" when it can't. */
    public ReadOnlyStringProperty createHintProperty() {
        return createHint.getReadOnlyProperty();
    }

    public void moveHighlight(int delta) {
        if (choices.isEmpty()) {
            highlighted.set(-1);
            return;
        }
        int next = highlighted.get() + delta;
        highlighted.set(Math.max(0, Math.min(choices.size() - 1, next)));
    }

    public Optional<Choice> highlightedChoice() {
        int h = highlighted.get();
        return h >= 0 && h < choices.size() ? Optional.of(choices.get(h)) : Optional.empty();
    }

    /** Enter: the highlighted code. */
    public Optional<Pick> pick() {
        return highlightedChoice().map(c -> new Pick.Existing(c.codeId()));
    }

    /** Ctrl+Enter: a new code named as typed, under the highlighted code's parent (top level when nothing is highlighted). */
    public Optional<Pick> create() {
        if (!canCreate.get()) {
            return Optional.empty();
        }
        String name = cleanName();
        if (name.contains("/")) {
            return Optional.of(new Pick.Create(null, name));
        }
        return Optional.of(new Pick.Create(targetParent(), name));
    }

    private Long targetParent() {
        return highlightedChoice().flatMap(c -> codebook.find(c.codeId())).map(Code::parentId).orElse(null);
    }

    private String cleanName() {
        return query.get() == null ? "" : query.get().strip().replaceAll("\\s+", " ");
    }

    private void refilter() {
        String q = cleanName().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            choices.setAll(all);
        } else {
            String[] words = q.split(" ");
            record Scored(Choice choice, int score, int order) {
            }
            List<Scored> hits = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Choice c = all.get(i);
                String path = c.path().toLowerCase(Locale.ROOT);
                boolean matchesAll = true;
                for (String w : words) {
                    if (!path.contains(w)) {
                        matchesAll = false;
                        break;
                    }
                }
                if (matchesAll) {
                    String name = c.name().toLowerCase(Locale.ROOT);
                    int score = name.equals(q) ? 0 : name.startsWith(q) ? 1 : name.contains(q) ? 2 : containsWordStart(name, words) ? 3 : 4;
                    hits.add(new Scored(c, score, i));
                }
            }
            hits.sort(Comparator.comparingInt(Scored::score).thenComparingInt(Scored::order));
            choices.setAll(hits.stream().map(Scored::choice).toList());
        }
        highlighted.set(-1);
        highlighted.set(choices.isEmpty() ? -1 : 0);
        updateCreateHint();
    }

    private static boolean containsWordStart(String name, String[] words) {
        for (String w : words) {
            if (name.startsWith(w) || name.contains(" " + w)) {
                return true;
            }
        }
        return false;
    }

    private void updateCreateHint() {
        String name = cleanName();
        if (name.isEmpty() || name.length() > 300) {
            canCreate.set(false);
            createHint.set("");
            return;
        }
        if (name.contains("/")) {
            boolean exists;
            try {
                exists = codebook.findByPath(name).isPresent();
            } catch (RuntimeException e) {
                exists = true; // only slashes: no name at all
            }
            canCreate.set(!exists);
            createHint.set(exists ? "" : messages.get("coding.picker.createPath", name));
            return;
        }
        Long parent = targetParent();
        boolean exists = codebook.childNamed(parent, name).isPresent();
        canCreate.set(!exists);
        if (exists) {
            createHint.set("");
        } else if (parent == null) {
            createHint.set(messages.get("coding.picker.createTop", name));
        } else {
            createHint.set(messages.get("coding.picker.createUnder", name, codebook.path(parent)));
        }
    }
}
