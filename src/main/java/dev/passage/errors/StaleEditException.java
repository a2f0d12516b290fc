package dev.passage.errors;

import java.time.Instant;
import java.util.Optional;

/**
 * An edit of a shared object (a code, memo, unit or variable) made on a version of it that someone else has changed since
 * (or deleted): refused, never written over theirs. It says what changed and who changed it (the newest entry of the
 * project's history on that object), and, where the service that refused knows how, offers to {@link #reapply} the same edit
 * on the current version.
 */
public final class StaleEditException extends PassageException {
    /** The newest recorded change of the object: who, when, and what they did ({@code what} in the user's words). */
    public record Change(String who, Instant when, Text what) {
    }

    private final String objectKind;
    private final long objectId;
    private final String objectName;
    private final Change change;
    private final boolean gone;
    private final Text yours;
    private final transient Runnable reapply;

    public StaleEditException(String objectKind, long objectId, String objectName, Change change, boolean gone) {
        this(objectKind, objectId, objectName, change, gone, null, null);
    }

    private StaleEditException(String objectKind, long objectId, String objectName, Change change, boolean gone, Text yours,
                               Runnable reapply) {
        super(ErrorKind.BAD_INPUT, message(objectKind, objectName, change, gone));
        this.objectKind = objectKind;
        this.objectId = objectId;
        this.objectName = objectName;
        this.change = change;
        this.gone = gone;
        this.yours = yours;
        this.reapply = reapply;
    }

    /** The same refusal, knowing the refused edit ({@code yours}, e.g. "describe Trust") and how to make it again on the current version. */
    public StaleEditException withReapply(Text yours, Runnable reapply) {
        StaleEditException e = new StaleEditException(objectKind, objectId, objectName, change, gone, yours, reapply);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** code, memo, unit or variable. */
    public String objectKind() {
        return objectKind;
    }

    public long objectId() {
        return objectId;
    }

    /** The object's name as the refused edit saw it. */
    public String objectName() {
        return objectName;
    }

    /** Who changed it, when, and what they did; empty when the history does not say. */
    public Optional<Change> change() {
        return Optional.ofNullable(change);
    }

    /** True when the object was deleted: there is nothing to re-apply the edit to. */
    public boolean gone() {
        return gone;
    }

    /** The refused edit, in words, when the service said. */
    public Optional<Text> yours() {
        return Optional.ofNullable(yours);
    }

    /** The same edit again on the current version (it may itself be refused if the object changes once more). */
    public Optional<Runnable> reapply() {
        return gone ? Optional.empty() : Optional.ofNullable(reapply);
    }

    private static Text message(String kind, String name, Change change, boolean gone) {
        Text what = Text.of("stale.kind." + kind);
        if (change == null) {
            return Text.of(gone ? "stale.goneUnknown" : "stale.changedUnknown", what, name);
        }
        return Text.of(gone ? "stale.gone" : "stale.changed", what, name, change.who(), change.what(), HistoryTime.format(change.when()));
    }

    /** A change's time as the message shows it (local date and time to the minute). */
    static final class HistoryTime {
        private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        private HistoryTime() {
        }

        static String format(Instant when) {
            return when == null ? "?" : FORMAT.format(when.atZone(java.time.ZoneId.systemDefault()));
        }
    }
}
