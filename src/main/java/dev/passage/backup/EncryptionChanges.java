package dev.passage.backup;

import dev.passage.security.ProjectKey;
import dev.passage.store.ProjectEncryption;

import java.nio.file.Path;

/**
 * Encrypting, decrypting and re-keying a closed project in place, each followed by {@link BackupsAfterEncryptionChange}: the old
 * backups (which hold the project as it was) go and one fresh, verified backup of the converted project takes their place.
 */
public final class EncryptionChanges {
    private EncryptionChanges() {
    }

    /** Encrypts the plain project in {@code folder} with {@code key}. */
    public static BackupsAfterEncryptionChange.Result encrypt(Path folder, ProjectKey key) {
        ProjectEncryption.encrypt(folder, key);
        return BackupsAfterEncryptionChange.replace(folder, key);
    }

    /** Removes the encryption of the project in {@code folder}, which opens with {@code key}. */
    public static BackupsAfterEncryptionChange.Result decrypt(Path folder, ProjectKey key) {
        ProjectEncryption.decrypt(folder, key);
        return BackupsAfterEncryptionChange.replace(folder, null);
    }

    /** Gives the encrypted project in {@code folder} the key {@code fresh} in place of {@code old}. */
    public static BackupsAfterEncryptionChange.Result changeKey(Path folder, ProjectKey old, ProjectKey fresh) {
        ProjectEncryption.changeKey(folder, old, fresh);
        return BackupsAfterEncryptionChange.replace(folder, fresh);
    }
}
