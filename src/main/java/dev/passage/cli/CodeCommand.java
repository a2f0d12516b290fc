package dev.passage.cli;

import dev.passage.coding.CodingException;
import dev.passage.model.Coding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "code", description = "Apply a code to a range of a document (UTF-16 offsets, end exclusive).")
final class CodeCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--doc", required = true, paramLabel = "NAME")
    String document;
    @Option(names = "--start", required = true, paramLabel = "N")
    int start;
    @Option(names = "--end", required = true, paramLabel = "N")
    int end;
    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;
    @Option(names = "--memo", paramLabel = "T")
    String memo;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var s = project.open()) {
            String name = s.names().document(document);
            long docId = s.documents().idByName(name)
                          .orElseThrow(() -> new CodingException("There is no document named \"" + document + "\""));
            Coding c = s.coding().apply(docId, start, end, s.codebook().resolve(s.names().codePath(code)).id(), memo);
            out.result(c, () -> out.line("Coding " + c.id() + ": " + code + " on " + name + " " + c.start() + ".." + c.end()
                                         + " by " + c.coder()));
        }
        return 0;
    }
}
