package dev.passage.cli;

import dev.passage.team.ProjectCopier;
import dev.passage.team.Transfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "pull", description = {"Make a project folder that is a copy of a team project on a server (for offline work, "
                                       + "archiving or handing in; merge your coding back with `passage merge URL DIR`). "
                                       + "DIR must not exist; a failed pull leaves nothing behind.",
                                       "The password comes from PGPASSWORD, ~/.pgpass or a prompt."})
final class PullCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "URL", description = "The team project: postgresql://USER@HOST[:PORT]/DATABASE")
    String url;

    @Parameters(index = "1", paramLabel = "DIR", description = "The new project folder, e.g. copy.passage")
    String dirText;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var server = ProjectArgument.serverOnly(url, "pull");
        Path dir = ProjectArgument.folderOnly(dirText, "pull", "pull makes a folder copy; to copy a project between two "
                                                               + "servers, pull it to a folder and push that to %s");
        Transfer moved;
        char[] password = Passwords.forServer(server);
        try {
            moved = ProjectCopier.pull(server, password, dir);
        } finally {
            Passwords.clear(password);
        }
        TransferReport.print(output(json), moved, "Pulled");
        return 0;
    }
}
