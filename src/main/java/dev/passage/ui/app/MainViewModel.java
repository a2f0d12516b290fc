package dev.passage.ui.app;

import dev.passage.errors.Text;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the main window: title, undo/redo with the action named ("Undo: apply Speaking up to Interview 07"),
 * and the status line (study, coder, document and coding counts).
 */
public final class MainViewModel {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper blind = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper lastActionUndoable = new ReadOnlyBooleanWrapper();
    private long runsSeen;

    public MainViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        var info = context.session().info();
        title.set(info.name() + (context.session().address() instanceof dev.passage.store.ProjectAddress.Server server
                                 ? " — " + server.database() + " @ " + server.host() : "") + " — Passage");
        runsSeen = context.session().history().runs();
        context.dataVersionProperty().addListener((obs, o, n) -> refresh());
        context.historyVersionProperty().addListener((obs, o, n) -> refreshHistory());
        refresh();
        // what the core healed by itself (a damaged search index rebuilt) is said, never silent
        context.session().notices().listen(notice -> context.tasks().onUiThread(() -> {
            say(notice, false);
            dialogs.showInfo(msg("app.notice.title"), notice);
        }));
    }

    public ProjectContext context() {
        return context;
    }

    public void undo() {
        if (!canUndo.get()) {
            return;
        }
        context.tasks().submit(msg("app.task.undo"), p -> context.session().history().undo(),
                               label -> label.ifPresent(l -> say(msg("app.status.undone", text(l)), false)), this::fail);
    }

    public void redo() {
        if (!canRedo.get()) {
            return;
        }
        context.tasks().submit(msg("app.task.redo"), p -> context.session().history().redo(),
                               label -> label.ifPresent(l -> say(msg("app.status.redone", text(l)), false)), this::fail);
    }

    /** The status bar's Undo next to an edit's confirmation (Ctrl+Z does the same). */
    public void undoLastAction() {
        if (lastActionUndoable.get()) {
            undo();
        }
    }

    /** Clears the transient message (the status bar does so a few seconds after it appeared). */
    public void clearLastAction() {
        say("", false);
    }

    private void say(String text, boolean undoable) {
        lastAction.set(text);
        lastActionUndoable.set(undoable);
    }

    /** Asks for the coder's name (used for every new coding); returns the new name when it changed. */
    public java.util.Optional<String> changeCoder() {
        var session = context.session();
        var answer = dialogs.askText(msg("app.coder.title"), msg("app.coder.label"), session.coding().coder());
        answer.ifPresent(name -> {
            session.coding().setCoder(name);
            refresh();
            // "me" and blind mode follow the coder: the views reload whose codings they show
            context.tasks().submit(msg("app.task.counts"), p -> {
                session.coders().announce();
                return null;
            }, x -> { }, this::fail);
        });
        return answer;
    }

    /** Re-reads the undo/redo labels ("Undo: apply Speaking up to Interview 07"). */
    public void refreshHistory() {
        var history = context.session().history();
        var u = history.undoLabel();
        var r = history.redoLabel();
        long runs = history.runs();
        if (runs != runsSeen) {
            // a new edit, made by any gesture (picker, drag, keys 1-9, in vivo, code all hits…): confirm it, with Undo
            runsSeen = runs;
            u.ifPresent(l -> say(msg("app.status.done", text(l)), true));
        }
        canUndo.set(u.isPresent());
        canRedo.set(r.isPresent());
        undoText.set(u.map(l -> msg("app.menu.undoAction", text(l))).orElse(msg("app.menu.undo")));
        redoText.set(r.map(l -> msg("app.menu.redoAction", text(l))).orElse(msg("app.menu.redo")));
    }

    /** Re-reads undo/redo labels and the counts (counts in the background). */
    public void refresh() {
        refreshHistory();
        var session = context.session();
        refreshScope();
        context.tasks().submit(msg("app.task.counts"),
                               p -> session.documents().counts(),
                               c -> status.set(msg("app.status.line", session.info().name(), session.coding().coder(), c.documents(),
                                                   c.codings(), c.codes())),
                               this::fail);
    }

    /** The status bar's filter chip: says whenever the views show only some coders' codings (never silently). */
    private void refreshScope() {
        var coders = context.session().coders();
        blind.set(coders.blind());
        if (coders.blind()) {
            scope.set(msg("app.status.blind"));
        } else if (coders.filtered()) {
            scope.set(msg("app.status.showingCoders", String.join(", ", coders.scope().sortedCoders())));
        } else {
            scope.set("");
        }
    }

    /** "Blind coding: you see only your codings" or "Showing codings of: anna, ben"; empty when every coding shows. */
    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** True while the project is in blind mode. */
    public ReadOnlyBooleanProperty blindProperty() {
        return blind.getReadOnlyProperty();
    }

    private void fail(Throwable e) {
        if (new dev.passage.ui.common.StaleEditPrompt(dialogs, context.messages(), context.tasks()).handle(e, () -> { })) {
            return; // an undo or redo a colleague's later edit made impossible: said what they changed
        }
        dialogs.showError(msg("common.errorTitle"), e.getMessage() == null ? e.toString() : context.messages().message(e));
    }

    private String text(Text text) {
        return context.messages().text(text);
    }

    private String msg(String key, Object... args) {
        return context.messages().get(key, args);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the last action is an edit that the status bar's Undo takes back. */
    public ReadOnlyBooleanProperty lastActionUndoableProperty() {
        return lastActionUndoable.getReadOnlyProperty();
    }

    /** The last edit, undo or redo, for the status bar (transient) ("Undone: apply Speaking up to Interview 07"). */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }
}
