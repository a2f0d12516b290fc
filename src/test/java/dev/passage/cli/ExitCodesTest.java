package dev.passage.cli;

import dev.passage.TestProjects;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.ErrorLog;
import dev.passage.model.Language;
import dev.passage.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** One exit code per kind of failure, one line for the user, and never a stack trace on the screen. */
class ExitCodesTest {
    @TempDir
    Path tmp;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertNoStackTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void aFolderThatIsNoProjectIsBadInput() throws Exception {
        Path notAProject = Files.createDirectories(tmp.resolve("photos"));
        CliRun r = run("docs", notAProject.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("photos").contains("is not a Passage project");
        assertNoStackTrace(r);
    }

    @Test
    void aProjectOpenElsewhereIsLocked() throws Exception {
        try (var open = TestProjects.create(tmp, Language.EN)) {
            CliRun r = run("docs", open.folder().toString());
            assertThat(r.code()).isEqualTo(4);
            assertThat(r.err()).contains("already open");
            assertNoStackTrace(r);
        }
    }

    @Test
    void aFolderThatTakesNoFilesIsADiskProblem() throws Exception {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc) && !Files.exists(proc.resolve("x.csv")), "needs Linux /proc, where no file can be created");
        try (var s = TestProjects.create(tmp, Language.EN)) {
            TestProjects.importText(s, tmp, "a", "Interviewer: Hello.\n\nAnna: Hi.");
        }
        CliRun r = run("export", tmp.resolve("test.passage").toString(), "--out", "/proc/x.csv");
        assertThat(r.code()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains("Cannot write /proc/x.csv");
        assertNoStackTrace(r);
    }

    @Test
    void eachKindHasItsExitCodeAndOnlyFaultsNameTheLog() {
        assertThat(report(new StoreException(ErrorKind.DAMAGED, "The project database is damaged")).code()).isEqualTo(4);
        assertThat(report(new StoreException(ErrorKind.DISK, "The disk is full")).code()).isEqualTo(5);
        assertThat(report(new IllegalArgumentException("Bad option")).code()).isEqualTo(3);
        CliRun fault = report(new IllegalStateException("a bug"));
        assertThat(fault.code()).isEqualTo(1);
        Path log = ErrorLog.inUserDataFolder().file();
        assertThat(fault.err()).startsWith("passage: unexpected failure: a bug (details in " + log + ")");
        assertNoStackTrace(fault);
        assertThat(log).content().contains("java.lang.IllegalStateException: a bug").contains("\tat ");
        CliRun bad = report(new StoreException("There is no document named \"X\""));
        assertThat(bad.err()).isEqualTo("passage: There is no document named \"X\"" + System.lineSeparator());
    }

    private static CliRun report(Exception e) {
        StringWriter err = new StringWriter();
        int code = PassageCli.report(e, new PrintWriter(err, true));
        return new CliRun(code, "", err.toString());
    }
}
