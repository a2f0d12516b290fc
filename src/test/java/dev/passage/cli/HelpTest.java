package dev.passage.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command's --help works and reads whole: exit 0, no usage error, no picocli warning, summaries are whole sentences. */
class HelpTest {
    /** Every command path below `passage`, e.g. ["codes", "add"]. */
    private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            out.addAll(commandPaths(e.getValue(), path));
        }
        return out;
    }

    @Test
    void topLevelHelpHasNoWarning() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out() + r.err()).doesNotContain("WARN").doesNotContain("Could not format");
    }

    @Test
    void everyCommandsHelpWorks() {
        List<List<String>> paths = commandPaths(new CommandLine(new PassageCli()), List.of());
        assertThat(paths).hasSizeGreaterThan(30);
        for (List<String> path : paths) {
            // nested commands are typed `passage codes DIR list`: the parent's folder comes before the subcommand
            List<String> args = new ArrayList<>(path.subList(0, 1));
            if (path.size() > 1) {
                args.add("DIR");
                args.addAll(path.subList(1, path.size()));
            }
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            String all = r.out() + r.err();
            assertThat(r.code()).as(path + ": " + all).isZero();
            assertThat(all).as(path.toString()).doesNotContain("Missing required").doesNotContain("Unknown option")
                           .doesNotContain("WARN").doesNotContain("Could not format").contains("Usage:");
        }
    }

    @Test
    void everySummaryIsAWholeSentence() {
        for (List<String> path : commandPaths(new CommandLine(new PassageCli()), List.of())) {
            CommandLine cl = new CommandLine(new PassageCli());
            for (String p : path) {
                cl = cl.getSubcommands().get(p);
            }
            String[] header = cl.getCommandSpec().usageMessage().header();
            String[] description = cl.getCommandSpec().usageMessage().description();
            String summary = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
            assertThat(summary.strip()).as(path.toString()).isNotEmpty().matches("(?s).*[.)]$");
            for (String line : description) {
                // picocli formats descriptions with String.format: a lone % warns on stderr and prints the text raw
                assertThat(line).as(path + " (write %% for %)").doesNotContainPattern("(?<!%)%(?![%n])");
            }
        }
    }
}
