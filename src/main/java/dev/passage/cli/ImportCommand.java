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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

@Command(name = "import", description = "Import files and folders (txt, md, docx, odt, pdf, vtt, srt). Each file is imported whole or not at all.")
final class ImportCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE_OR_FOLDER")
    List<Path> paths;

    @Option(names = "--all", description = "Also import a folder's files that look like no transcript (README, LICENSE, COPYING, "
                                           + "CHANGELOG, NOTICE, AUTHORS) and its hidden files; left out by default.")
    boolean all;

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
            Set<ImportOutcome> shown = Collections.newSetFromMap(new IdentityHashMap<>());
            var languages = session.languages();
            ImportReport report = session.imports().withLanguage(given).importPaths(paths, all, new ImportListener() {
                @Override
                public void fileDone(ImportOutcome o, int index, int count) {
                    shown.add(o);
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
            }, () -> false);
            for (ImportOutcome o : report.outcomes()) {
                if (o.status() == ImportOutcome.Status.SKIPPED && !out.json() && !shown.contains(o)) {
                    out.line(o.message()); // "README.md: skipped, likely not a transcript …"
                }
            }
            out.result(report, () -> out.line(summary(report)));
            report.failures().forEach(f -> err.println(f.message()));
            return report.failures().isEmpty() ? 0 : PassageCli.EXIT_BAD_INPUT;
        }
    }

    /** "2 imported, 0 failed, 3 skipped; skipped 2 already imported; 1 left out as no transcript or hidden (--all takes them)". */
    private String summary(ImportReport report) {
        StringBuilder b = new StringBuilder(String.format("%d imported, %d failed, %d skipped", report.count(ImportOutcome.Status.IMPORTED),
                                                          report.count(ImportOutcome.Status.FAILED), report.count(ImportOutcome.Status.SKIPPED)));
        long already = report.outcomes().stream().filter(ImportOutcome::alreadyImported).count();
        if (already > 0) {
            b.append(String.format("; skipped %d already imported", already));
        }
        long leftOut = report.outcomes().stream().filter(ImportOutcome::leftOutByDefault).count();
        if (leftOut > 0 && !all) {
            b.append(String.format("; %d left out as no transcript or hidden (--all imports them)", leftOut));
        }
        return b.toString();
    }
}
