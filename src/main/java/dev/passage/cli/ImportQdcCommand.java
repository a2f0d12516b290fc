package dev.passage.cli;

import dev.passage.interop.InteropReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "import-qdc", description = "Add a REFI-QDA codebook (.qdc) to a project; codes already there are reused, not duplicated.")
final class ImportQdcCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdc file.")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR|URL", description = "The project: a folder (NAME.passage) or postgresql://USER@HOST[:PORT]/DATABASE.")
    String dir;

    @Mixin
    SessionOptions session = new SessionOptions();

    @Override
    public Integer call() throws Exception {
        Output out = output(session.json);
        try (var s = session.open(dir)) {
            InteropReport report = s.interop().importCodebook(file);
            out.result(report, () -> {
                out.line("Imported the codebook " + file.getFileName());
                report.lines().forEach(out::line);
            });
        }
        return 0;
    }
}
