package dev.passage.session;

import dev.passage.TestProjects;
import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportOutcome.Status;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Folder import through a project: progress, per-file atomicity, and the rest of the folder going on after a bad file. */
class ImportServiceTest {
    @TempDir
    Path tmp;

    @Test
    void folderImportReportsProgressAndKeepsGoingPastBadFiles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(tmp.resolve("in/a-leader.txt"), "Interviewer: Fortæl om en fejl.\n\nLeder: Vi lærer af fejl.\n");
        Files.write(tmp.resolve("in/b-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2, 3});
        Files.writeString(tmp.resolve("in/c-empty.txt"), "");
        Files.write(tmp.resolve("in/d-broken.docx"), "this is not a zip".getBytes());
        Files.writeString(in.resolve("e-staff.srt"), "1\n00:00:01,000 --> 00:00:02,500\nVi skjuler fejl.\n");
        Files.writeString(tmp.resolve("in/.hidden.txt"), "ignored");
        Files.writeString(tmp.resolve("in/notes.xlsx.tmp"), "ignored");

        try (var s = TestProjects.create(tmp, Language.DA)) {
            List<String> events = new ArrayList<>();
            var report = s.imports().importPaths(List.of(tmp.resolve("in")), new ImportListener() {
                @Override
                public void started(int n) {
                    events.add("start " + n);
                }

                @Override
                public void fileDone(ImportOutcome o, int i, int n) {
                    events.add((i + 1) + "/" + n + " " + o.status());
                }
            });
            assertThat(events).containsExactly("start 5", "1/5 IMPORTED", "2/5 FAILED", "3/5 FAILED", "4/5 FAILED", "5/5 IMPORTED");
            assertThat(report.count(Status.SKIPPED)).isEqualTo(2); // the hidden file and the .tmp file, each with its reason
            assertThat(report.failures()).extracting(ImportOutcome::message).satisfiesExactly(
                m -> assertThat(m).startsWith("b-binary.txt: "),
                m -> assertThat(m).startsWith("c-empty.txt: "),
                m -> assertThat(m).startsWith("d-broken.docx: "));
            var docs = s.documents().summaries();
            assertThat(docs).extracting(d -> d.name()).containsExactly("a-leader", "e-staff");
            assertThat(s.search().search("fejl", SearchFilters.NONE, 10).totalHits()).isEqualTo(3);
        }
    }

    @Test
    void reimportingTheSameFileIsSkippedAndStoresNothing() throws Exception {
        Path f = TestProjects.write(tmp, "a.txt", "Leder: Hej.\n\nInterviewer: Hej hej.\n\nLeder: Ja.");
        try (var s = TestProjects.create(tmp, Language.DA)) {
            assertThat(s.imports().importFile(f).status()).isEqualTo(Status.IMPORTED);
            long version = SessionStores.of(s).database().dataVersion();
            ImportOutcome again = s.imports().importFile(f);
            assertThat(again.status()).isEqualTo(Status.SKIPPED);
            assertThat(again.alreadyImported()).isTrue();
            assertThat(again.message()).contains("a.txt").contains("already in the project as \"a\"");
            assertThat(SessionStores.of(s).database().dataVersion()).isEqualTo(version);
        }
    }

    @Test
    void theSameInterviewInSeveralFormatsGetsDistinctNames() throws Exception {
        Path txt = TestProjects.write(tmp, "in/interview.txt", "[00:01.000 --> 00:02.000]  Hello there.\n[00:03.000 --> 00:04.000]  Hi.");
        Path srt = TestProjects.write(tmp, "in/interview.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,000\nHi.\n");
        try (var s = TestProjects.create(tmp, Language.EN)) {
            var report = s.imports().importPaths(List.of(srt, txt), ImportListener.NONE);
            assertThat(report.outcomes()).extracting(ImportOutcome::documentName).containsExactly("interview.srt", "interview.txt");
            assertThat(s.imports().importFile(tmp.resolve("in/../in/interview.txt")).message()).contains("already in the project");
        }
    }

    @Test
    void cancellingStopsBeforeTheNextFile() throws Exception {
        for (int i = 0; i < 5; i++) {
            TestProjects.write(tmp, "in/f" + i + ".txt", "Text number " + i);
        }
        try (var s = TestProjects.create(tmp, Language.EN)) {
            int[] done = {0};
            var report = s.imports().importPaths(List.of(tmp.resolve("in")), new ImportListener() {
                @Override
                public void fileDone(ImportOutcome o, int i, int n) {
                    done[0]++;
                }
            }, () -> done[0] >= 2);
            assertThat(report.cancelled()).isTrue();
            int count = s.documents().count();
            assertThat(count).isEqualTo(2);
        }
    }
}
