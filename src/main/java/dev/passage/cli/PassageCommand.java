package dev.passage.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** Base of the subcommands: gives access to the command's output stream. */
abstract class PassageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    Output output(boolean json) {
        return new Output(spec.commandLine().getOut(), json);
    }
}
