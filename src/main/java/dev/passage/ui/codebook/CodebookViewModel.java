package dev.passage.ui.codebook;

import dev.passage.coding.CodePalette;
import dev.passage.coding.Codebook;
import dev.passage.coding.CodebookCounts;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
import dev.passage.session.ProjectSession;
import dev.passage.store.ChangeSet;
import dev.passage.errors.PassageException;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.TextLocation;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The codebook pane's state and actions: the code tree with coding counts (own and below), a filter over code paths, the
 * expanded codes, the selected code (shared through the {@link ProjectContext}), and every codebook edit through the core's
 * undoable services. Reads and writes run as background tasks; the tree reloads whenever the project's data changes.
 */
public final class CodebookViewModel {
    /** How many sub-code names a delete confirmation lists before "and N more". */
    static final int NAMES_LISTED = 6;

    private record Snapshot(Codebook book, Map<Long, CodeRow> rows) {
        static final Snapshot EMPTY = new Snapshot(new Codebook(List.of()), Map.of());
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages messages;
    private final dev.passage.ui.common.StaleEditPrompt staleEdits;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<List<CodeNode>> tree = new ReadOnlyObjectWrapper<>(this, "tree", List.of());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", false);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount", 0);
    private final ObservableSet<Long> expanded = FXCollections.observableSet(new HashSet<>());
    private final BooleanBinding hasTranscriptSelection;

    private Snapshot snapshot = Snapshot.EMPTY;
    private boolean loading;
    private boolean loadAgain;
    private boolean firstLoad = true;
    private long lastSeenChange = Long.MIN_VALUE;

