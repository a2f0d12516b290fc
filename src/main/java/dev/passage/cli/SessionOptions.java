package dev.passage.cli;

import dev.passage.session.ProjectSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** --json, --coder and --codings-of, shared by every command that opens a project. */
final class SessionOptions {
    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Option(names = "--coder", paramLabel = "C", description = "Who codes (default: your user name).")
    String coder;

    @Option(names = "--codings-of", paramLabel = "A,B", split = ",",
            description = "Show only these coders' codings (in segments, searches by code, counts, displays and exports); "
                          + "default: everyone's. In blind mode you see only your own.")
    java.util.List<String> coders;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Opens the project; what the core heals by itself on the way (a rebuilt index) is said on stderr. */
    ProjectSession open(Path dir) throws IOException {
        return open(dir.toString(), true);
    }

    /** Opens the project {@code where} names: a folder or a server address (see {@link ProjectArgument}). */
    ProjectSession open(String where) throws IOException {
        return open(where, true);
    }

    /** As {@link #open(String)}; {@code sayScope}: a note on stderr when only some coders' codings show (blind, --codings-of). */
    ProjectSession open(String where, boolean sayScope) throws IOException {
        ProjectSession session = ProjectArgument.open(where, coder != null ? coder : ProjectSession.defaultCoder());
        PrintWriter err = errorStream();
        session.notices().listen(notice -> {
            err.println("passage: note: " + notice);
            err.flush();
        });
        try {
            CoderChoice.apply(session, coders, sayScope ? err : new PrintWriter(java.io.Writer.nullWriter()));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private PrintWriter errorStream() {
        for (CommandSpec s = mixee; s != null; s = s.parent()) {
            if (s.commandLine() != null) {
                return s.commandLine().getErr();
            }
        }
        return new PrintWriter(System.err, true);
    }
}
