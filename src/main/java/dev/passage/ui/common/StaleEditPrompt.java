package dev.passage.ui.common;

import dev.passage.errors.StaleEditException;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Where a {@link StaleEditException} reaches the workbench (a code, memo, unit or variable someone changed since the editor
 * opened it): a dialog says what changed and by whom, and the user's own change, and offers [Re-apply mine] (the same edit
 * on the current version, in the background) or [Drop mine]. Texts in the {@code stale} bundle.
 */
public final class StaleEditPrompt {
    private final DialogService dialogs;
    private final Messages messages;
    private final BackgroundTasks tasks;

    public StaleEditPrompt(DialogService dialogs, Messages messages, BackgroundTasks tasks) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.tasks = tasks;
    }

    /** The stale refusal behind {@code error} (unwrapping a background task's wrapper), if that is what it is. */
    public static Optional<StaleEditException> stale(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof StaleEditException s) {
                return Optional.of(s);
            }
            if (!(e instanceof CompletionException || e instanceof ExecutionException || e instanceof RuntimeException)) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * When {@code error} is a stale refusal: asks the user, re-applies their change if they choose so, and runs {@code then} on
     * the UI thread once it is settled (dropped, re-applied, or failed again and said so); returns false for any other failure,
     * which the caller reports as before.
     */
    public boolean handle(Throwable error, Runnable then) {
        Optional<StaleEditException> found = stale(error);
        if (found.isEmpty()) {
            return false;
        }
        StaleEditException e = found.get();
        String title = messages.get("stale.title");
        String message = message(e);
        Optional<Runnable> reapply = e.reapply();
        if (reapply.isEmpty()) {
            dialogs.showError(title, message);
            then.run();
            return true;
        }
        if (!dialogs.choose(title, message, messages.get("stale.reapply"), messages.get("stale.drop"))) {
            then.run();
            return true;
        }
        tasks.submit(messages.get("stale.reapplyTask", e.objectName()), p -> {
            reapply.get().run();
            return null;
        }, done -> then.run(), again -> {
            if (!handle(again, then)) {
                dialogs.showError(messages.get("stale.reapplyFailed"), messages.message(again));
                then.run();
            }
        });
        return true;
    }

    /** What changed and by whom (the core's words), then the user's own change. */
    String message(StaleEditException e) {
        String what = messages.message(e);
        return e.yours().map(y -> what + "\n\n" + messages.get("stale.yours", messages.text(y))).orElse(what);
    }
}
