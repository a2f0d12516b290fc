package dev.passage.cli;

import dev.passage.model.Segment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Command(name = "segments", description = "All segments coded with a code (and its sub-codes), with their document, speaker, place, code and coder.")
final class SegmentsCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;
    @Option(names = "--no-subcodes", description = "Only the code itself, not its sub-codes.")
    boolean noSubcodes;
    @Option(names = "--doc", paramLabel = "NAME", description = "Only in this document: name, id or unambiguous beginning (repeatable).")
    List<String> docs = new ArrayList<>();
    @Option(names = "--set", paramLabel = "SET", description = "Only in the documents of this document set (repeatable; see `sets`).")
    List<String> sets = new ArrayList<>();
    @Option(names = "--unit", paramLabel = "NAME", description = "Only in documents of this unit (repeatable).")
    List<String> units = new ArrayList<>();
    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Only in documents meeting this variable condition, e.g. 'psych_safety >= 4' (repeatable; all must hold).")
    List<String> where = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var s = project.open()) {
            var book = s.codebook().codebook();
            long codeId = s.codebook().resolve(s.names().codePath(code)).id();
            Set<String> inDocuments = Set.copyOf(s.names().documentsAndSets(docs, sets)); // empty: every document
            List<Segment> segs = s.retrieval().segments(book, codeId, !noSubcodes, s.names().units(units), where).stream()
                                  .filter(g -> inDocuments.isEmpty() || inDocuments.contains(g.documentName())).toList();
            out.result(segs, () -> {
                for (Segment g : segs) {
                    out.line(String.format("#%-5d %-30s %-14s %6d..%-6d %-28s %-10s %s", g.codingId(), Output.ellipsize(g.documentName(), 30),
                                           Output.ellipsize(g.speaker() == null ? "" : g.speaker(), 14), g.start(), g.end(),
                                           Output.ellipsize(g.codePath(), 28), Output.ellipsize(g.coder() == null ? "" : g.coder(), 10),
                                           Output.ellipsize(g.text(), 90)));
                }
                out.line(segs.size() + " segments");
            });
        }
        return 0;
    }
}
