package dev.passage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Library log lines (POI through log4j-api, PDFBox through commons-logging, our own warnings through SLF4J) go to
 * logs/last-run.log, never onto the user's terminal; the Windows-1252 warning reaches the user once.
 */
class LibraryLogsTest {
    @TempDir
    Path tmp;

    @Test
    void theBridgesSendCommonsLoggingAndLog4jToSlf4j() {
        assertThat(org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.Test").getClass().getName()).contains("Slf4j");
        assertThat(org.apache.logging.log4j.LogManager.getFactory().getClass().getName()).contains("slf4j");
    }

    @Test
    void anImportsLibraryLinesGoToTheLogFileAndTheWarningIsPrintedOnce() throws Exception {
        Path docx = Path.of("../shared/corpus/en-qualcoder-example-ID1.docx");
        assumeThat(Files.isRegularFile(docx)).as("the shared corpus").isTrue();
        Path files = Files.createDirectories(tmp.resolve("in"));
        Files.copy(docx, files.resolve("id1.docx"));
        Files.write(files.resolve("w1252.txt"), "Interviewer: Hvad skete der?\nAnna: Vi l\u00e6rte af fejl.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path home = tmp.resolve("home");
        Path project = tmp.resolve("p.passage");
        assertThat(main(home, "init", project.toString(), "--name", "p", "--language", "da").exit).isZero();
        Run r = main(home, "import", project.toString(), files.resolve("id1.docx").toString(), files.resolve("w1252.txt").toString());
        assertThat(r.exit).as(r.err).isZero();
        // a library or core log line on the terminal would start with its level (slf4j-simple: "WARN Name - ...")
        assertThat(r.err).doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("log4j").doesNotContain("Unable to call close");
        assertThat(r.out.split("not UTF-8", -1)).as(r.out).hasSize(2);
        assertThat(Files.readString(home.resolve("logs/last-run.log"))).contains("WARN").contains("Windows-1252");
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs PassageCli.main in its own JVM (its logging is set up before the first logger), with PASSAGE_HOME = home. */
    private Run main(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
            "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), PassageCli.class.getName()));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PASSAGE_HOME", home.toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
