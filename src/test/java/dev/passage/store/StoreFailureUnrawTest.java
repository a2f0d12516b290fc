package dev.passage.store;

import dev.passage.errors.ErrorKind;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A raw H2 error never reaches the user as it is: it becomes a StoreException with a kind and a sentence. */
class StoreFailureUnrawTest {
    @Test
    void aRawMvStoreErrorBecomesAStoreExceptionWithItsKind() {
        RuntimeException raw = DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed", "project.mv.db");
        RuntimeException shown = StoreFailure.unraw(raw, "saving a change");
        assertThat(shown).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.DISK);
            assertThat(e.getMessage()).startsWith("The project database failed while saving a change (Writing to project.mv.db failed");
            assertThat(e.getCause()).isSameAs(raw);
        });
        RuntimeException corrupt = DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "File corrupted in chunk {0}", 7);
        assertThat(StoreFailure.unraw(corrupt, "reading")).isInstanceOfSatisfying(StoreException.class,
                                                                                   e -> assertThat(e.kind()).isEqualTo(ErrorKind.DAMAGED));
    }

    @Test
    void passageAndProgrammingErrorsPassThrough() {
        StoreException own = new StoreException(ErrorKind.BAD_INPUT, "no such code");
        assertThat(StoreFailure.unraw(own, "saving")).isSameAs(own);
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(StoreFailure.unraw(bug, "saving")).isSameAs(bug);
    }
}
