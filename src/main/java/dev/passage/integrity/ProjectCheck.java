package dev.passage.integrity;

import dev.passage.store.ProjectCipher;
import dev.passage.security.ProjectKey;

import dev.passage.model.Finding;
import dev.passage.search.IndexCheck;
import dev.passage.store.DatabaseCheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a closed project folder: its database ({@link DatabaseCheck}: every row and index read, the data's rules, the
 * schema history) and its search index against the database ({@link IndexCheck}). Changes nothing. Callable from the
 * command line, the workbench and the open-time damage check alike.
 */
public final class ProjectCheck {
    private ProjectCheck() {
    }

    /** What is wrong with the project in {@code folder}; empty when all is well (notes aside). */
    public static Report check(Path folder) {
        return check(folder, null);
    }

    /**
     * As {@link #check(Path)} for a project that may be encrypted with {@code key}. The encrypted search index of such a
     * project is not compared with the database (a note says so); {@code passage reindex} rebuilds it when in doubt.
     */
    public static Report check(Path folder, ProjectKey key) {
        DatabaseCheck.Result db = DatabaseCheck.check(folder, key, IndexCheck::paragraphs);
        List<Finding> findings = new ArrayList<>(db.findings());
        if (db.opened() && ProjectCipher.isEncrypted(folder)) {
            findings.add(Finding.note("index", "The search index of an encrypted project is not compared with the database;"
                                               + " `passage reindex` rebuilds it from the database"));
        } else if (db.opened()) {
            findings.addAll(IndexCheck.check(folder.resolve("index"), db.dataVersion(), db.documents()));
        }
        return new Report(folder, findings, db.opened(), db.documents().size());
    }

    /**
     * @param opened    whether H2 could open the database
     * @param documents how many documents the database holds
     */
    public record Report(Path folder, List<Finding> findings, boolean opened, int documents) {
        public Report {
            findings = List.copyOf(findings);
        }

        /** The database is damaged or has lost data (the CLI exits 4). */
        public boolean damaged() {
            return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.DAMAGED);
        }

        /** Nothing to do: no damage and nothing to rebuild. */
        public boolean clean() {
            return findings.stream().allMatch(f -> f.severity() == Finding.Severity.NOTE);
        }
    }
}
