package dev.passage.ui.start;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecentProjectsTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheMostRecentFirstAcrossRestarts() throws Exception {
        Path settings = dir.resolve("settings");
        RecentProjects recents = new RecentProjects(settings);
        assertThat(recents.list()).isEmpty();
        recents.add(dir.resolve("a.passage"), "Study A");
        recents.add(dir.resolve("b.passage"), "Study B");
        recents.add(dir.resolve("x/../a.passage"), "Study A renamed"); // the same folder moves up

        RecentProjects reloaded = new RecentProjects(settings);
        assertThat(reloaded.list()).extracting(RecentProjects.Entry::name).containsExactly("Study A renamed", "Study B");
        assertThat(reloaded.list().getFirst().folder()).isEqualTo(dir.resolve("a.passage").toAbsolutePath().normalize());
        assertThat(Files.readString(settings.resolve("recent.json"))).contains("Study B");

        reloaded.remove(dir.resolve("a.passage"));
        assertThat(new RecentProjects(settings).list()).extracting(RecentProjects.Entry::name).containsExactly("Study B");
    }

    @Test
    void keepsAtMostTen() {
        RecentProjects recents = new RecentProjects(dir);
        for (int i = 1; i <= 12; i++) {
            recents.add(dir.resolve("p" + i + ".passage"), "Project " + i);
        }
        assertThat(new RecentProjects(dir).list()).hasSize(RecentProjects.MAX)
            .extracting(RecentProjects.Entry::name).startsWith("Project 12", "Project 11").endsWith("Project 3");
    }

    @Test
    void aCorruptFileStartsAnEmptyListThatCanBeSavedAgain() throws Exception {
        Files.writeString(dir.resolve("recent.json"), "{\"projects\": [ {\"path\": \"/x\", ");
        RecentProjects recents = new RecentProjects(dir);
        assertThat(recents.list()).isEmpty();
        recents.add(dir.resolve("c.passage"), "Study C");
        assertThat(new RecentProjects(dir).list()).extracting(RecentProjects.Entry::name).containsExactly("Study C");
    }

    @Test
    void unreadableEntriesAreDroppedAndTheRestKept() throws Exception {
        Files.writeString(dir.resolve("recent.json"), """
            {"version": 1, "projects": [
              {"path": "/studies/one.passage", "name": "One", "opened": "yesterday"},
              {"name": "no path"},
              {"path": "/studies/two.passage", "name": "Two", "opened": "2026-01-02T10:00:00Z"},
              42
            ]}""");
        assertThat(new RecentProjects(dir).list()).extracting(RecentProjects.Entry::name).containsExactly("Two");
        Files.writeString(dir.resolve("recent.json"), "[1, 2, 3]");
        assertThat(new RecentProjects(dir).list()).isEmpty();
    }
}
