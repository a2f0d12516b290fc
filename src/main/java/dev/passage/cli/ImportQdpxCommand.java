package dev.passage.cli;

import dev.passage.interop.ImportOptions;
import dev.passage.interop.InteropReport;
import dev.passage.interop.PositionModel;
import dev.passage.interop.QdpxImporter;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "import-qdpx",
         description = "Create a new project from a REFI-QDA project (.qdpx, or a .qde beside its sources/ folder) made by NVivo, "
                       + "MAXQDA, ATLAS.ti, QualCoder, ... Lists everything that could not be carried over.")
final class ImportQdpxCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx or .qde file.")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR", description = "The new project folder, e.g. study.passage")
    String dirText;
    Path dir;

    @Option(names = "--language", paramLabel = "da|sv|en", defaultValue = "en", description = "Language of the texts (default: en).")
    String language;

    @Option(names = "--positions", paramLabel = "MODEL",
            description = "How the producer counted text positions: CODE_POINTS, UTF16 (NVivo) or CODE_POINTS_CRLF_AS_ONE (ATLAS.ti). "
                          + "Default: chosen from the producer.")
    PositionModel positions;

    @Option(names = "--coder", paramLabel = "C", description = "Coder for codings that name none (default: your user name).")
    String coder;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        dir = ProjectArgument.folderOnly(dirText, "import-qdpx",
                                          "import it into a new folder, then copy that there: `passage import-qdpx FILE study.passage`, then `passage push study.passage %s`");
        Output out = output(json);
        ImportOptions options = ImportOptions.of(Language.fromCode(language), coder != null ? coder : ProjectSession.defaultCoder())
                                             .withPositions(positions);
        InteropReport report = QdpxImporter.importProject(file, dir, options);
        out.result(report, () -> {
            out.line("Imported " + file.getFileName() + " into " + dir);
            report.lines().forEach(out::line);
        });
        return 0;
    }
}
