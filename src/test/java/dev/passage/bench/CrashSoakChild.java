package dev.passage.bench;

import dev.passage.cli.PassageCli;
import dev.passage.coding.HitScope;
import dev.passage.importer.ImportOutcome;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One child process of the crash soak: opens the project and does one kind of real work on it, printing {@code ACK ...}
 * to stdout after each change's commit has returned, until it is done or killed. Protocol (one line each):
 * {@code START} when the project is open, {@code ACK coding ID}, {@code ACK doc NAME}, {@code ACK merged SOURCE_ID},
 * {@code ACK survey PREFIX COUNT}, {@code DONE}.
 */
public final class CrashSoakChild {
    enum Op { IMPORT, CODE, AUTOCODE, MERGE, REINDEX, UNITS, SURVEY, EXPORT }

    static final String CODER = "soak";
    static final String AUTOCODE_CODE = "AC";
    static final List<String> CODES = List.of("B1", "B2", "B3", "B4");

    private final PrintStream out;
    private final Path project;
    private final Path work;
    private final String tag;
    private final SplittableRandom random;

    private CrashSoakChild(PrintStream out, Path project, Path work, String tag, long seed) {
        this.out = out;
        this.project = project;
        this.work = work;
        this.tag = tag;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws Exception {
        Op op = Op.valueOf(args[0]);
        CrashSoakChild child = new CrashSoakChild(System.out, Path.of(args[1]), Path.of(args[2]), args[3], Long.parseLong(args[4]));
        child.run(op);
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }

    void run(Op op) throws Exception {
        switch (op) {
            case IMPORT -> importFiles();
            case CODE -> codeOneByOne();
            case AUTOCODE -> autocode();
            case MERGE -> merge();
            case REINDEX -> withSession(s -> s.rebuildIndex(n -> { }));
            case UNITS -> cli("units", project.toString(), "import",
                              SoakCorpus.units(work.resolve(tag + "-units.csv"), 30, random).toString(), "--id", SoakCorpus.UNIT_COLUMN);
            case SURVEY -> survey();
            case EXPORT -> {
                cli("export", project.toString(), "--out", work.resolve(tag + ".qdpx").toString());
                cli("export", project.toString(), "--out", work.resolve(tag + ".csv").toString());
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(ProjectSession s) throws Exception;
    }

    private void withSession(Work work) throws Exception {
        try (ProjectSession s = ProjectSession.open(project, CODER)) {
            say("START");
            work.run(s);
        }
    }

    private void importFiles() throws Exception {
        List<Path> files = SoakCorpus.interviews(work.resolve(tag), tag + "-", 8, 30, random);
        withSession(s -> {
            for (Path f : files) {
                ImportOutcome o = s.imports().importFile(f);
                if (o.status() == ImportOutcome.Status.IMPORTED) {
                    say("ACK doc " + o.documentName());
                } else {
                    throw new IllegalStateException("import of " + f + " " + o.status() + ": " + o.message());
                }
            }
        });
    }

    private void codeOneByOne() throws Exception {
        withSession(s -> {
            List<DocumentSummary> docs = interviews(s);
            List<Long> codes = CODES.stream().map(c -> s.codebook().resolve(c).id()).toList();
            for (int i = 0; i < 400; i++) {
                DocumentSummary d = docs.get(random.nextInt(docs.size()));
                int start = random.nextInt(Math.max(1, d.length() - 10));
                int end = Math.min(d.length(), start + 1 + random.nextInt(200));
                Coding c = s.coding().apply(d.id(), start, end, codes.get(random.nextInt(codes.size())));
                say("ACK coding " + c.id());
            }
        });
    }

    private static List<DocumentSummary> interviews(ProjectSession s) {
        return s.documents().summaries().stream()
                .filter(d -> d.turnCount() > 0 && d.length() > 20).toList();
    }

    private void autocode() throws Exception {
        withSession(s -> {
            long code = s.codebook().resolve(AUTOCODE_CODE).id();
            String word = random.nextBoolean() ? "feedback" : "mistake";
            List<Coding> created = s.autoCoder().codeHits(word, s.search().hitRanges(word, SearchFilters.NONE), code, HitScope.TURN);
            for (Coding c : created) {
                say("ACK coding " + c.id());
            }
        });
    }

    private void merge() throws Exception {
        withSession(s -> {
            Code source = s.codebook().addPath("Merge/" + tag + "-from", "#aa3366", CodeDescription.EMPTY);
            Code target = s.codebook().addPath("Merge/" + tag + "-into", "#3366aa", CodeDescription.EMPTY);
            List<DocumentSummary> docs = interviews(s);
            for (int i = 0; i < 20; i++) {
                DocumentSummary d = docs.get(random.nextInt(docs.size()));
                int start = random.nextInt(Math.max(1, d.length() - 10));
                Coding c = s.coding().apply(d.id(), start, Math.min(d.length(), start + 1 + random.nextInt(100)),
                                            (i % 2 == 0 ? source : target).id());
                say("ACK coding " + c.id());
            }
            s.codebook().merge(source.id(), target.id());
            say("ACK merged " + source.id());
        });
    }

    private void survey() throws Exception {
        int n = 40;
        String prefix = tag + "-r";
        Path csv = SoakCorpus.survey(work.resolve(tag + "-survey.csv"), prefix, n, 30, random);
        if (cli("survey", project.toString(), "import", csv.toString(), "--id", SoakCorpus.RESPONDENT_COLUMN,
                "--unit", SoakCorpus.UNIT_COLUMN, "--text", String.join(",", SoakCorpus.QUESTIONS)) == 0) {
            say("ACK survey " + prefix + " " + n);
        }
    }

    /** Runs a real `passage` command in this process; START is printed first (the command opens the project itself). */
    private int cli(String... args) {
        say("START");
        StringWriter err = new StringWriter();
        int code = PassageCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        if (code != 0) {
            throw new IllegalStateException("passage " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return code;
    }
}
