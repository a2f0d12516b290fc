package dev.passage.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An export is in place whole or not at all. */
class AtomicFileTest {
    @TempDir
    Path tmp;

    @Test
    void aFailureMidWayLeavesNoFileAndNoLeftovers() {
        Path target = tmp.resolve("excerpts.csv");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("coding_id,text\r\n1,half".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        })).isInstanceOf(ExportException.class).hasMessageContaining("excerpts.csv").hasMessageContaining("disk full");
        assertThat(target).doesNotExist();
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aFailedExportKeepsThePreviousFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("report.html"), "the old report");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new ExportException("There is no code \"X\" in the codebook");
        })).isInstanceOf(ExportException.class).hasMessageContaining("no code");
        assertThat(target).hasContent("the old report");
        assertThat(tmp.toFile().list()).containsExactly("report.html");
    }

    @Test
    void theNextWriteRemovesWhatAKilledWriteLeftButNotOtherFiles() throws IOException {
        Path target = tmp.resolve("out.qdpx");
        Files.writeString(tmp.resolve(".out.qdpx.3f9a0c2be41d77aa.part"), "half of a killed export");
        Files.writeString(tmp.resolve(".out.qdpx.12.part"), "another");
        Files.writeString(tmp.resolve(".other.qdpx.3f9a0c2be41d77aa.part"), "not ours: another target");
        Files.writeString(tmp.resolve(".out.qdpx.notes.part"), "not ours: no hex");
        AtomicFile.write(target, out -> {
            out.write("PK".getBytes(StandardCharsets.UTF_8));
            return new ExportReport(0, 0);
        });
        assertThat(tmp.toFile().list()).containsExactlyInAnyOrder("out.qdpx", ".other.qdpx.3f9a0c2be41d77aa.part", ".out.qdpx.notes.part");
    }

    @Test
    void aFinishedExportReplacesTheTarget() throws IOException {
        Path target = Files.writeString(tmp.resolve("out.json"), "old");
        ExportReport r = AtomicFile.write(target, out -> {
            out.write("[]".getBytes(StandardCharsets.UTF_8));
            return new ExportReport(0, 0);
        });
        assertThat(r.rows()).isZero();
        assertThat(target).hasContent("[]");
        assertThat(tmp.toFile().list()).containsExactly("out.json");
        Path fresh = tmp.resolve("fresh.csv");
        AtomicFile.write(fresh, out -> new ExportReport(0, 0));
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        if (fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) { // same permissions as any new file, not owner-only
            assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsNamed() {
        assertThatThrownBy(() -> AtomicFile.write(tmp.resolve("no/such/dir/x.csv"), out -> new ExportReport(0, 0)))
            .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AtomicFile.write(tmp, out -> new ExportReport(0, 0)))
            .isInstanceOf(ExportException.class).hasMessageContaining("is a folder");
    }

    @Test
    void anExportThatFailsInsideTheStoreLeavesNoFile(@TempDir Path project) throws Exception {
        try (ExportFixture fx = new ExportFixture(project)) {
            Path target = tmp.resolve("x.xlsx");
            assertThatThrownBy(() -> AtomicFile.write(target, out -> fx.service().table(TableFormat.XLSX, ExcerptFilter.ALL,
                                                                                          List.of("no_such_variable"), out)))
                .isInstanceOf(ExportException.class).hasMessageContaining("no_such_variable");
            assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                fx.service().table(TableFormat.CSV, ExcerptFilter.ALL, List.of(), out); // a complete table, then a failure
                throw new IOException("the disk filled up");
            })).isInstanceOf(ExportException.class);
            assertThat(tmp.toFile().list()).isEmpty();
        }
    }
}
