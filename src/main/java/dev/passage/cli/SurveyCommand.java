package dev.passage.cli;

import dev.passage.cases.SurveyImport;
import dev.passage.cases.SurveyImportReport;
import dev.passage.cases.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;

@Command(name = "survey", description = "Open-ended surveys: respondents, their answers as codable documents, their other columns as variables.",
         subcommands = {SurveyCommand.Import.class})
final class SurveyCommand {
    @Parameters(index = "0", paramLabel = "DIR|URL", description = "The project: a folder (NAME.passage) or postgresql://USER@HOST[:PORT]/DATABASE.")
    String dir;

    @Command(name = "import", description = {
        "Import a survey: one row per respondent.",
        "Each --text column's answers become documents named 'ID · QUESTION'; --unit names the respondent's unit; every",
        "other column becomes a RESPONDENT variable.",
        "Importing again updates values, moves respondents, and never duplicates answers; a coded answer keeps its text."})
    static final class Import extends PassageCommand {
        @ParentCommand
        SurveyCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Mixin
        TableOptions table = new TableOptions();
        @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "The column naming respondents.")
        String id;
        @Option(names = "--unit", paramLabel = "COLUMN", description = "The column naming each respondent's unit.")
        String unit;
        @Option(names = "--text", required = true, split = ",", paramLabel = "COLUMN", description = "The answer columns (comma-separated or repeated).")
        List<String> text = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            Table t = table.read();
            SurveyImport.Options options = new SurveyImport.Options(id, unit, text, table.types());
            try (var s = project.open(parent.dir)) {
                if (table.printedPreview(out, () -> s.surveyImport().preview(t, options))) {
                    return 0;
                }
                SurveyImportReport r = s.surveyImport().apply(t, options);
                out.result(r, () -> {
                    r.warnings().forEach(w -> out.line("warning: " + w));
                    r.notices().forEach(n -> out.line("kept: " + n.describe()));
                    out.line(String.format("%s: %d of %d rows imported; respondents %d created, %d updated, %d moved; %d units created;"
                                           + " answers %d created, %d replaced, %d unchanged; %d values set, %d cleared",
                                           r.source(), r.importedRows(), r.rows(), r.respondentsCreated(), r.respondentsUpdated(),
                                           r.respondentsMoved(), r.unitsCreated(), r.answersCreated(), r.answersReplaced(),
                                           r.answersUnchanged(), r.valuesSet(), r.valuesCleared()));
                });
                return TableOptions.reportProblems(spec.commandLine().getErr(), r.source(), r.problems());
            }
        }
    }
}