    public CodebookViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.messages = context.messages();
        this.staleEdits = new dev.passage.ui.common.StaleEditPrompt(dialogs, messages, context.tasks());
        this.hasTranscriptSelection = context.transcriptSelectionProperty().isNotNull();
        filter.addListener((obs, old, now) -> rebuildVisible());
        context.dataVersionProperty().addListener((obs, old, now) -> dataChanged());
        reload();
    }

    // ----------------------------------------------------------------------------------------------------------- state

    public Messages messages() {
        return messages;
    }

    /** The text the tree is filtered by: every word must occur somewhere in a code's path (case ignored). */
    public StringProperty filterProperty() {
        return filter;
    }

    public boolean isFiltering() {
        return !tokens(filter.get()).isEmpty();
    }

    /** The top-level codes to show, after filtering; ancestors of matching codes stay in (with {@code match == false}). */
    public ReadOnlyObjectProperty<List<CodeNode>> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** True once the codebook has been read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when the project has no codes at all (after loading). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** How many codes match the filter themselves (all codes without a filter). */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** The codes the user has expanded (kept across reloads; a filter shows its matches expanded without changing this). */
    public ObservableSet<Long> expandedCodes() {
        return expanded;
    }

    public boolean isExpanded(long codeId) {
        return isFiltering() || expanded.contains(codeId);
    }

    /** Records that the user expanded or collapsed a code (ignored while filtering: the filter decides then). */
    public void setExpanded(long codeId, boolean isExpanded) {
        if (isFiltering()) {
            return;
        }
        if (isExpanded) {
            expanded.add(codeId);
        } else {
            expanded.remove(codeId);
        }
    }

    public void expandAll() {
        for (CodeRow r : snapshot.rows().values()) {
            if (r.subCodes() > 0) {
                expanded.add(r.id());
            }
        }
    }

    public void collapseAll() {
        expanded.clear();
    }

    /** The selected code, shared with the rest of the workbench (the segments browser, the coding picker ...). */
    public ObjectProperty<Long> selectedCodeProperty() {
        return context.selectedCodeProperty();
    }

    public void select(Long codeId) {
        context.selectedCodeProperty().set(codeId);
    }

    public Optional<CodeRow> selectedRow() {
        Long id = context.selectedCodeProperty().get();
        return id == null ? Optional.empty() : row(id);
    }

    public Optional<CodeRow> row(long codeId) {
        return Optional.ofNullable(snapshot.rows().get(codeId));
    }

    /** All codes in display order (depth first). */
    public List<CodeRow> rows() {
        return List.copyOf(snapshot.rows().values());
    }

    /** Whether text is selected in the transcript, i.e. whether activating a code applies it. */
    public BooleanBinding hasTranscriptSelectionProperty() {
        return hasTranscriptSelection;
    }

    /** The colours offered first when recolouring: colour-blind safe (Okabe-Ito), then Tableau 10. */
    public List<String> palette() {
        return CodePalette.COLOURS;
    }

    // ---------------------------------------------------------------------------------------------------------- loading

    private void dataChanged() {
        ChangeSet change = context.lastChangeProperty().get();
        if (change != null) {
            if (change.dataVersion() == lastSeenChange) {
                return; // a commit already handled
            }
            lastSeenChange = change.dataVersion();
            if (change.isEmpty()) {
                return; // nothing the codebook shows (codes or codings) changed
            }
        }
        reload();
    }

    /** Reads the codebook and the coding counts again (in the background); the tree keeps its expansion and selection. */
    public void reload() {
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        ProjectSession session = context.session();
        context.tasks().submit(messages.get("codebook.task.load"),
            progress -> buildSnapshot(session.codebook().withCounts()),
            snap -> {
                loading = false;
                show(snap);
                againIfAsked();
            },
            error -> {
                loading = false;
                dialogs.showError(messages.get("codebook.error.load"), reason(error));
                againIfAsked();
            });
    }

    private void againIfAsked() {
        if (loadAgain) {
            loadAgain = false;
            reload();
        }
    }

    private static Snapshot buildSnapshot(CodebookCounts data) {
        Codebook book = new Codebook(data.codes());
        Map<Long, CodeRow> rows = new LinkedHashMap<>();
        for (Code root : book.roots()) {
            addRows(book, root, data.counts(), rows);
        }
        // keep the display order (depth first), which addRows filled children-first
        Map<Long, CodeRow> ordered = new LinkedHashMap<>();
        for (Code c : book.all()) {
            ordered.put(c.id(), rows.get(c.id()));
        }
        return new Snapshot(book, ordered);
    }

    /** Adds the row of {@code code} and everything below it; returns {codings below and including, codes below}. */
    private static int[] addRows(Codebook book, Code code, Map<Long, Integer> counts, Map<Long, CodeRow> rows) {
        int below = 0;
        int codesBelow = 0;
        for (Code child : book.children(code.id())) {
            int[] sub = addRows(book, child, counts, rows);
            below += sub[0];
            codesBelow += 1 + sub[1];
        }
        int own = counts.getOrDefault(code.id(), 0);
        rows.put(code.id(), new CodeRow(code.id(), code.parentId(), code.name(), book.path(code.id()), code.colour(), code.description(),
                                        own, below, codesBelow));
        return new int[] {own + below, codesBelow};
    }

    private void show(Snapshot snap) {
        snapshot = snap;
        if (firstLoad && !snap.rows().isEmpty()) {
            firstLoad = false;
            for (Code root : snap.book().roots()) {
                if (!snap.book().children(root.id()).isEmpty()) {
                    expanded.add(root.id());
                }
            }
        }
        Long selected = context.selectedCodeProperty().get();
        if (selected != null && !snap.rows().containsKey(selected)) {
            context.selectedCodeProperty().set(null); // it was deleted or merged away
        }
        empty.set(snap.rows().isEmpty());
        rebuildVisible();
        loaded.set(true);
    }

    private void rebuildVisible() {
        List<String> tokens = tokens(filter.get());
        List<CodeNode> roots = new ArrayList<>();
        int[] matches = {0};
        for (Code root : snapshot.book().roots()) {
            node(root, tokens, matches).ifPresent(roots::add);
        }
        matchCount.set(matches[0]);
        tree.set(List.copyOf(roots));
    }

    private Optional<CodeNode> node(Code code, List<String> tokens, int[] matches) {
        CodeRow row = snapshot.rows().get(code.id());
        boolean match = matches(row.path(), tokens);
        List<CodeNode> children = new ArrayList<>();
        for (Code child : snapshot.book().children(code.id())) {
            node(child, tokens, matches).ifPresent(children::add);
        }
        if (match) {
            matches[0]++;
        }
        return match || !children.isEmpty() ? Optional.of(new CodeNode(row, match, children)) : Optional.empty();
    }

    static List<String> tokens(String filterText) {
        if (filterText == null || filterText.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String t : filterText.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean matches(String path, List<String> tokens) {
        String p = path.toLowerCase(Locale.ROOT);
        for (String t : tokens) {
            if (!p.contains(t)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------- actions

    /**
     * What Enter does: apply the code to the transcript selection if there is one (then it counts as
     * recently used); otherwise open the code's segments (the segments browser follows the selected code).
     */
    public void activate(long codeId) {
        CodeRow row = snapshot.rows().get(codeId);
        if (row == null) {
            return;
        }
        TextLocation selection = context.transcriptSelectionProperty().get();
        if (selection == null) {
            showSegments(codeId);
            return;
        }
        run("codebook.task.apply", "codebook.error.apply", row.name(),
            s -> s.coding().apply(selection.documentId(), selection.start(), selection.end(), codeId),
            (Coding c) -> context.codeUsed(codeId));
    }

    /** Selects the code so that the segments browser shows it (announced afresh even if it was selected already). */
    public void showSegments(long codeId) {
        ObjectProperty<Long> selected = context.selectedCodeProperty();
        if (Objects.equals(selected.get(), codeId)) {
            selected.set(null);
        }
        selected.set(codeId);
    }

    /** Adds a code named {@code name} under {@code parentId} (top level when null), then selects it. */
    public void createCode(Long parentId, String name) {
        createCode(parentId, name, done -> { });
    }

    /** As {@link #createCode(Long, String)}; {@code done} then hears (on the UI thread) whether the code was created. */
    public void createCode(Long parentId, String name, Consumer<Boolean> done) {
        if (name == null || name.isBlank()) {
            done.accept(false);
            return;
        }
        run("codebook.task.create", "codebook.error.create", name.strip(), s -> s.codebook().add(parentId, name, null, null),
            (Code code) -> {
                if (parentId != null) {
                    expanded.add(parentId);
                }
                select(code.id());
                done.accept(true);
            }, () -> done.accept(false));
    }

    /** The colour a new code under {@code parentId} gets (the core's default): its parent's, or the next palette colour. */
    public String newCodeColour(Long parentId) {
        if (parentId != null && snapshot.rows().containsKey(parentId)) {
            return snapshot.rows().get(parentId).colour();
        }
        return CodePalette.colourFor(snapshot.book().roots().size());
    }

    /** The code as the pane shows it now, with the row version it was read at: an editor opened on it saves on that version. */
    public Optional<Code> shown(long codeId) {
        return snapshot.book().find(codeId);
    }

    public void rename(long codeId, String newName) {
        rename(codeId, newName, done -> { });
    }

    /** As {@link #rename(long, String)}; {@code done} then hears (on the UI thread) whether the name changed. */
    public void rename(long codeId, String newName, Consumer<Boolean> done) {
        CodeRow row = snapshot.rows().get(codeId);
        Optional<Code> shown = shown(codeId);
        if (row == null || shown.isEmpty() || newName == null || newName.isBlank() || newName.strip().equals(row.name())) {
            done.accept(false);
            return;
        }
        run("codebook.task.rename", "codebook.error.rename", row.name(), s -> s.codebook().rename(shown.get(), newName),
            (Code c) -> done.accept(true), () -> done.accept(false));
    }

    public void recolour(long codeId, String colour) {
        shown(codeId).ifPresent(opened -> recolour(opened, colour));
    }

    /** Recolours the code on the version {@code opened} (what the colour dialog opened with). */
    public void recolour(Code opened, String colour) {
        CodeRow row = snapshot.rows().get(opened.id());
        if (row == null || colour == null || colour.equalsIgnoreCase(opened.colour())) {
            return;
        }
        run("codebook.task.recolour", "codebook.error.recolour", row.name(), s -> s.codebook().recolour(opened, colour),
            (Code c) -> { });
    }

    public void describe(long codeId, CodeDescription description) {
        shown(codeId).ifPresent(opened -> describe(opened, description));
    }

    /** Describes the code on the version {@code opened}: a dialog opened at v3 saves on v3, even if the pane refreshed since. */
    public void describe(Code opened, CodeDescription description) {
        CodeRow row = snapshot.rows().get(opened.id());
        if (row == null || description == null || description.equals(opened.description())) {
            return;
        }
        CodeDescription clean = new CodeDescription(description.definition().strip(), description.whenToUse().strip(),
                                                    description.whenNotToUse().strip(), description.example().strip());
        if (clean.equals(opened.description())) {
            return;
        }
        run("codebook.task.describe", "codebook.error.describe", opened.name(), s -> s.codebook().describe(opened, clean),
            (Code c) -> { });
    }

    /**
     * Why {@code codeId} cannot be moved under {@code newParentId} (top level when null), in the user's words; empty when it
     * can. The core refuses the same things.
     */
    public Optional<String> moveRefusal(long codeId, Long newParentId) {
        CodeRow row = snapshot.rows().get(codeId);
        if (row == null) {
            return Optional.of(messages.get("codebook.refuse.gone"));
        }
        if (newParentId == null) {
            if (row.parentId() == null) {
                return Optional.of(messages.get("codebook.refuse.alreadyTop", row.name()));
            }
        } else {
            CodeRow parent = snapshot.rows().get(newParentId);
            if (parent == null) {
                return Optional.of(messages.get("codebook.refuse.gone"));
            }
            if (snapshot.book().isSelfOrDescendant(newParentId, codeId)) {
                return Optional.of(messages.get("codebook.refuse.underItself", row.name()));
            }
            if (newParentId.equals(row.parentId())) {
                return Optional.of(messages.get("codebook.refuse.alreadyThere", row.name(), parent.name()));
            }
        }
        Optional<Code> clash = snapshot.book().childNamed(newParentId, row.name()).filter(c -> c.id() != codeId);
        if (clash.isPresent()) {
            return Optional.of(newParentId == null ? messages.get("codebook.refuse.nameTakenTop", row.name())
                                                   : messages.get("codebook.refuse.nameTaken", row.name(),
                                                                  snapshot.rows().get(newParentId).name()));
        }
        return Optional.empty();
    }

    /** Moves a code (with its sub-codes) under another code, or to the top level when {@code newParentId} is null. */
    public void move(long codeId, Long newParentId) {
        Optional<String> refusal = moveRefusal(codeId, newParentId);
        if (refusal.isPresent()) {
            dialogs.showError(messages.get("codebook.error.move"), refusal.get());
            return;
        }
        CodeRow row = snapshot.rows().get(codeId);
        run("codebook.task.move", "codebook.error.move", row.name(), s -> s.codebook().move(codeId, newParentId), (Code c) -> {
            if (newParentId != null) {
                expanded.add(newParentId);
            }
            select(codeId);
        });
    }

    /** The places {@code codeId} can be moved to (codes, in display order); whether the top level is one is {@link #moveRefusal}. */
    public List<CodeRow> moveTargets(long codeId) {
        return snapshot.rows().values().stream().filter(r -> moveRefusal(codeId, r.id()).isEmpty()).toList();
    }

    /** Why {@code sourceId} cannot be merged into {@code targetId}; empty when it can. */
    public Optional<String> mergeRefusal(long sourceId, long targetId) {
        CodeRow source = snapshot.rows().get(sourceId);
        if (source == null || !snapshot.rows().containsKey(targetId)) {
            return Optional.of(messages.get("codebook.refuse.gone"));
        }
        if (snapshot.book().isSelfOrDescendant(targetId, sourceId)) {
            return Optional.of(messages.get("codebook.refuse.mergeIntoItself", source.name()));
        }
        return Optional.empty();
    }

    /** The codes {@code sourceId} can be merged into, in display order. */
    public List<CodeRow> mergeTargets(long sourceId) {
        if (!snapshot.rows().containsKey(sourceId)) {
            return List.of();
        }
        var excluded = snapshot.book().selfAndDescendants(sourceId);
        return snapshot.rows().values().stream().filter(r -> !excluded.contains(r.id())).toList();
    }

    /** The confirmation text for merging: how many codings and sub-codes move, and that the source goes. */
    public String mergeQuestion(long sourceId, long targetId) {
        CodeRow source = snapshot.rows().get(sourceId);
        CodeRow target = snapshot.rows().get(targetId);
        StringBuilder sb = new StringBuilder(messages.get("codebook.merge.message", source.name(), target.name()));
        sb.append("\n\n").append(messages.get("codebook.merge.codings", source.count(), source.name(), target.name()));
        int children = snapshot.book().children(sourceId).size();
        if (children > 0) {
            sb.append('\n').append(messages.get("codebook.merge.subcodes", children, target.name()));
        }
        sb.append("\n\n").append(messages.get("codebook.merge.gone", source.name()));
        return sb.toString();
    }

    /** Merges after a confirmation that says how many codings move: codings, sub-codes and memos go to the target. */
    public void merge(long sourceId, long targetId) {
        Optional<String> refusal = mergeRefusal(sourceId, targetId);
        if (refusal.isPresent()) {
            dialogs.showError(messages.get("codebook.error.merge"), refusal.get());
            return;
        }
        CodeRow source = snapshot.rows().get(sourceId);
        if (!dialogs.confirm(messages.get("codebook.merge.title"), mergeQuestion(sourceId, targetId),
                             messages.get("codebook.merge.confirm"))) {
            return;
        }
        boolean hadChildren = source.subCodes() > 0;
        run("codebook.task.merge", "codebook.error.merge", source.name(), s -> {
            s.codebook().merge(sourceId, targetId);
            return targetId;
        }, (Long target) -> {
            if (hadChildren) {
                expanded.add(target);
            }
            select(target);
        });
    }

    /** The confirmation text for deleting: the sub-codes (by name) and the number of codings that go with the code. */
    public String deleteQuestion(long codeId) {
        CodeRow row = snapshot.rows().get(codeId);
        StringBuilder sb = new StringBuilder(messages.get("codebook.delete.message", row.name()));
        sb.append("\n\n");
        if (row.subCodes() > 0) {
            List<String> names = new ArrayList<>();
            for (Long id : snapshot.book().selfAndDescendants(codeId)) {
                if (id != codeId) {
                    names.add(snapshot.rows().get(id).name());
                }
            }
            String listed = String.join(", ", names.subList(0, Math.min(NAMES_LISTED, names.size())));
            if (names.size() > NAMES_LISTED) {
                listed += " " + messages.get("codebook.delete.more", names.size() - NAMES_LISTED);
            }
            sb.append(messages.get("codebook.delete.subcodes", row.subCodes(), listed)).append('\n');
            sb.append(messages.get("codebook.delete.codingsWithSub", row.total()));
        } else {
            sb.append(messages.get("codebook.delete.codings", row.count()));
        }
        sb.append("\n\n").append(messages.get("codebook.delete.undo"));
        return sb.toString();
    }

    /** Deletes a code with its sub-codes and all their codings, after a confirmation that names what goes. */
    public void delete(long codeId) {
        CodeRow row = snapshot.rows().get(codeId);
        if (row == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("codebook.delete.title"), deleteQuestion(codeId), messages.get("codebook.delete.confirm"))) {
            return;
        }
        Long parent = row.parentId();
        run("codebook.task.delete", "codebook.error.delete", row.name(), s -> s.codebook().delete(codeId), (Integer n) -> {
            if (Objects.equals(context.selectedCodeProperty().get(), codeId) || context.selectedCodeProperty().get() == null) {
                select(parent);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------- helpers

    private <T> void run(String taskKey, String errorKey, String name, Function<ProjectSession, T> work, Consumer<T> onSuccess) {
        run(taskKey, errorKey, name, work, onSuccess, () -> { });
    }

    private <T> void run(String taskKey, String errorKey, String name, Function<ProjectSession, T> work, Consumer<T> onSuccess,
                         Runnable onFailure) {
        ProjectSession session = context.session();
        context.tasks().submit(messages.get(taskKey, name), progress -> work.apply(session), onSuccess, error -> {
            onFailure.run();
            if (!staleEdits.handle(error, this::reload)) {
                dialogs.showError(messages.get(errorKey, name), reason(error));
            }
        });
    }

    /** A message for the user: the core's own explanation where it has one, never a stack trace. */
    String reason(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof PassageException && e.getMessage() != null && !e.getMessage().isBlank()) {
            return messages.message(e);
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return messages.get("codebook.error.unexpected", detail);
    }
}
