package dev.passage.session;

import dev.passage.model.Language;
import dev.passage.search.LuceneSearchIndex;
import dev.passage.store.ProjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a project's search index lives: a plain project keeps it in its {@code index/} folder; an encrypted one only in
 * memory, rebuilt from the database on every open (docs/decisions/0011-encryption-at-rest.md), so no index file ever holds
 * its words. An index folder found in an encrypted project (left by an older version or a crash) is deleted.
 */
final class EncryptedIndex {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedIndex.class);

    private EncryptedIndex() {
    }

    static LuceneSearchIndex indexFor(ProjectStore store, Language language) throws IOException {
        if (!store.encrypted()) {
            return LuceneSearchIndex.open(store.indexFolder(), language);
        }
        deleteFolder(store.indexFolder());
        return LuceneSearchIndex.inMemory(language);
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        LOG.info("deleting the on-disk index {} of an encrypted project", folder);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
