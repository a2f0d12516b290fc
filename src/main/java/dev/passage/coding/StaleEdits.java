package dev.passage.coding;

import dev.passage.errors.StaleEditException;
import dev.passage.errors.Text;

import java.util.function.Supplier;

/** Runs an edit made on the version of a shared object its caller saw; a refusal learns how to make the same edit on the current one. */
final class StaleEdits {
    private StaleEdits() {
    }

    /** Runs {@code edit}; when it is refused as stale, the refusal offers {@code reapply} (the same edit on what is there now). */
    static <T> T reapplyable(Text yours, Runnable reapply, Supplier<T> edit) {
        try {
            return edit.get();
        } catch (StaleEditException e) {
            throw e.withReapply(yours, reapply);
        }
    }
}
