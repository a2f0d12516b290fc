package dev.passage.ui.mixed;

import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.NodeImages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A display that is computed in the background from the choices made on the UI thread. Requests coalesce: while one
 * computation runs, any number of refreshes lead to one more run afterwards, so a burst of changes costs two runs at most.
 * A display that is not on screen only notes that it is stale and computes when it is shown.
 *
 * @param <Q> the choices a computation needs (captured on the UI thread)
 * @param <R> its result
 */
public abstract class Recompute<Q, R> {
    /** What the display area shows. */
    public enum State { NEEDS_CHOICE, LOADING, READY, FAILED }

    protected final ProjectContext context;
    protected final DialogService dialogs;
    protected final Messages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NEEDS_CHOICE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean running;
    private boolean again;
    private boolean stale = true;
    private boolean shown;
    private int holds;
    private java.util.function.Supplier<List<String>> where = List::of;

    Recompute(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.messages = context.messages();
    }

    /** Where the display's Where conditions come from (the joint displays' shared field); none until set. */
    void whereFrom(java.util.function.Supplier<List<String>> conditions) {
        this.where = conditions;
    }

    /** The Where conditions in force now ({@code unit.size > 20}; all must hold), as typed; empty: every document. */
    protected List<String> conditions() {
        return where.get();
    }

    /** The choices for a computation, or null when something still has to be chosen. */
    protected abstract Q request();

    /** Runs in the background. */
    protected abstract R compute(ProjectSession session, Q request) throws Exception;

    /** Shows a result (UI thread). */
    protected abstract void show(R result);

    /** Clears the display when there is nothing to compute. */
    protected abstract void clear();

    /** The title the status bar shows while computing. */
    protected abstract String taskTitle();

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last computation failed ("" when it did not). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Marks the display as on screen (computing it if stale) or hidden. */
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown && stale) {
            refresh();
        }
    }

    /** The data changed: recompute now if on screen, else when shown. */
    void invalidate() {
        stale = true;
        if (shown) {
            refresh();
        }
    }

    /** Defers refreshes until {@link #release()}, e.g. while several choices change together. */
    void hold() {
        holds++;
    }

    /** Ends a {@link #hold()}: computes once if anything asked for it and the display is on screen. */
    void release() {
        holds--;
        if (holds == 0 && stale && shown) {
            refresh();
        }
    }

    /** Computes the display again from the current choices. */
    public void refresh() {
        if (holds > 0) {
            stale = true;
            return;
        }
        stale = false;
        if (running) {
            again = true;
            return;
        }
        Q q = request();
        if (q == null) {
            clear();
            state.set(State.NEEDS_CHOICE);
            return;
        }
        running = true;
        if (state.get() != State.READY) {
            state.set(State.LOADING);
        }
        ProjectSession session = context.session();
        context.tasks().submit(taskTitle(), progress -> compute(session, q), r -> {
            running = false;
            if (!again && !q.equals(request())) {
                again = true; // the controls changed meanwhile: these numbers are not theirs, never show them
            }
            if (again) {
                again = false;
                refresh();
                return;
            }
            error.set("");
            show(r);
            state.set(State.READY);
        }, e -> {
            running = false;
            if (again) {
                again = false;
                refresh();
                return;
            }
            String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : messages.message(e);
            error.set(m);
            clear();
            state.set(State.FAILED);
        });
    }

    /** Says something in the tab's status line (why the display cleared by itself, an export's outcome). */
    protected void say(String text) {
        status.set(text);
    }

    /** The last export's outcome ("Wrote 144 rows to matrix.csv"), or why the display cleared, for the tab's status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Asks where to save a CSV file and writes it in the background with {@code write}, which returns the rows written; the
     * status line then says so, a failure shows in a dialog.
     */
    protected void exportCsv(String suggestedName, Function<Path, Integer> write) {
        dialogs.chooseFileToSave(messages.get("mixed.exportCsvTitle"), suggestedName, List.of(csvType())).ifPresent(file ->
            export(file, () -> write.apply(file), rows -> messages.get("mixed.exportedCsv", rows, file.getFileName().toString())));
    }

    /** Asks where to save a PNG picture; {@code image} renders it (on the UI thread), the file is written in the background. */
    public void exportPng(String suggestedName, Supplier<BufferedImage> image) {
        dialogs.chooseFileToSave(messages.get("mixed.exportPngTitle"), suggestedName, List.of(pngType())).ifPresent(file -> {
            BufferedImage img = image.get();
            export(file, () -> {
                try {
                    NodeImages.writePng(img, file);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write the picture " + file + ": " + e.getMessage(), e);
                }
                return 1;
            }, n -> messages.get("mixed.exportedPng", file.getFileName().toString()));
        });
    }

    private void export(Path file, Supplier<Integer> write, Function<Integer, String> done) {
        context.tasks().submit(messages.get("mixed.exportTask", file.getFileName().toString()), progress -> write.get(),
                               n -> status.set(done.apply(n)),
                               e -> dialogs.showError(messages.get("mixed.exportFailed"), e.getMessage() == null ? e.toString() : messages.message(e)));
    }

    private DialogService.FileType csvType() {
        return new DialogService.FileType(messages.get("mixed.fileTypeCsv"), "csv");
    }

    private DialogService.FileType pngType() {
        return new DialogService.FileType(messages.get("mixed.fileTypePng"), "png");
    }
}
