package dev.passage.cli;

import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportReport;
import picocli.CommandLine.Command;
import dev.passage.model.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "import", description = "Import files and folders (txt, md, docx, odt, pdf, vtt, srt). Each file is imported whole or not at all.")
final class ImportCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE_OR_FOLDER")
    List<Path> paths;

    @Option(names = "--language", paramLabel = "da|sv|en",
            description = "The language of the imported texts, for search stemming. By default each file's language is detected"
                          + " from its text (the project's when the text does not tell); `docs` shows it.")
    String language;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        Language given = language == null ? null : Language.fromCode(language);
        try (var session = project.open()) {
            var err = spec.commandLine().getErr();
            var languages = session.languages();
            ImportReport report = session.imports().withLanguage(given).importPaths(paths, new ImportListener() {
                @Override
                public void fileDone(ImportOutcome o, int index, int count) {
                    if (!out.json()) {
                        String status = switch (o.status()) {
                            case IMPORTED -> "imported " + o.documentName() + " (" + languages.of(o.documentId()).code() + ")";
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
