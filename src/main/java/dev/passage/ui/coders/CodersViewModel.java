package dev.passage.ui.coders;

import dev.passage.coders.CoderView;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Optional;

/**
 * Who sees whose codings, in the workbench: View › Show codings of (me, chosen coders, everyone), View › Colour stripes by
 * coder, and File › Blind coding… (lock, lift, status). The rule itself is the core's ({@code session.coders()}); this
 * applies the user's choices and keeps the shared list of coders (for the stripes' colours and the chooser) up to date.
 */
public final class CodersViewModel {
    /** Asks which coders to show, offering {@code coders} with {@code chosen} ticked; empty when cancelled. */
    @FunctionalInterface
    public interface CoderChooser {
        Optional<List<String>> choose(List<String> coders, List<String> chosen);
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final CoderChooser chooser;
    private final ReadOnlyObjectWrapper<CoderView.Kind> kind = new ReadOnlyObjectWrapper<>(CoderView.Kind.EVERYONE);
    private final ReadOnlyBooleanWrapper blind = new ReadOnlyBooleanWrapper();

    public CodersViewModel(ProjectContext context, DialogService dialogs, CoderChooser chooser) {
        this.context = context;
        this.dialogs = dialogs;
        this.chooser = chooser;
        context.dataVersionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Re-reads the blind state, the view and the project's coders (in the background). */
    public void refresh() {
        var coders = context.session().coders();
        blind.set(coders.blind());
        kind.set(coders.view().kind());
        context.tasks().submit(msg("coders.task.coders"), p -> coders.known(), list -> {
            if (!list.equals(context.coders())) {
                context.coders().setAll(list);
            }
        }, this::fail);
    }

    public void showMe() {
        apply(CoderView.ME);
    }

    public void showEveryone() {
        apply(CoderView.EVERYONE);
    }

    /** Asks which coders to show (the project's coders, and oneself); nothing changes when cancelled. */
    public void chooseCoders() {
        var coders = context.session().coders();
        List<String> offered = new java.util.ArrayList<>(context.coders());
        String me = context.session().coding().coder();
        if (!offered.contains(me)) {
            offered.add(me);
            offered.sort(null);
        }
        List<String> ticked = coders.view().kind() == CoderView.Kind.CHOSEN ? List.copyOf(coders.view().chosen()) : offered;
        chooser.choose(offered, ticked).ifPresent(list -> {
            if (list.isEmpty()) {
                dialogs.showError(msg("coders.choose.title"), msg("coders.choose.none"));
            } else {
                apply(CoderView.chosen(list));
            }
        });
    }

    /** Sets the view; the core tells every view to reload (the status bar's chip says it is filtered). */
    void apply(CoderView view) {
        var coders = context.session().coders();
        coders.setView(view);
        kind.set(view.kind());
        if (coders.blind()) {
            dialogs.showInfo(msg("coders.blind.title"), msg("coders.blind.viewWaits"));
        }
        context.tasks().submit(msg("coders.task.apply"), p -> {
            coders.announce();
            return null;
        }, x -> { }, this::fail);
    }

    /**
     * File › Blind coding…: when off, offers to lock it (this coder becomes the lead); when on, says who locked it and, for the
     * lead, offers to lift it. Each is one undoable edit.
     */
    public void blindCoding() {
        var coders = context.session().coders();
        String me = context.session().coding().coder();
        var lock = coders.blindLock();
        if (lock.isEmpty()) {
            if (dialogs.confirm(msg("coders.blind.title"), msg("coders.blind.confirmLock", me), msg("coders.blind.lock"))) {
                edit(coders::lock);
            }
        } else if (lock.get().lead().equals(me)) {
            if (dialogs.confirm(msg("coders.blind.title"), msg("coders.blind.confirmLift", lock.get().since().toString()), msg("coders.blind.lift"))) {
                edit(coders::lift);
            }
        } else {
            dialogs.showInfo(msg("coders.blind.title"), msg("coders.blind.lockedBy", lock.get().lead(), me));
        }
    }

    private void edit(Runnable change) {
        context.tasks().submit(msg("coders.task.blind"), p -> {
            change.run();
            return null;
        }, x -> refresh(), this::fail);
    }

    public void toggleColourByCoder() {
        context.colourStripesByCoderProperty().set(!context.colourStripesByCoderProperty().get());
    }

    /** The current "Show codings of" choice (blind mode narrows the scope whatever it is). */
    public ReadOnlyObjectProperty<CoderView.Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blindProperty() {
        return blind.getReadOnlyProperty();
    }

    private void fail(Throwable e) {
        dialogs.showError(msg("common.errorTitle"), e.getMessage() == null ? e.toString() : context.messages().message(e));
    }

    private String msg(String key, Object... args) {
        return context.messages().get(key, args);
    }
}
