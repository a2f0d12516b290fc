package dev.passage.errors;

import java.nio.file.Path;

/**
 * The project's database is damaged or went back in time: Passage refuses to open it rather than go on with data missing.
 * {@link #folder()} names the project and {@link #problem()} says in words what is wrong; the message adds how to restore.
 */
public final class DamagedProjectException extends PassageException {
    private final Path folder;
    private final String problem;

    public DamagedProjectException(Path folder, String problem, String advice, Throwable cause) {
        super(ErrorKind.DAMAGED, problem + " " + advice, cause);
        this.folder = folder;
        this.problem = problem;
    }

    public DamagedProjectException(Path folder, String problem, Throwable cause) {
        this(folder, problem, defaultAdvice(folder), cause);
    }

    /** The same failure with other advice (e.g. naming the newest good backup). */
    public DamagedProjectException withAdvice(String advice) {
        return new DamagedProjectException(folder, problem, advice, getCause());
    }

    public Path folder() {
        return folder;
    }

    public String problem() {
        return problem;
    }

    public static String defaultAdvice(Path folder) {
        return "Nothing was changed. To restore the newest good backup (the damaged files are kept aside), run: passage restore "
               + folder + " --latest";
    }
}
