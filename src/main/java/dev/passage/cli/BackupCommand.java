package dev.passage.cli;

import dev.passage.backup.BackupInfo;
import dev.passage.backup.BackupService;
import dev.passage.backup.BackupText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "backup", description = "Back up the project's database now (verified; the index is derived and not backed up).")
final class BackupCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    String dirText;
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to FILE (a new .zip) instead of DIR/backups/.")
    Path out;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() {
        dir = ProjectArgument.folderOnly(dirText, "backup",
                                          "the server keeps it (its own backups, pg_dump); `passage pull %s COPY.passage` makes a folder copy to back up");
        try (var key = Passwords.keyFor(dir)) {
            BackupInfo b = BackupService.backUpClosed(dir, key, out);
            output(json).result(BackupsCommand.row(b), () -> spec.commandLine().getOut().printf(
                "Backed up data version %d to %s (%s, verified, SHA-256 %s)%n", b.dataVersion(), b.file(), BackupText.size(b.size()),
                b.sha256().substring(0, 12) + "…"));
        }
        return 0;
    }
}
