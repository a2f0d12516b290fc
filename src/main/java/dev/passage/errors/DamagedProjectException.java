package dev.passage.errors;


import java.nio.file.Path;

/**
 * The project's database is damaged or went back in time: Passage refuses to open it rather than go on with data missing.
 * {@link #folder()} names the project and {@link #problem()} says in words what is wrong; the message adds how to restore.
 */
public final class DamagedProjectException extends PassageException {
    private final Path folder;
    private final Text problem;

    public DamagedProjectException(Path folder, String problem, String advice, Throwable cause) {
        this(folder, Text.plain(problem), Text.plain(advice), cause);
    }

    public DamagedProjectException(Path folder, String problem, Throwable cause) {
        this(folder, Text.plain(problem), cause);
    }

    public DamagedProjectException(Path folder, Text problem, Text advice, Throwable cause) {
        super(ErrorKind.DAMAGED, Text.of("store.damaged.problemAndAdvice", problem, advice), cause);
        this.folder = folder;
        this.problem = problem;
    }

    public DamagedProjectException(Path folder, Text problem, Throwable cause) {
        this(folder, problem, defaultAdviceText(folder), cause);
    }

    /** The same failure with other advice (e.g. naming the newest good backup). */
    public DamagedProjectException withAdvice(String advice) {
        return withAdvice(Text.plain(advice));
    }

    public DamagedProjectException withAdvice(Text advice) {
        return new DamagedProjectException(folder, problem, advice, getCause());
    }

    public Path folder() {
        return folder;
    }

    public String problem() {
        return problem.english();
    }

    /** {@link #problem()} as a {@link Text}, to be said in the user's language. */
    public Text problemText() {
        return problem;
    }

    public static String defaultAdvice(Path folder) {
        return defaultAdviceText(folder).english();
    }

    public static Text defaultAdviceText(Path folder) {
        return Text.of("store.damaged.defaultAdvice", folder);
    }
}
