package dev.passage.cli;

import dev.passage.team.ProjectCopier;
import dev.passage.team.Transfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "push", description = {"Copy a project folder whole into an empty database on a PostgreSQL server, for a team "
                                       + "to work on together (documents, codes, codings with their coders, memos, cases, "
                                       + "history: every table, ids kept). All or nothing: a failed push leaves the database empty.",
                                       "The password comes from PGPASSWORD, ~/.pgpass or a prompt."})
final class PushCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    String dirText;

    @Parameters(index = "1", paramLabel = "URL", description = "An empty database: postgresql://USER@HOST[:PORT]/DATABASE")
    String url;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = ProjectArgument.folderOnly(dirText, "push", "push copies a folder to a server; to copy a server project, "
                                                               + "pull it: `passage pull %s COPY.passage`");
        var server = ProjectArgument.serverOnly(url, "push");
        Transfer moved;
        char[] password = Passwords.forServer(server);
        try (var key = Passwords.keyFor(dir)) {
            moved = ProjectCopier.push(dir, key, server, password);
        } finally {
            Passwords.clear(password);
        }
        TransferReport.print(output(json), moved, "Pushed");
        return 0;
    }
}
