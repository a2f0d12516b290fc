package dev.passage.backup;

import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Automatic backups: one after opening when the data is newer than the newest backup, then one after a spell of edits. */
class AutoBackupTest {
    @TempDir
    Path tmp;

    @Test
    void backsUpOnOpenAndAfterEditsWithoutBlockingThem() throws Exception {
        List<String> failures = new CopyOnWriteArrayList<>();
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p.passage"), "P", Language.EN)) {
            BackupService service = new BackupService(store);
            AutoBackup auto = new AutoBackup(service, store.database(), 300, failures::add);
            auto.start(0);
            waitFor(() -> service.catalog().list().size() == 1);
            assertThat(service.catalog().list().getFirst().dataVersion()).isEqualTo(store.database().dataVersion());

            long t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                int n = i;
                store.database().write(tx -> tx.codes().insert(null, "Code " + n, "#E69F00", CodeDescription.EMPTY, n));
            }
            assertThat((System.nanoTime() - t0) / 1_000_000).as("edits do not wait for a backup").isLessThan(5_000);
            waitFor(() -> service.catalog().list().size() == 2);
            assertThat(service.catalog().list().getFirst().dataVersion()).isEqualTo(store.database().dataVersion());
            auto.close();
            store.database().write(tx -> tx.codes().insert(null, "After", "#E69F00", CodeDescription.EMPTY, 9));
            Thread.sleep(600);
            assertThat(service.catalog().list()).as("no backups after close").hasSize(2);
        }
        assertThat(failures).isEmpty();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
