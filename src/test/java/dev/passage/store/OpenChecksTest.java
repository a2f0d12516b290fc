package dev.passage.store;

import dev.passage.errors.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.passage.errors.DamagedProjectException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The words and kinds of the open checks (the file-permission cases run as any user: root ignores permissions). */
class OpenChecksTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderThatRefusesWritingIsADiskProblemWithItsOwnWords() {
        StoreException e = OpenChecks.lockFailure(tmp, new AccessDeniedException(tmp.resolve(".passage.lock").toString()));
        assertThat(e.kind()).isEqualTo(ErrorKind.DISK);
        assertThat(e.getMessage()).contains("is read-only").contains(tmp.toString()).doesNotContain(".passage.lock");
    }

    @Test
    void aVanishedFolderAndAFullDiskSaySo() {
        Path gone = tmp.resolve("gone.passage");
        assertThat(OpenChecks.diskFailure(gone, new IOException("x")).getMessage()).contains("is gone");
        StoreException full = OpenChecks.diskFailure(tmp, new IOException("No space left on device"));
        assertThat(full.kind()).isEqualTo(ErrorKind.DISK);
        assertThat(full.getMessage()).contains("is full");
    }

    @Test
    void aMarkAheadOfTheDatabaseIsRefusedAndALaggingOneIsNot() throws IOException {
        Path project = tmp.resolve("p.passage");
        ProjectStore.create(project, "P", dev.passage.model.Language.EN).close();
        long version = DataVersionMark.read(project).orElseThrow();
        assertThat(version).isPositive();

        DataVersionMark.write(project, version - 1); // a mark that lags (after a crash) is fine
        ProjectStore.open(project).close();
        assertThat(DataVersionMark.read(project).orElseThrow()).isEqualTo(version);

        DataVersionMark.write(project, version + 5);
        assertThatThrownBy(() -> ProjectStore.open(project)).isInstanceOf(DamagedProjectException.class)
            .hasMessageContaining("went back in time").hasMessageContaining("passage restore");
        // refused without taking the lock or changing the mark
        assertThat(DataVersionMark.read(project).orElseThrow()).isEqualTo(version + 5);
        Files.delete(project.resolve(DataVersionMark.FILE)); // a project without a mark (made before it existed) opens
        ProjectStore.open(project).close();
    }

    @Test
    void aConnectionRefusedForAnotherReasonIsAnErrorInWordsNotANullPointer() {
        Path project = tmp.resolve("p.passage");
        ProjectStore.create(project, "P", dev.passage.model.Language.EN).close();
        org.h2.jdbcx.JdbcDataSource wrongUser = new org.h2.jdbcx.JdbcDataSource();
        wrongUser.setURL("jdbc:h2:file:" + project.resolve("project").toAbsolutePath() + ";IFEXISTS=TRUE");
        wrongUser.setUser("nobody");
        assertThatThrownBy(() -> OpenChecks.checkVersion(project, wrongUser))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("could not be prepared").hasMessageContaining("Wrong user name or password");
    }
}
