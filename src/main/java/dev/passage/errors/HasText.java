package dev.passage.errors;

/**
 * A failure whose message is a {@link Text}, so the workbench can show it in the user's language while
 * {@link Throwable#getMessage()} stays English (logs, the command line).
 */
public interface HasText {
    Text text();
}
