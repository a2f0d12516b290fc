package dev.passage.session;

import dev.passage.search.IndexOpener;
import org.apache.lucene.store.Directory;
import java.util.function.UnaryOperator;

import dev.passage.model.Language;
import dev.passage.search.EncryptingDirectory;
import dev.passage.search.LuceneSearchIndex;
import dev.passage.security.ProjectKey;
import dev.passage.store.ProjectBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a project's search index lives (docs/decisions/0011-encryption-at-rest.md): a plain project keeps it in its
 * {@code index/} folder; an encrypted one in {@value #ENCRYPTED_FOLDER}/ through an {@link EncryptingDirectory} (AES-CTR
 * with a key derived from the project key), or, with {@code -Dpassage.encryptedIndex=memory}, only in memory, rebuilt from
 * the database on every open. Either way no index file of an encrypted project holds its words: a plain {@code index/}
 * folder found in an encrypted project (left by an older version or a crash) is deleted, and so is an encrypted one in a
 * plain project.
 */
final class EncryptedIndex {
    static final String ENCRYPTED_FOLDER = "index.aes";
    /** The purpose the index key is derived for (changing it makes every encrypted index unreadable, so rebuilt). */
    static final String KEY_PURPOSE = "passage lucene index v1";
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedIndex.class);

    private EncryptedIndex() {
    }

    /** True when encrypted projects keep their index only in memory ({@code -Dpassage.encryptedIndex=memory}). */
    static boolean inMemory() {
        return "memory".equals(System.getProperty("passage.encryptedIndex", "disk").toLowerCase(Locale.ROOT));
    }

    /**
     * How the session opens (and, after damage, re-creates) the project's index. The index key of an encrypted project is
     * derived once and kept for the session, since a damaged index may have to be made anew after the password is gone.
     */
    static IndexOpener openerFor(ProjectBackend store, Language language, ProjectKey key) throws IOException {
        return openerFor(store, store.indexFolder(), language, key);
    }

    /** As {@link #openerFor(ProjectBackend, Language, ProjectKey)} with the plain index in {@code plainFolder}. */
    static IndexOpener openerFor(ProjectBackend store, Path plainFolder, Language language, ProjectKey key) throws IOException {
        Path encryptedFolder = store.folder().resolve(ENCRYPTED_FOLDER);
        if (!store.encrypted()) {
            deleteFolder(encryptedFolder);
            return fresh -> fresh ? LuceneSearchIndex.recreate(plainFolder, language) : LuceneSearchIndex.open(plainFolder, language);
        }
        deleteFolder(plainFolder);
        if (inMemory() || key == null) {
            deleteFolder(encryptedFolder);
            return fresh -> LuceneSearchIndex.inMemory(language);
        }
        byte[] indexKey = key.derive(KEY_PURPOSE);
        UnaryOperator<Directory> encrypting = d -> new EncryptingDirectory(d, indexKey);
        return fresh -> fresh ? LuceneSearchIndex.recreate(encryptedFolder, language, encrypting)
                              : LuceneSearchIndex.open(encryptedFolder, language, encrypting);
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            LOG.info("deleting the index folder {}, which does not match the project's encryption", folder);
            dev.passage.files.Trees.delete(folder);
        }
    }
}
