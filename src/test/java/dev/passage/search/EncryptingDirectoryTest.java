package dev.passage.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptingDirectoryTest {
    private static final byte[] KEY = new byte[32];
    private static final String SECRET = "hemmeligsætning";

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @TempDir
    Path dir;

    @Test
    void readsBackAnyRangeOfWhatWasWritten() throws Exception {
        byte[] data = new byte[100_003];
        Random r = new Random(11);
        r.nextBytes(data);
        try (Directory d = new EncryptingDirectory(new ByteBuffersDirectory(), KEY)) {
            try (IndexOutput out = d.createOutput("f", IOContext.DEFAULT)) {
                int i = 0;
                while (i < data.length) { // single bytes and runs of odd sizes, crossing the chunk and AES block borders
                    if (r.nextBoolean()) {
                        out.writeByte(data[i++]);
                    } else {
                        int n = Math.min(data.length - i, 1 + r.nextInt(20_000));
                        out.writeBytes(data, i, n);
                        i += n;
                    }
                }
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(data);
                assertThat(out.getChecksum()).isEqualTo(crc.getValue());
                assertThat(out.getFilePointer()).isEqualTo(data.length);
            }
            assertThat(d.fileLength("f")).isEqualTo(data.length);
            try (IndexInput in = d.openInput("f", IOContext.DEFAULT)) {
                assertThat(in.length()).isEqualTo(data.length);
                for (int k = 0; k < 300; k++) {
                    int from = r.nextInt(data.length);
                    int n = Math.min(data.length - from, r.nextInt(9_000));
                    IndexInput c = r.nextBoolean() ? in.clone() : in;
                    c.seek(from);
                    byte[] got = new byte[n];
                    c.readBytes(got, 0, n);
                    assertThat(got).isEqualTo(Arrays.copyOfRange(data, from, from + n));
                }
                IndexInput slice = in.slice("s", 12_345, 50_000);
                slice.seek(777);
                assertThat(slice.readByte()).isEqualTo(data[12_345 + 777]);
                assertThat(slice.length()).isEqualTo(50_000);
            }
        }
    }

    @Test
    void anIndexWorksAndItsFilesHoldNoPlaintext() throws Exception {
        try (Directory d = new EncryptingDirectory(FSDirectory.open(dir), KEY);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 500; i++) {
                Document doc = new Document();
                doc.add(new TextField("text", SECRET + " nummer " + i + " i teksten", Field.Store.YES));
                doc.add(new StoredField("note", SECRET + i));
                w.addDocument(doc);
                if (i % 100 == 0) {
                    w.commit();
                }
            }
            w.forceMerge(1);
            w.commit();
        }
        byte[] needle = SECRET.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(indexOf(Files.readAllBytes(f), needle)).as(f.toString()).isEqualTo(-1);
            }
        }
        try (Directory d = new EncryptingDirectory(FSDirectory.open(dir), KEY); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(new IndexSearcher(reader).count(new TermQuery(new Term("text", SECRET)))).isEqualTo(500);
            try (CheckIndex check = new CheckIndex(d)) {
                check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                assertThat(check.checkIndex().clean).isTrue();
            }
        }
        byte[] wrong = KEY.clone();
        wrong[0] ^= 1;
        try (Directory d = new EncryptingDirectory(FSDirectory.open(dir), wrong)) {
            assertThatThrownBy(() -> DirectoryReader.open(d).close()).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void theCounterOfAPositionCarriesAcrossBytes() {
        byte[] iv = new byte[16];
        Arrays.fill(iv, (byte) 0xff);
        byte[] next = EncryptingDirectory.counterAt(iv, 16);
        assertThat(next).containsOnly((byte) 0); // 2^128 - 1 + 1 wraps to 0
        byte[] zero = new byte[16];
        assertThat(EncryptingDirectory.counterAt(zero, 16L * 0x1_0203)[13]).isEqualTo((byte) 1);
        assertThat(EncryptingDirectory.counterAt(zero, 16L * 0x1_0203)[14]).isEqualTo((byte) 2);
        assertThat(EncryptingDirectory.counterAt(zero, 16L * 0x1_0203)[15]).isEqualTo((byte) 3);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
