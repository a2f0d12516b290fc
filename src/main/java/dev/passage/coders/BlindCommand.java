package dev.passage.coders;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.BlindLock;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/**
 * Locks the project into blind mode or lifts it: the project row's lock before and after. Undo puts the old lock back (the
 * same lead and time), so undoing a lift locks again and undoing a lock lifts it; both run in the lead's own session only.
 */
final class BlindCommand implements EditCommand {
    private final BlindLock before;
    private final BlindLock after;
    private final java.util.function.Consumer<BlindLock> onChange;

    BlindCommand(BlindLock before, BlindLock after, java.util.function.Consumer<BlindLock> onChange) {
        this.before = before;
        this.after = after;
        this.onChange = onChange;
    }

    @Override
    public Text label() {
        return after != null ? Text.of("coders.label.lock") : Text.of("coders.label.lift");
    }

    @Override
    public void execute(Tx tx) {
        tx.project().setBlindLock(after);
        onChange.accept(after);
    }

    @Override
    public void undo(Tx tx) {
        tx.project().setBlindLock(before);
        onChange.accept(before);
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of(after != null ? "project.blind.lock" : "project.blind.lift", "project", null, null)
                         .withBefore(values(before)).withAfter(values(after));
    }

    private static java.util.Map<String, Object> values(BlindLock lock) {
        return EditRecord.values("blind", lock != null, "lead", lock == null ? null : lock.lead(),
                                 "since", lock == null ? null : lock.since().toString());
    }
}
