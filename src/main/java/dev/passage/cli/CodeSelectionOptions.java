package dev.passage.cli;

import dev.passage.mixed.CodeAggregation;
import dev.passage.session.ProjectSession;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** --codes and --code-only, shared by the mixed-methods commands. */
final class CodeSelectionOptions {
    @Option(names = "--codes", split = ",", paramLabel = "PATH", description = "Only these codes (comma-separated paths; default: all codes).")
    List<String> codes = new ArrayList<>();

    @Option(names = "--code-only", description = "Count each code without its sub-codes (default: with them, aggregated).")
    boolean codeOnly;

    CodeAggregation aggregation() {
        return codeOnly ? CodeAggregation.CODE_ONLY : CodeAggregation.AGGREGATED;
    }

    List<Long> ids(ProjectSession s) {
        return s.mixed().codeIds(s.names().codePaths(codes));
    }
}
