package dev.passage.session;

import dev.passage.store.ProjectStore;

/**
 * Tests' way to the store behind a session, for what no service offers (raw rows, writes that set a scene up, the database's
 * own checks). Main code has no such way: it goes through the session's services.
 */
public final class SessionStores {
    private SessionStores() {
    }

    public static ProjectStore of(ProjectSession session) {
        return session.store();
    }
}
