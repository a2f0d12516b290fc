package dev.passage.cli;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.ErrorLog;
import dev.passage.errors.PassageException;
import dev.passage.errors.UserDataFolder;
import dev.passage.session.FailureKinds;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Optional;

/**
 * The `passage` command line. Exit codes: 0 ok, 2 usage error, 3 bad input, 4 damaged or locked project, 5 disk or permission,
 * 1 unexpected failure. The message goes to stderr; a stack trace never does (it goes to the {@link ErrorLog}).
 */
@Command(name = "passage", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = VersionProvider.class,
         description = "Qualitative interview coding with mixed methods: projects, import, codes, search, joint displays.",
         subcommands = {InitCommand.class, ImportCommand.class, DocsCommand.class, SetsCommand.class, CodesCommand.class, CodeCommand.class,
                        UncodeCommand.class, SearchCommand.class, AutocodeCommand.class, SegmentsCommand.class,
                        CoOccurrenceCommand.class, MatrixCommand.class, WordsCommand.class, FrequenciesCommand.class, JointCommand.class, CrosstabCommand.class,
                        QuotesCommand.class, QuantitizeCommand.class, ImportQdpxCommand.class, ImportQdcCommand.class,
                        ExportCommand.class, UnitsCommand.class, SurveyCommand.class, VarsCommand.class,
                        ReindexCommand.class, CheckCommand.class, SampleCommand.class, GuiCommand.class, HistoryCommand.class,
                        EncryptCommand.class, DecryptCommand.class, BackupCommand.class, BackupsCommand.class,
                        RestoreCommand.class, MergeCommand.class, DisagreementsCommand.class, AgreementCommand.class, BlindCommand.class,
                        PushCommand.class, PullCommand.class, TeamCommand.class})
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
        logToFile();
        LUCENE_JUL.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Warnings of the core (with their stack traces) go to {@code logs/last-run.log} in the user data folder, not onto the
     * user's terminal: what the user must know reaches them as one line or a notice. Must run before the first logger.
     */
    private static void logToFile() {
        if (System.getProperty("org.slf4j.simpleLogger.logFile") != null) {
            return;
        }
        try {
            Path logs = Files.createDirectories(UserDataFolder.get().resolve("logs"));
            System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("last-run.log").toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        } catch (IOException | RuntimeException e) {
            // the folder cannot be made: warnings stay on stderr
        }
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PassageCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr()));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints one line for the user and returns the exit code of {@code ex}'s kind; a stack trace goes only to the log. */
    static int report(Exception ex, PrintWriter err) {
        ErrorKind kind = kindOf(ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (kind == ErrorKind.BAD_INPUT) {
            err.println("passage: " + message);
            return kind.exitCode();
        }
        Optional<Path> log = ErrorLog.inUserDataFolder().record("passage command line", ex);
        String where = log.map(p -> " (details in " + p + ")").orElse("");
        if (kind == ErrorKind.INTERNAL) {
            err.println("passage: unexpected failure: " + message + where);
        } else {
            err.println("passage: " + message + where);
        }
        return kind.exitCode();
    }

    static ErrorKind kindOf(Exception ex) {
        if (ex instanceof PassageException p) {
            return p.kind() == ErrorKind.INTERNAL ? FailureKinds.of(ex, ErrorKind.INTERNAL) : p.kind();
        }
        if (ex instanceof IllegalArgumentException) {
            return ErrorKind.BAD_INPUT;
        }
        if (ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
            return FailureKinds.of(ex, ErrorKind.BAD_INPUT);
        }
        return FailureKinds.of(ex, ErrorKind.INTERNAL);
    }
}
