package dev.passage.security;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;

import dev.passage.errors.Text;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The key of an encrypted project, derived from its password with PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} iterations).
 * H2 takes it as the "file password" of its AES file encryption (written as 64 hex digits, so a password may hold any
 * character, spaces included). The salt is fixed for every Passage project, so a project's database (and each backup of it)
 * opens with its password alone; H2 adds a random salt of its own per file. Hold one only while opening or converting a
 * project and {@link #destroy()} it after.
 */
public final class ProjectKey implements AutoCloseable {
    static final int ITERATIONS = 210_000;
    private static final byte[] SALT = "dev.passage project key, v1".getBytes(StandardCharsets.US_ASCII);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final char[] filePassword;

    private ProjectKey(char[] filePassword) {
        this.filePassword = filePassword;
    }

    /** Derives the key from {@code password}; the caller clears its array when done. An empty password is refused. */
    public static ProjectKey fromPassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("store.passwordEmptyEncryptedProject"));
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        byte[] key = null;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = new char[key.length * 2];
            for (int i = 0; i < key.length; i++) {
                hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[key[i] & 0xf];
            }
            return new ProjectKey(hex);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** H2's file password (a copy; H2 clears what it is given), for the store alone. */
    public char[] filePassword() {
        return filePassword.clone();
    }

    /** H2's connection password: the file password, a space, and the (empty) user password (for the store alone). */
    public char[] connectionPassword() {
        char[] p = Arrays.copyOf(filePassword, filePassword.length + 1);
        p[filePassword.length] = ' ';
        return p;
    }

    /**
     * A 256-bit key for {@code purpose} (e.g. the search index), derived from this one with HMAC-SHA256 so that no two uses
     * share a key. The caller clears the array after use.
     */
    public byte[] derive(String purpose) {
        byte[] secret = new byte[filePassword.length];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) filePassword[i];
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HmacSHA256", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** A copy that lives (and is destroyed) on its own, for a store that must open copies of its database later. */
    public ProjectKey copy() {
        return new ProjectKey(filePassword.clone());
    }

    public void destroy() {
        Arrays.fill(filePassword, '\0');
    }

    @Override
    public void close() {
        destroy();
    }
}
