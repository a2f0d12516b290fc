package dev.passage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

@Command(name = "reindex", description = "Rebuild the search index from the project database.")
final class ReindexCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        long t0 = System.nanoTime();
        try (var s = project.open()) {
            int[] docs = {0};
            s.rebuildIndex(n -> docs[0] = n);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.result(Map.of("documents", docs[0], "millis", ms), () -> out.line("Reindexed " + docs[0] + " documents in " + ms + " ms"));
        }
        return 0;
    }
}
