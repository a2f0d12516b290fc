package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.sample.SampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** `passage check`: exit 0 and a one-line verdict on a sound project, exit 4 and findings in words on a damaged one, never a trace. */
class CheckCommandTest {
    @TempDir
    static Path tmp;
    static Path project;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void buildSample() throws Exception {
        project = tmp.resolve("sample.passage");
        SampleStudy.build(project, false);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals(".passage.lock")) {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void aSoundProjectExitsZero() throws Exception {
        CliRun r = run("check", project.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("sample.passage is sound (16 documents checked)");
        JsonNode json = new ObjectMapper().readTree(run("check", project.toString(), "--json").out());
        assertThat(json.get("verdict").asText()).isEqualTo("ok");
        assertThat(json.get("documents").asInt()).isEqualTo(16);
    }

    @Test
    void aDamagedProjectExitsFourWithFindingsInWords() throws Exception {
        Path p = tmp.resolve("damaged.passage");
        copy(project, p);
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + p.resolve("project").toAbsolutePath(), "sa", "");
             var st = c.createStatement()) {
            st.execute("UPDATE coding SET end_offset = 1000000 WHERE id = (SELECT MIN(id) FROM coding)");
        }
        CliRun r = run("check", p.toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.out()).containsPattern("DAMAGED  database: Document '.+': coding \\d+ ends at 1,000,000, past the end of its [\\d,]+-character text");
        assertThat(r.out()).contains("damaged.passage is damaged. Restore it from a backup");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anUnopenableDatabaseIsDamagedNotAStackTrace() throws Exception {
        Path p = tmp.resolve("noise.passage");
        copy(project, p);
        try (RandomAccessFile f = new RandomAccessFile(p.resolve("project.mv.db").toFile(), "rw")) {
            f.seek(0);
            f.write(new byte[8192]);
            f.seek(f.length() - 4096); // both headers (start and end of the file) gone
            f.write(new byte[4096]);
        }
        CliRun r = run("check", p.toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.out()).contains("DAMAGED  database: H2 cannot open project.mv.db");
        assertThat(r.out() + r.err()).doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutAProjectIsBadInput() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun r = run("check", empty.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("is not a Passage project");
    }
}
