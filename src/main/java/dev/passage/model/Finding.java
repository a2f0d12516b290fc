package dev.passage.model;

/**
 * One thing an integrity check found, in words a user can act on.
 *
 * @param severity how bad it is
 * @param area     what was checked: "database", "schema history", "search index", ...
 * @param message  what is wrong, naming the document, code or file
 */
public record Finding(Severity severity, String area, String message) {
    public enum Severity {
        /** The database is damaged or has lost data: restore from a backup. */
        DAMAGED,
        /** Something derived (the search index) is out of step or unreadable: a rebuild repairs it. */
        REPAIRABLE,
        /** Worth knowing, nothing wrong (e.g. an index that will be brought up to date on the next open). */
        NOTE
    }

    public static Finding damaged(String area, String message) {
        return new Finding(Severity.DAMAGED, area, message);
    }

    public static Finding repairable(String area, String message) {
        return new Finding(Severity.REPAIRABLE, area, message);
    }

    public static Finding note(String area, String message) {
        return new Finding(Severity.NOTE, area, message);
    }

    @Override
    public String toString() {
        return severity + " [" + area + "] " + message;
    }
}
