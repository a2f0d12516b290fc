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

@Command(name = "encrypt", description = {"Encrypt a project in place with a password (PASSAGE_PASSWORD, else asked twice).",
                                          "With --change-password: the old password from PASSAGE_PASSWORD or the prompt, the new one from "
                                          + "PASSAGE_NEW_PASSWORD or the prompt."})
final class EncryptCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    String dirText;
    Path dir;

    @Option(names = "--change-password", description = "Give an encrypted project a new password.")
    boolean changePassword;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() {
        dir = ProjectArgument.folderOnly(dirText, "encrypt",
                                          "the server protects it (its roles and disks; TLS with ?sslmode=verify-full); to encrypt a copy, pull it first: `passage pull %s COPY.passage`");
        Output out = output(json);
        BackupsAfterEncryptionChange.Result replaced;
        if (changePassword) {
            try (ProjectKey old = Passwords.keyFor(dir)) {
                if (old == null) {
                    throw new IllegalArgumentException("The project " + dir.getFileName() + " is not encrypted; encrypt it with"
                                                       + " `passage encrypt " + dir + "`");
                }
                try (ProjectKey fresh = Passwords.newKey(dir, Passwords.NEW_VARIABLE)) {
                    replaced = EncryptionChanges.changeKey(dir, old, fresh);
                }
            }
            BackupsAfterEncryptionChange.Result r = replaced;
            out.result(Map.of("folder", dir.toString(), "encrypted", true, "backupsReplaced", r.removed()),
                       () -> out.line("Changed the password of " + dir + "; " + backupsLine(r)));
            return 0;
        }
        if (!ProjectFolders.isProject(dir)) {
            throw new IllegalArgumentException(dir + " is not a Passage project (it has no " + ProjectFolders.DATABASE_FILE + ")");
        }
        if (ProjectFolders.isEncrypted(dir)) {
            throw new IllegalArgumentException("The project " + dir.getFileName() + " is already encrypted (to change its password:"
                                               + " passage encrypt --change-password " + dir + ")");
        }
        try (ProjectKey key = Passwords.newKey(dir, Passwords.VARIABLE)) {
            replaced = EncryptionChanges.encrypt(dir, key);
        }
        BackupsAfterEncryptionChange.Result r = replaced;
        out.result(Map.of("folder", dir.toString(), "encrypted", true, "backupsReplaced", r.removed()),
                   () -> out.line("Encrypted " + dir + "; it opens only with its password from now on (keep it safe: without it"
                                  + " the project cannot be recovered); " + backupsLine(r)));
        return 0;
    }

    /** What became of the backups made before the change. */
    static String backupsLine(BackupsAfterEncryptionChange.Result r) {
        return (r.removed() == 0 ? "" : r.removed() + " older backup(s) deleted, as they hold the project as it was; ")
               + "a new backup is " + r.fresh().name();
    }
}
