package dev.passage.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Reading a server's failure: its SQLSTATE anywhere in the cause chain, and its first line of text. */
final class SqlStates {
    private SqlStates() {
    }

    /** The SQLSTATE of the first {@link SQLException} in {@code e}'s causes, or null. */
    static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    /** True when the server refused for want of a privilege (SQLSTATE 42501). */
    static boolean permissionDenied(Throwable e) {
        return "42501".equals(of(e));
    }

    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message's first line. */
    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
