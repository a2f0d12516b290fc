package dev.passage.cli;

import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;

import dev.passage.backup.RestoreResult;
import dev.passage.backup.Restorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "restore", description = {"Make a project from a backup, or give a damaged project its newest good backup.",
                                          "  passage restore BACKUP_FILE NEW_DIR   a new project from a backup file",
                                          "  passage restore DIR --latest          replace DIR's database with its newest good backup"
                                          + " (the replaced files are kept in DIR/damaged-<time>/)"})
final class RestoreCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "BACKUP_FILE|DIR", description = "A backup .zip, or with --latest the project folder.")
    String sourceText;
    Path source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW_DIR", description = "The new project folder (not with --latest).")
    String targetText;
    Path target;

    @Option(names = "--latest", description = "Restore DIR from its newest good backup, keeping the damaged files aside.")
    boolean latest;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() {
        target = targetText == null ? null : ProjectArgument.folderOnly(targetText, "restore",
                                          "restore into a new folder, then copy that there: `passage push NEW_DIR %s`");
        source = ProjectArgument.folderOnly(sourceText, "restore",
                                          "a team project is restored from the server's own backups (pg_restore); `passage pull %s COPY.passage` makes a folder copy");
        if (latest == (target != null)) {
            throw new ParameterException(spec.commandLine(), latest ? "With --latest, name only the project folder"
                                                                    : "Name the backup file and a new folder, or a project folder with --latest");
        }
        RestoreResult restored;
        try {
            restored = restore(new Restorer());
        } catch (ProjectPasswordException e) {
            if (!e.missing()) {
                throw e;
            }
            // an encrypted backup: ask for the project's password (PASSAGE_PASSWORD or the prompt) and verify with it
            try (ProjectKey key = Passwords.keyFor(source, true)) {
                restored = restore(Restorer.withKey(key));
            }
        }
        RestoreResult r = restored;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", r.projectFolder().toString());
        m.put("backup", BackupsCommand.row(r.backup()));
        m.put("keptAside", r.keptAside().map(Path::toString).orElse(null));
        m.put("previousDataVersion", r.previousVersion().orElse(null));
        output(json).result(m, () -> spec.commandLine().getOut().println(r.describe()));
        return 0;
    }

    private RestoreResult restore(Restorer restorer) {
        return latest ? restorer.restoreLatest(source) : restorer.restoreInto(source, target);
    }
}
