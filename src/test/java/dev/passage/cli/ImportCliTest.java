package dev.passage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `passage import` of a folder: re-imports skip, README-like files are left out (--all takes them), project folders never walked. */
class ImportCliTest {
    private static final String TALK = "Interviewer: Hvad sker der?\n\nLeder: Vi lærer af fejl.\n";

    @TempDir
    Path tmp;

    @Test
    void reimportingAFolderReportsTheFilesAsSkippedAndExitsZero() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TALK);
        Files.writeString(in.resolve("b.txt"), TALK);
        String p = tmp.resolve("study.passage").toString();
        assertThat(CliRun.of("init", p, "--name", "Study", "--language", "da").code()).isZero();
        assertThat(CliRun.of("import", p, in.toString()).code()).isZero();

        CliRun again = CliRun.of("import", p, in.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 imported, 0 failed, 2 skipped").contains("skipped 2 already imported").doesNotContain("FAILED");
        assertThat(again.err()).isEmpty();
    }

    @Test
    void aFolderImportLeavesOutReadmeLikeFilesAndSaysSoUnlessAll() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TALK);
        Files.writeString(in.resolve("README.md"), "# About");
        Files.writeString(in.resolve("AUTHORS.txt"), "Anna");
        String p = tmp.resolve("study.passage").toString();
        assertThat(CliRun.of("init", p, "--name", "Study", "--language", "da").code()).isZero();

        CliRun first = CliRun.of("import", p, in.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("imported a").contains("README.md: skipped, likely not a transcript")
                               .contains("2 left out as no transcript or hidden (--all imports them)");
        assertThat(CliRun.of("docs", p, "--json").json()).hasSize(1);

        CliRun all = CliRun.of("import", p, in.toString(), "--all");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).contains("2 imported").contains("skipped 1 already imported");
        assertThat(CliRun.of("docs", p, "--json").json()).hasSize(3);
    }

    @Test
    void aFolderImportNeverWalksIntoTheProjectItImportsInto() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TALK);
        Path project = in.resolve("study.passage");
        assertThat(CliRun.of("init", project.toString(), "--name", "Study", "--language", "da").code()).isZero();
        Files.writeString(project.resolve("stray.txt"), TALK);
        Files.createDirectories(in.resolve("other.passage"));
        Files.writeString(in.resolve("other.passage/inside.txt"), TALK);

        CliRun run = CliRun.of("import", project.toString(), in.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 imported, 0 failed").contains("study.passage: skipped, a Passage project folder")
                             .contains("other.passage: skipped, a Passage project folder").doesNotContain("stray").doesNotContain("inside");
    }
}
