package dev.passage.cli;

import dev.passage.TestProjects;
import dev.passage.model.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `docs DIR rename|delete|move` and `sets DIR add|list|remove|rename`, and `--set` as a filter of search and export. */
class DocumentsCliTest {
    @TempDir
    Path tmp;
    String project;

    @BeforeEach
    void project() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            TestProjects.importText(s, tmp, "Anna leader", "Anna talks about mistakes.");
            TestProjects.importText(s, tmp, "Bo staff", "Bo talks about mistakes too.");
            long c = TestProjects.importText(s, tmp, "Cai staff", "Cai has no mistakes.");
            long code = s.codebook().add(null, "Blame", "#cc0000", dev.passage.model.CodeDescription.EMPTY).id();
            s.coding().apply(c, 0, 3, code);
        }
        project = tmp.resolve("test.passage").toString();
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        return r;
    }

    @Test
    void renameRefusesATakenNameNamingBoth() {
        CliRun clash = CliRun.of("docs", project, "rename", "Anna", "bo STAFF");
        assertThat(clash.code()).isEqualTo(3);
        assertThat(clash.err()).contains("\"Anna leader\"").contains("\"Bo staff\"");

        assertThat(ok("docs", project, "rename", "Anna", "Anna, leader").out()).contains("Renamed \"Anna leader\" to \"Anna, leader\"");
        assertThat(ok("docs", project).out()).contains("Anna, leader").doesNotContain("Anna leader");
    }

    @Test
    void deleteWithoutForceSaysWhatWouldGoAndDeletesNothing() {
        CliRun dry = CliRun.of("docs", project, "delete", "Cai");
        assertThat(dry.code()).isEqualTo(3);
        assertThat(dry.err()).contains("\"Cai staff\"").contains("1 codings").contains("--force");
        assertThat(ok("docs", project).out()).contains("Cai staff");

        assertThat(ok("docs", project, "delete", "Cai", "--force").out()).contains("Deleted \"Cai staff\" with 1 codings");
        assertThat(ok("docs", project).out()).doesNotContain("Cai staff").contains("2 documents");
    }

    @Test
    void moveChangesTheOrderOfDocs() {
        ok("docs", project, "move", "Cai", "--to", "1");
        String list = ok("docs", project).out();
        assertThat(list.indexOf("Cai staff")).isLessThan(list.indexOf("Anna leader"));
        assertThat(CliRun.of("docs", project, "move", "Cai", "--to", "9").err()).contains("3 documents");
    }

    @Test
    void setsAreManagedAndFilterSearchAndExport() throws Exception {
        assertThat(ok("sets", project, "add", "Staff", "Bo", "Cai").out()).contains("Created the set \"Staff\"").contains("added 2");
        assertThat(ok("sets", project, "list").out()).contains("Staff (2 documents)").contains("  Bo staff").contains("  Cai staff");
        assertThat(ok("docs", project).out()).contains("[Staff]");

        assertThat(ok("search", project, "mistakes", "--set", "staff").out()).contains("2 hits").doesNotContain("Anna");
        CliRun unknown = CliRun.of("search", project, "mistakes", "--set", "Leaders");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("\"Leaders\"").contains("\"Staff\"");

        Path csv = tmp.resolve("x.csv");
        ok("export", project, "--out", csv.toString(), "--set", "Staff");
        assertThat(java.nio.file.Files.readString(csv)).contains("Cai staff");

        ok("sets", project, "remove", "Staff", "Cai");
        assertThat(ok("search", project, "mistakes", "--set", "Staff").out()).contains("1 hits");
        ok("sets", project, "rename", "Staff", "Staff, round 1");
        ok("sets", project, "remove", "Staff, round 1");
        assertThat(ok("sets", project, "list").out()).contains("0 sets");
    }
}
