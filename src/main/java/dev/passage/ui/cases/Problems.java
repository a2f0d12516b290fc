package dev.passage.ui.cases;

import dev.passage.ui.common.Messages;

/** Turns a failure into a message fit to show: the core's messages already name the file or item and the problem. */
final class Problems {
    private Problems() {
    }

    static String describe(Throwable e, Messages m) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? m.message(t) : m.get("cases.unexpectedError", e.getClass().getSimpleName());
    }
}
