package dev.passage.cli;

import dev.passage.backup.BackupCatalog;
import dev.passage.backup.BackupInfo;
import dev.passage.backup.BackupSettings;
import dev.passage.backup.BackupText;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "backups", description = "List the project's backups (newest first), or change how many are kept.")
final class BackupsCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    String dirText;
    Path dir;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Option(names = "--keep-last", paramLabel = "N", description = "Keep the newest N backups (default 10).")
    Integer keepLast;

    @Option(names = "--keep-days", paramLabel = "D", description = "Also keep one backup a day for D days (default 14).")
    Integer keepDays;

    @Option(names = "--every-minutes", paramLabel = "M", description = "The workbench backs up after M minutes of edits (0: off; default 10).")
    Integer everyMinutes;

    @Override
    public Integer call() throws IOException {
        dir = ProjectArgument.folderOnly(dirText, "backups",
                                          "the server keeps it (its own backups, pg_dump); `passage pull %s COPY.passage` makes a folder copy to back up");
        if (!Files.isRegularFile(dir.resolve("project.mv.db"))) {
            throw new PassageException(ErrorKind.BAD_INPUT, dir + " is not a Passage project (it has no project.mv.db)");
        }
        BackupSettings settings = BackupSettings.of(dir);
        if (keepLast != null || keepDays != null || everyMinutes != null) {
            settings = new BackupSettings(keepLast != null ? keepLast : settings.keepLast(), keepDays != null ? keepDays : settings.keepDays(),
                                          everyMinutes != null ? everyMinutes : settings.everyMinutes());
            settings.save(dir);
        }
        List<BackupInfo> all = new BackupCatalog(dir).list();
        BackupSettings shown = settings;
        Output out = output(json);
        out.result(Map.of("folder", new BackupCatalog(dir).folder().toString(), "backups", all.stream().map(BackupsCommand::row).toList(),
                          "settings", Map.of("keepLast", shown.keepLast(), "keepDays", shown.keepDays(), "everyMinutes", shown.everyMinutes())),
                   () -> {
                       out.line(all.isEmpty() ? "No backups in " + new BackupCatalog(dir).folder()
                                              : all.size() + " backup(s) in " + new BackupCatalog(dir).folder() + ", newest first:");
                       for (BackupInfo b : all) {
                           out.line(String.format("  %s  version %-7d %9s  %-10s  %s", BackupText.time(b.time()), b.dataVersion(),
                                                  BackupText.size(b.size()), b.verified() ? "verified" : "unverified", b.name()));
                       }
                       out.line(String.format("Keeping the newest %d plus one a day for %d days; automatic backup after %s of edits.",
                                              shown.keepLast(), shown.keepDays(),
                                              shown.everyMinutes() == 0 ? "no amount" : shown.everyMinutes() + " minutes"));
                   });
        return 0;
    }

    static Map<String, Object> row(BackupInfo b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", b.file().toString());
        m.put("time", b.time().toString());
        m.put("dataVersion", b.dataVersion());
        m.put("schemaVersion", b.schemaVersion());
        m.put("size", b.size());
        m.put("sha256", b.sha256());
        m.put("verified", b.verified());
        return m;
    }
}
