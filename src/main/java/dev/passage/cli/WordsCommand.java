package dev.passage.cli;

import dev.passage.search.WordFrequencies;
import dev.passage.session.WordQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

@Command(name = "words", description = {"The most frequent words (or stems) without the project language's stop words.",
    "Narrow them to text coded with a code (its exact extent), a document, a unit or a speaker; each option may be repeated."})
final class WordsCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--top", paramLabel = "N", defaultValue = "30", description = "How many words to list (0: all; default: ${DEFAULT-VALUE}).")
    int top;
    @Option(names = "--code", paramLabel = "PATH", description = "Only text coded with this code or a sub-code.")
    List<String> codes = new ArrayList<>();
    @Option(names = "--doc", paramLabel = "NAME", description = "Only this document (its name, id, or the beginning of its name).")
    List<String> docs = new ArrayList<>();
    @Option(names = "--unit", paramLabel = "NAME", description = "Only documents of this unit.")
    List<String> units = new ArrayList<>();
    @Option(names = "--speaker", paramLabel = "S", description = "Only what this speaker said (any case).")
    List<String> speakers = new ArrayList<>();
    @Option(names = "--stop-words", split = ",", paramLabel = "LANG",
            description = "Leave out the stop words of these languages (da, sv, en; comma-separated; default: the project's language).")
    List<String> stopWords = new ArrayList<>();
    @Option(names = "--stems", description = "Count stems (fejl, fejlene and fejlen as one), shown as their most frequent form.")
    boolean stems;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        if (top < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must be 0 or more");
        }
        java.util.Set<dev.passage.model.Language> stop = new java.util.HashSet<>();
        for (String code : stopWords) {
            try {
                stop.add(dev.passage.model.Language.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--stop-words takes da, sv or en, not " + code);
            }
        }
        try (var s = project.open()) {
            List<WordFrequencies.Word> words = s.words().top(new WordQueries.Request(codes, docs, units, speakers, stems, top, stop));
            out.result(words, () -> {
                out.line(String.format("%-28s %8s %9s%s", "word", "count", "documents", stems ? "  forms" : ""));
                for (WordFrequencies.Word w : words) {
                    out.line(String.format("%-28s %8d %9d%s", Output.ellipsize(w.word(), 28), w.count(), w.documents(),
                                           stems ? "  " + String.join(", ", w.forms()) : ""));
                }
                if (words.isEmpty()) {
                    out.line("(no words: the filters leave no text)");
                }
            });
        }
        return 0;
    }
}
