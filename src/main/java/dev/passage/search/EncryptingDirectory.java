package dev.passage.search;

import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.zip.CRC32;

/**
 * A Lucene directory whose files are encrypted with AES-256 in CTR mode: each file starts with its own random 16-byte
 * initial counter block, followed by the ciphertext, as long as the plaintext. CTR allows the random access reads Lucene
 * needs (the counter of any byte is the initial block plus its offset / 16), and Lucene writes every file once and never
 * rewrites it, so a counter is never used twice with one key. CTR gives secrecy, not integrity: Lucene's own CRC32 footers
 * catch damage (and a wrong key), not a deliberate forgery. Checksums are of the plaintext, as Lucene expects.
 */
public final class EncryptingDirectory extends FilterDirectory {
    static final int HEADER = 16;
    private static final int CHUNK = 8192;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param key 32 bytes (copied; the caller clears its array) */
    public EncryptingDirectory(Directory in, byte[] key) {
        super(in);
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new EncryptingOutput(in.createOutput(name, context), key);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new EncryptingOutput(in.createTempOutput(prefix, suffix, context), key);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        IndexInput raw = in.openInput(name, context);
        try {
            if (raw.length() < HEADER) {
                throw new org.apache.lucene.index.CorruptIndexException("shorter than its encryption header", raw);
            }
            byte[] iv = new byte[HEADER];
            raw.readBytes(iv, 0, HEADER);
            return new DecryptingInput("encrypted(" + raw + ")", raw, key, iv, raw.length() - HEADER,
                                       BufferedIndexInput.bufferSize(context));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public long fileLength(String name) throws IOException {
        return Math.max(0, in.fileLength(name) - HEADER);
    }

    /** Copies through this directory (FilterDirectory would hand the plaintext straight to the folder underneath). */
    @Override
    public void copyFrom(Directory from, String src, String dest, IOContext context) throws IOException {
        try (IndexInput is = from.openInput(src, context); IndexOutput os = createOutput(dest, context)) {
            os.copyBytes(is, is.length());
        }
    }

    static Cipher cipher(int mode, SecretKeySpec key, byte[] iv) throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(mode, key, new IvParameterSpec(iv));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES/CTR is not available: " + e.getMessage(), e);
        }
    }

    private static final byte[] SKIP = new byte[16];

    /** The counter block of byte {@code position}: {@code iv} plus {@code position / 16}, as a 128-bit big-endian number. */
    static byte[] counterAt(byte[] iv, long position) {
        byte[] c = iv.clone();
        long add = position >>> 4;
        int carry = 0;
        for (int i = 15; i >= 0; i--) {
            int sum = (c[i] & 0xff) + (int) (add & 0xff) + carry;
            c[i] = (byte) sum;
            carry = sum >>> 8;
            add >>>= 8;
        }
        return c;
    }

    private static final class EncryptingOutput extends IndexOutput {
        private final IndexOutput out;
        private final Cipher cipher;
        private final CRC32 crc = new CRC32();
        private final byte[] plain = new byte[CHUNK];
        private final byte[] sealed = new byte[CHUNK];
        private int buffered;
        private long written;

        EncryptingOutput(IndexOutput out, SecretKeySpec key) throws IOException {
            super("encrypted(" + out + ")", out.getName());
            this.out = out;
            byte[] iv = new byte[HEADER];
            RANDOM.nextBytes(iv);
            this.cipher = cipher(Cipher.ENCRYPT_MODE, key, iv);
            out.writeBytes(iv, 0, HEADER);
        }

        @Override
        public void writeByte(byte b) throws IOException {
            if (buffered == CHUNK) {
                flush();
            }
            plain[buffered++] = b;
            crc.update(b);
            written++;
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            crc.update(b, offset, length);
            written += length;
            while (length > 0) {
                if (buffered == CHUNK) {
                    flush();
                }
                int n = Math.min(length, CHUNK - buffered);
                System.arraycopy(b, offset, plain, buffered, n);
                buffered += n;
                offset += n;
                length -= n;
            }
        }

        private void flush() throws IOException {
            try {
                int n = cipher.update(plain, 0, buffered, sealed, 0);
                out.writeBytes(sealed, 0, n);
            } catch (GeneralSecurityException e) {
                throw new IOException("encrypting " + getName() + ": " + e.getMessage(), e);
            }
            buffered = 0;
        }

        @Override
        public long getFilePointer() {
            return written;
        }

        @Override
        public long getChecksum() {
            return crc.getValue();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flush();
            }
        }
    }

    private static final class DecryptingInput extends BufferedIndexInput {
        private IndexInput raw;
        private final SecretKeySpec key;
        private final byte[] iv;
        private final long length;
        private boolean clone;
        private byte[] sealed = new byte[0];
        /** This input's own cipher (a clone makes its own: a Cipher is not shared between threads), set to each read's counter. */
        private Cipher cipher;
        /** Where the cipher's keystream stands: a read that starts here continues it without a new counter. */
        private long next = -1;

        /** @param bufferSize Lucene's for the context (1 KB for searches: a random read decrypts no more than that) */
        DecryptingInput(String description, IndexInput raw, SecretKeySpec key, byte[] iv, long length, int bufferSize) {
            super(description, bufferSize);
            this.raw = raw;
            this.key = key;
            this.iv = iv;
            this.length = length;
        }

        @Override
        protected void readInternal(ByteBuffer b) throws IOException {
            long position = getFilePointer();
            int n = b.remaining();
            if (position + n > length) {
                throw new java.io.EOFException("read past EOF: " + this);
            }
            if (sealed.length < n) {
                sealed = new byte[Math.max(n, CHUNK)];
            }
            raw.seek(HEADER + position);
            raw.readBytes(sealed, 0, n);
            try {
                if (position != next || cipher == null) {
                    next = -1;
                    if (cipher == null) {
                        cipher = cipher(Cipher.DECRYPT_MODE, key, counterAt(iv, position));
                    } else {
                        cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(counterAt(iv, position)));
                    }
                    int skip = (int) (position & 15);
                    if (skip > 0) {
                        cipher.update(SKIP, 0, skip);
                    }
                }
                cipher.update(ByteBuffer.wrap(sealed, 0, n), b);
                next = position + n;
            } catch (GeneralSecurityException e) {
                throw new IOException("decrypting " + this + ": " + e.getMessage(), e);
            }
        }

        @Override
        protected void seekInternal(long pos) throws IOException {
            if (pos > length) {
                throw new java.io.EOFException("seek past EOF: " + this);
            }
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public DecryptingInput clone() {
            DecryptingInput c = (DecryptingInput) super.clone();
            c.raw = raw.clone();
            c.sealed = new byte[0];
            c.cipher = null;
            c.next = -1;
            c.clone = true;
            return c;
        }

        @Override
        public void close() throws IOException {
            if (!clone) {
                raw.close();
            }
        }
    }
}
