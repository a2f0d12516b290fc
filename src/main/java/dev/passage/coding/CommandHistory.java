package dev.passage.coding;

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
        List<EditRecord> records = database.write(tx -> {
            command.execute(tx);
            List<EditRecord> rows = new java.util.ArrayList<>();
            for (EditRecord r : command.audits(tx)) {
                rows.add(r.summary() == null ? r.withSummary(command.label().english()) : r);
            }
            rows.forEach(tx::record);
            return List.copyOf(rows);
        });
        synchronized (this) {
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
        database.write(tx -> {
            done.command().undo(tx);
            done.records().reversed().forEach(r -> tx.record(r.undone()));
            return null;
        });
        synchronized (this) {
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
        database.write(tx -> {
            done.command().execute(tx);
            done.records().forEach(r -> tx.record(r.redone()));
            return null;
        });
        synchronized (this) {
            redoStack.pop();
            undoStack.push(done);
        }
        fire();
        return Optional.of(done.command().label());
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
