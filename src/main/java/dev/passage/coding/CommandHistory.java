package dev.passage.coding;

import dev.passage.store.Database;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Undo/redo for a session of work. Every edit runs through {@link #run}, in one transaction each. */
public final class CommandHistory {
    private final Database database;
    private final int capacity;
    private final Deque<EditCommand> undoStack = new ArrayDeque<>();
    private final Deque<EditCommand> redoStack = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public CommandHistory(Database database) {
        this(database, 1000);
    }

    public CommandHistory(Database database, int capacity) {
        this.database = database;
        this.capacity = capacity;
    }

    /** Executes the command; once committed it can be undone. */
    public <C extends EditCommand> C run(C command) {
        database.write(tx -> {
            command.execute(tx);
            return null;
        });
        synchronized (this) {
            undoStack.push(command);
            if (undoStack.size() > capacity) {
                undoStack.removeLast();
            }
            redoStack.clear();
        }
        fire();
        return command;
    }

    /** Undoes the last edit; returns its label, or empty when there is nothing to undo. */
    public Optional<String> undo() {
        EditCommand command;
        synchronized (this) {
            command = undoStack.peek();
        }
        if (command == null) {
            return Optional.empty();
        }
        database.write(tx -> {
            command.undo(tx);
            return null;
        });
        synchronized (this) {
            undoStack.pop();
            redoStack.push(command);
        }
        fire();
        return Optional.of(command.label());
    }

    public Optional<String> redo() {
        EditCommand command;
        synchronized (this) {
            command = redoStack.peek();
        }
        if (command == null) {
            return Optional.empty();
        }
        database.write(tx -> {
            command.execute(tx);
            return null;
        });
        synchronized (this) {
            redoStack.pop();
            undoStack.push(command);
        }
        fire();
        return Optional.of(command.label());
    }

    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(undoStack.peek()).map(EditCommand::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redoStack.peek()).map(EditCommand::label);
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
