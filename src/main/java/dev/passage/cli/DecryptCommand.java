package dev.passage.cli;

import dev.passage.backup.BackupsAfterEncryptionChange;
import dev.passage.backup.EncryptionChanges;
import dev.passage.security.ProjectKey;
import dev.passage.session.ProjectFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;

@Command(name = "decrypt", description = "Remove the encryption of a project in place (password from PASSAGE_PASSWORD or the prompt).")
final class DecryptCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    String dirText;
    Path dir;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() {
        dir = ProjectArgument.folderOnly(dirText, "decrypt",
                                          "Passage does not encrypt a team project on a server, so there is nothing to decrypt");
        Output out = output(json);
        BackupsAfterEncryptionChange.Result r;
        try (ProjectKey key = Passwords.keyFor(dir)) {
            if (key == null) {
                throw new IllegalArgumentException(ProjectFolders.isProject(dir)
                                                   ? "The project " + dir.getFileName() + " is not encrypted"
                                                   : dir + " is not a Passage project (it has no " + ProjectFolders.DATABASE_FILE + ")");
            }
            r = EncryptionChanges.decrypt(dir, key);
        }
        out.result(Map.of("folder", dir.toString(), "encrypted", false, "backupsReplaced", r.removed()),
                   () -> out.line("Decrypted " + dir + "; its files are readable without a password again; "
                                  + EncryptCommand.backupsLine(r)));
        return 0;
    }
}
