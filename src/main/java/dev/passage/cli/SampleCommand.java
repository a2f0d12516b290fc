package dev.passage.cli;

import dev.passage.sample.SampleStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "sample", description = "Write the ready-to-open sample study (a municipal learning-culture study) to DIR.")
final class SampleCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new project folder, e.g. sample.passage")
    String dirText;
    Path dir;
    @Option(names = "--without-survey", description = "Only the 16 interviews, without unit scores and the 374 survey respondents.")
    boolean withoutSurvey;
    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        dir = ProjectArgument.folderOnly(dirText, "sample",
                                          "make the sample in a folder and copy it there: `passage sample sample.passage`, then `passage push sample.passage %s`");
        Output out = output(json);
        var summary = SampleStudy.build(dir, !withoutSurvey);
        out.result(summary, () -> out.line(String.format(
            "Wrote the sample study \"%s\" to %s: %d documents (%d survey answers from %d respondents), %d units with %d scores, %d codes, %d codings",
            summary.name(), dir, summary.documents(), summary.surveyAnswers(), summary.respondents(), summary.units(), summary.unitVariables(),
            summary.codes(), summary.codings())));
        return 0;
    }
}
