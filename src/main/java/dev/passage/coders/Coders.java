package dev.passage.coders;

import dev.passage.coding.CommandHistory;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.model.BlindLock;
import dev.passage.model.CoderScope;
import dev.passage.store.Database;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who sees whose codings in one session: the user's {@link CoderView} ("Show codings of") and the project's blind mode. While
 * the project is blind, every session sees only its own coder's codings, whatever the view says; only the coder who locked it
 * (the lead) can lift it. {@link #scope()} is what the session's read services apply; {@link #requireFullView()} is the check
 * of the features that compare coders (agreement, disagreements, merge).
 */
public final class Coders {
    private final Database database;
    private final CommandHistory history;
    private final Supplier<String> coder;
    private volatile CoderView view = CoderView.EVERYONE;
    private volatile Optional<BlindLock> blind;

    public Coders(Database database, CommandHistory history, Supplier<String> coder) {
        this.database = database;
        this.history = history;
        this.coder = coder;
        this.blind = readLock();
        // a lock, a lift and their undo/redo all run through the history: read the lock again after each
        history.addListener(() -> blind = readLock());
    }

    private void run(BlindCommand command) {
        try {
            history.run(command);
        } catch (RuntimeException e) {
            blind = readLock(); // rolled back: the lock is as it was
            throw e;
        }
    }

    /** Set by a lock or lift as it runs, so that the listeners of its commit already see the new scope. */
    private void locked(BlindLock lock) {
        blind = Optional.ofNullable(lock);
    }

    private Optional<BlindLock> readLock() {
        return database.read(a -> a.project().blindLock());
    }

    /** Whose codings the session's reads show now. */
    public CoderScope scope() {
        Optional<BlindLock> lock = blind;
        return lock.isPresent() ? CoderScope.only(coder.get()) : view.scope(coder.get());
    }

    /** The user's choice (in blind mode it waits: the scope is the session's own coder until the lock is lifted). */
    public CoderView view() {
        return view;
    }

    /** Sets "Show codings of" (a view setting of this session, not an edit of the project: nothing to undo). */
    public void setView(CoderView view) {
        if (view.kind() == CoderView.Kind.CHOSEN && view.chosen().isEmpty()) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("coders.chooseOne"));
        }
        this.view = view;
    }

    /**
     * Tells the session's change listeners that whose codings are shown may have changed (after {@link #setView} or a new coder
     * name): an empty commit, so that they hear a change with a new data version and reload what they show. Nothing is
     * written and the history gets no row.
     */
    public void announce() {
        database.write(tx -> null);
    }

    /** True when reads show only some coders' codings (the view or blind mode narrows them). */
    public boolean filtered() {
        return !scope().everyone();
    }

    /** Every coder with codings in the project; in blind mode only the session's own coder (the others stay hidden). */
    public List<String> known() {
        CoderScope seen = blind.isPresent() ? CoderScope.only(coder.get()) : CoderScope.EVERYONE;
        return database.read(a -> a.codings(seen).coders());
    }

    /** The blind-mode lock, or empty when the project is not blind. */
    public Optional<BlindLock> blindLock() {
        return blind;
    }

    public boolean blind() {
        return blind.isPresent();
    }

    /** True when this session's coder locked blind mode (and so may lift it and see everyone's codings for comparing). */
    public boolean isLead() {
        return blind.map(l -> l.lead().equals(coder.get())).orElse(false);
    }

    /** Locks the project into blind mode with this session's coder as the lead, as one undoable edit. */
    public BlindLock lock() {
        blind = readLock();
        if (blind.isPresent()) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("coders.alreadyBlind", blind.get().lead()));
        }
        BlindLock lock = new BlindLock(coder.get(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        run(new BlindCommand(null, lock, this::locked));
        return lock;
    }

    /** Lifts blind mode, as one undoable edit; only the lead who locked it may. */
    public void lift() {
        blind = readLock();
        BlindLock lock = blind.orElseThrow(() -> new PassageException(ErrorKind.BAD_INPUT, Text.of("coders.notBlind")));
        if (!lock.lead().equals(coder.get())) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("coders.onlyLeadLifts", lock.lead(), coder.get()));
        }
        run(new BlindCommand(lock, null, this::locked));
    }

    /**
     * The check of every feature that reads all coders' codings side by side (agreement, disagreements, merge): refused in blind
     * mode unless this session's coder is the lead who locked it.
     */
    public void requireFullView() {
        Optional<BlindLock> lock = blind;
        if (lock.isPresent() && !lock.get().lead().equals(coder.get())) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("coders.blindRefuses", lock.get().lead(), coder.get()));
        }
    }
}
