package dev.passage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "uncode", description = "Remove a coding.")
final class UncodeCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--coding", required = true, paramLabel = "ID")
    long codingId;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var s = project.open()) {
            s.coding().remove(codingId);
            out.result(Map.of("removed", codingId), () -> out.line("Removed coding " + codingId));
        }
        return 0;
    }
}
