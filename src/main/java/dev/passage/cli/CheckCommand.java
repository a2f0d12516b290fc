package dev.passage.cli;

import dev.passage.errors.ErrorKind;
import dev.passage.integrity.ProjectCheck;
import dev.passage.model.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "check", description = {
    "Check a closed project without changing it (exit 0: no damage; 4: the database is damaged, restore a backup).",
    "Reads every row and index of the database and checks the data's rules (codings and speaker turns inside their texts,",
    "nothing pointing at a missing document or code), the schema history, and the search index against the database."})
final class CheckCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    String dirText;
    Path dir;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() {
        dir = ProjectArgument.folderOnly(dirText, "check",
                                          "the server keeps its data whole itself; to check a copy, `passage pull %s COPY.passage`, then `passage check COPY.passage`");
        Output out = output(json);
        ProjectCheck.Report report;
        try (var key = Passwords.keyFor(dir)) {
            report = ProjectCheck.check(dir, key);
        }
        String verdict = report.damaged() ? "damaged" : report.clean() ? "ok" : "repairable";
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("project", dir.toAbsolutePath().normalize().toString());
        value.put("verdict", verdict);
        value.put("opened", report.opened());
        value.put("documents", report.documents());
        value.put("findings", report.findings().stream()
                                    .map(f -> Map.of("severity", f.severity().name().toLowerCase(Locale.ROOT), "area", f.area(),
                                                     "message", f.message()))
                                    .toList());
        out.result(value, () -> text(out, report, verdict));
        return report.damaged() ? ErrorKind.DAMAGED.exitCode() : 0;
    }

    private void text(Output out, ProjectCheck.Report report, String verdict) {
        List<Finding> findings = report.findings();
        for (Finding f : findings) {
            out.line(label(f.severity()) + " " + f.area() + ": " + f.message());
        }
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        switch (verdict) {
            case "damaged" -> out.line(name + " is damaged. Restore it from a backup (passage backups / passage restore);"
                                       + " keep the damaged folder until you have checked the restored one.");
            case "repairable" -> out.line(name + ": the database is sound; the search index needs a rebuild (passage reindex "
                                          + dir + ").");
            default -> out.line(name + " is sound (" + report.documents() + " documents checked).");
        }
    }

    private static String label(Finding.Severity severity) {
        return switch (severity) {
            case DAMAGED -> "DAMAGED ";
            case REPAIRABLE -> "REBUILD ";
            case NOTE -> "note    ";
        };
    }
}
