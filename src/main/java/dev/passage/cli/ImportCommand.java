package dev.passage.cli;

import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "import", description = "Import files and folders (txt, md, docx, odt, pdf, vtt, srt). Each file is imported whole or not at all.")
final class ImportCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE_OR_FOLDER")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var session = project.open()) {
            var err = spec.commandLine().getErr();
            ImportReport report = session.imports().importPaths(paths, new ImportListener() {
                @Override
                public void fileDone(ImportOutcome o, int index, int count) {
                    if (!out.json()) {
                        String status = switch (o.status()) {
                            case IMPORTED -> "imported " + o.documentName();
                            case FAILED -> "FAILED   " + o.message();
                            case SKIPPED -> "skipped  " + o.message();
                        };
                        out.line(String.format("[%d/%d] %s", index + 1, count, status));
                        o.warnings().forEach(w -> out.line("        warning: " + w));
                    }
                }
            });
            for (ImportOutcome o : report.outcomes()) {
                if (o.status() == ImportOutcome.Status.SKIPPED && !out.json()) {
                    out.line("skipped  " + o.message());
                }
            }
            out.result(report, () -> out.line(String.format("%d imported, %d failed, %d skipped", report.count(ImportOutcome.Status.IMPORTED),
                                                            report.count(ImportOutcome.Status.FAILED), report.count(ImportOutcome.Status.SKIPPED))));
            report.failures().forEach(f -> err.println(f.message()));
            return report.failures().isEmpty() ? 0 : PassageCli.EXIT_BAD_INPUT;
        }
    }
}
