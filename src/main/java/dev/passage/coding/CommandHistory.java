package dev.passage.coding;

import dev.passage.errors.StaleEditException;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.store.Database;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo/redo for a session of work. Every edit runs through {@link #run}, in one transaction each; the edit's row in the
 * project's history (and the rows of its undo and redo) is written in that same transaction.
 * <p>
 * Undo stays the user's own: an undo or redo states the row versions this session's own edits left (codes, memos, units,
 * variables), so it is refused with a {@link StaleEditException} once a colleague has changed the row since, never written
 * over their edit. A refused undo (or redo) is dropped from the stack, so the next Undo goes on to the edit before it, and the
 * project's history records the refusal.
 */
public final class CommandHistory {
    /** A command with the history records of its first execution (one for most edits). */
    private record Done(EditCommand command, List<EditRecord> records) {
    }

    private final Database database;
    private final int capacity;
    private final Deque<Done> undoStack = new ArrayDeque<>();
    private final Deque<Done> redoStack = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The row versions this session's own edits left ({@code kind:id}), stated by undo and redo. */
    private final java.util.Map<String, Integer> versions = new java.util.HashMap<>();
    private long runs;

    public CommandHistory(Database database) {
        this(database, 1000);
    }

    public CommandHistory(Database database, int capacity) {
        this.database = database;
        this.capacity = capacity;
    }

    /** Executes the command; once committed it can be undone. */
    public <C extends EditCommand> C run(C command) {
        var written = new java.util.concurrent.atomic.AtomicReference<java.util.Map<String, Integer>>(java.util.Map.of());
        List<EditRecord> records = database.write(tx -> {
            command.execute(tx);
            List<EditRecord> rows = new java.util.ArrayList<>();
            for (EditRecord r : command.audits(tx)) {
                rows.add(r.summary() == null ? r.withSummary(command.label().english()) : r);
            }
            rows.forEach(tx::record);
            written.set(tx.writtenVersions());
            return List.copyOf(rows);
        });
        synchronized (this) {
            versions.putAll(written.get());
            undoStack.push(new Done(command, records));
            if (undoStack.size() > capacity) {
                undoStack.removeLast();
            }
            redoStack.clear();
            runs++;
        }
        fire();
        return command;
    }

    /** Undoes the last edit; returns its label, or empty when there is nothing to undo. */
    public Optional<Text> undo() {
        Done done;
        synchronized (this) {
            done = undoStack.peek();
        }
        if (done == null) {
            return Optional.empty();
        }
        java.util.Map<String, Integer> written;
        try {
            written = database.write(tx -> {
                tx.knownVersions(knownVersions());
                done.command().undo(tx);
                done.records().reversed().forEach(r -> tx.record(r.undone()));
                return tx.writtenVersions();
            });
        } catch (StaleEditException e) {
            refused(undoStack, done, "undo.refused", e);
            throw e;
        }
        synchronized (this) {
            versions.putAll(written);
            undoStack.pop();
            redoStack.push(done);
        }
        fire();
        return Optional.of(done.command().label());
    }

    public Optional<Text> redo() {
        Done done;
        synchronized (this) {
            done = redoStack.peek();
        }
        if (done == null) {
            return Optional.empty();
        }
        java.util.Map<String, Integer> written;
        try {
            written = database.write(tx -> {
                tx.knownVersions(knownVersions());
                done.command().execute(tx);
                done.records().forEach(r -> tx.record(r.redone()));
                return tx.writtenVersions();
            });
        } catch (StaleEditException e) {
            refused(redoStack, done, "redo.refused", e);
            throw e;
        }
        synchronized (this) {
            versions.putAll(written);
            redoStack.pop();
            undoStack.push(done);
        }
        fire();
        return Optional.of(done.command().label());
    }

    private synchronized java.util.Map<String, Integer> knownVersions() {
        return java.util.Map.copyOf(versions);
    }

    /**
     * An undo or redo a colleague's later edit made impossible: dropped from its stack (it can never apply again) and noted in
     * the project's history, with what the refusal said.
     */
    private void refused(Deque<Done> stack, Done done, String action, StaleEditException e) {
        synchronized (this) {
            stack.remove(done);
        }
        try {
            database.write(tx -> {
                tx.record(EditRecord.of(action, "edit", null, done.command().label().english()).withSummary(e.getMessage()));
                return null;
            });
        } finally {
            fire();
        }
    }

    /** How many edits have been run (not counting undo and redo): a new edit shows as a change of this number. */
    public synchronized long runs() {
        return runs;
    }

    public synchronized Optional<Text> undoLabel() {
        return Optional.ofNullable(undoStack.peek()).map(d -> d.command().label());
    }

    public synchronized Optional<Text> redoLabel() {
        return Optional.ofNullable(redoStack.peek()).map(d -> d.command().label());
    }

    public synchronized void clear() {
        undoStack.clear();
        redoStack.clear();
    }

    /** Called after every run, undo and redo (on the calling thread). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
