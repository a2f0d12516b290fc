package dev.passage.cli;

import dev.passage.cases.CaseDataException;
import dev.passage.coding.CodingException;
import dev.passage.interop.InteropException;
import dev.passage.export.ExportException;
import dev.passage.search.SearchSyntaxException;
import dev.passage.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The `passage` command line. Exit codes: 0 ok, 2 usage error, 3 bad input (message on stderr), 1 unexpected failure. */
@Command(name = "passage", mixinStandardHelpOptions = true, version = "Passage 0.1.0",
         description = "Qualitative interview coding with mixed methods: projects, import, codes, search, joint displays.",
         subcommands = {InitCommand.class, ImportCommand.class, DocsCommand.class, CodesCommand.class, CodeCommand.class,
                        UncodeCommand.class, SearchCommand.class, AutocodeCommand.class, SegmentsCommand.class,
                        CoOccurrenceCommand.class, MatrixCommand.class, JointCommand.class, CrosstabCommand.class,
                        QuotesCommand.class, QuantitizeCommand.class, ImportQdpxCommand.class, ImportQdcCommand.class,
                        ExportCommand.class, UnitsCommand.class, SurveyCommand.class, VarsCommand.class,
                        ReindexCommand.class, SampleCommand.class, GuiCommand.class})
public final class PassageCli implements Runnable {
    public static final int EXIT_BAD_INPUT = 3;
    /** Lucene reports optional JVM features through java.util.logging; held strongly, as JUL keeps loggers weakly. */
    private static final java.util.logging.Logger LUCENE_JUL = java.util.logging.Logger.getLogger("org.apache.lucene");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, e.g. `passage init`, or see --help");
    }

    public static void main(String[] args) {
        LUCENE_JUL.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PassageCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (isBadInput(ex)) {
                commandLine.getErr().println("passage: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println("passage: unexpected failure: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean isBadInput(Exception ex) {
        return ex instanceof CodingException || ex instanceof InteropException || ex instanceof ExportException || ex instanceof CaseDataException || ex instanceof StoreException || ex instanceof SearchSyntaxException
               || ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException;
    }
}
