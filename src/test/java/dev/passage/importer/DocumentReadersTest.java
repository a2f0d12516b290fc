package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReadersTest {
    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void readsByExtensionIgnoringCase() throws Exception {
        ImportedText t = readers.read(write("Notes.TXT", "Hello.\n\nWorld."));
        assertThat(t.format()).isEqualTo(DocumentFormat.TXT);
        assertThat(t.text()).isEqualTo("Hello.\n\nWorld.");
        assertThat(t.turns()).containsExactly(new SpeakerTurn(0, 6, null, null), new SpeakerTurn(8, 14, null, null));
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void unknownExtension() throws Exception {
        Path p = write("interview.xyz", "text");
        assertThatThrownBy(() -> readers.read(p))
                .isInstanceOf(ImportException.class)
                .hasMessage("interview.xyz: unsupported file type '.xyz' (Passage reads txt, md, docx, odt, pdf, vtt, srt)")
                .satisfies(e -> assertThat(((ImportException) e).file()).isEqualTo(p));
    }

    @Test
    void noExtension() throws Exception {
        Path p = write("README", "text");
        assertThatThrownBy(() -> readers.read(p))
                .hasMessage("README: unsupported file type (no file extension) (Passage reads txt, md, docx, odt, pdf, vtt, srt)");
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("gone.txt");
        assertThatThrownBy(() -> readers.read(p))
                .isInstanceOf(ImportException.class)
                .hasMessage("gone.txt: the file does not exist");
    }

    @Test
    void folder() throws Exception {
        Path p = Files.createDirectory(dir.resolve("folder.txt"));
        assertThatThrownBy(() -> readers.read(p)).hasMessage("folder.txt: this is a folder, not a file");
    }

    @Test
    void emptyFile() throws Exception {
        Path p = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> readers.read(p))
                .hasMessage("empty.txt: the file has no text (it is empty)")
                .extracting(e -> ((ImportException) e).problem()).asString().startsWith("the file has no text");
    }

    @Test
    void emptyFilesOfEveryFormatAreRefusedTheSameWay() throws Exception {
        for (DocumentFormat f : DocumentFormat.values()) {
            Path p = write("empty." + f.extension(), new byte[0]);
            assertThatThrownBy(() -> readers.read(p)).as(f.name())
                    .hasMessage("empty." + f.extension() + ": the file has no text (it is empty)");
        }
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        Path p = write("blank.txt", "  \r\n\t\n   \n");
        assertThatThrownBy(() -> readers.read(p)).hasMessage("blank.txt: the file has no text");
        Path md = write("blank.md", "#\n\n---\n");
        assertThatThrownBy(() -> readers.read(md)).hasMessage("blank.md: the file has no text");
        Path bom = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'});
        assertThatThrownBy(() -> readers.read(bom)).hasMessage("bom.txt: the file has no text");
    }

    @Test
    void binaryFileNamedTxt() throws Exception {
        Path p = write("photo.txt", randomBytes(4096, 1));
        assertThatThrownBy(() -> readers.read(p))
                .hasMessage("photo.txt: this does not look like a text file (binary content)");
        Path srt = write("movie.srt", randomBytes(4096, 2));
        assertThatThrownBy(() -> readers.read(srt))
                .hasMessage("movie.srt: this does not look like a text file (binary content)");
    }

    @Test
    void pngRenamedToMd() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path p = write("image.md", png);
        assertThatThrownBy(() -> readers.read(p)).hasMessageContaining("image.md").hasMessageContaining("binary content");
    }

    @Test
    void fileOverTheLimit() throws Exception {
        DocumentReaders small = new DocumentReaders(new ImportLimits(1024 * 1024));
        byte[] bytes = new byte[1024 * 1024 + 512 * 1024];
        Arrays.fill(bytes, (byte) 'a');
        Path p = write("huge.txt", bytes);
        assertThatThrownBy(() -> small.read(p))
                .hasMessage("huge.txt: the file is 1.5 MB, larger than the 1 MB limit");
        // exactly at the limit is fine
        Path atLimit = write("limit.txt", Arrays.copyOf(bytes, 1024 * 1024));
        assertThat(small.read(atLimit).text()).hasSize(1024 * 1024);
    }

    @Test
    void defaultLimitIsFiftyMegabytes() {
        assertThat(ImportLimits.defaults().maxFileBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(new DocumentReaders().limits()).isEqualTo(ImportLimits.defaults());
        assertThat(ImportLimits.megabytes(ImportLimits.defaults().maxFileBytes())).isEqualTo("50 MB");
        assertThatThrownBy(() -> new ImportLimits(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileJustOverTheLimitIsNotReportedAsEqualToIt() throws Exception {
        DocumentReaders small = new DocumentReaders(new ImportLimits(1024 * 1024));
        byte[] bytes = new byte[1024 * 1024 + 1];
        Arrays.fill(bytes, (byte) 'a');
        Path p = write("big.txt", bytes);
        assertThatThrownBy(() -> small.read(p)).hasMessage("big.txt: the file is 1.1 MB, larger than the 1 MB limit");
    }

    @Test
    void brokenDocx() throws Exception {
        Path random = write("broken.docx", randomBytes(2000, 3));
        assertThatThrownBy(() -> readers.read(random))
                .hasMessageStartingWith("broken.docx: not a valid .docx file: ")
                .hasMessageContaining("not a zip archive");
        Path text = write("letter.docx", "Dear Sir, this is really plain text.");
        assertThatThrownBy(() -> readers.read(text)).hasMessageStartingWith("letter.docx: not a valid .docx file: ");
    }

    @Test
    void truncatedDocx() throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.file("en-qualcoder-example-ID1.docx"));
        Path p = write("cut.docx", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> readers.read(p))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.docx: not a valid .docx file: ");
    }

    @Test
    void oldWordDocRenamedToDocx() throws Exception {
        byte[] ole2 = new byte[1024];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole2, 0, signature.length);
        Path p = write("old.docx", ole2);
        assertThatThrownBy(() -> readers.read(p))
                .hasMessageStartingWith("old.docx: not a valid .docx file: it is an old Word .doc file or a password-protected document");
    }

    @Test
    void brokenAndTruncatedOdt() throws Exception {
        Path random = write("broken.odt", randomBytes(2000, 4));
        assertThatThrownBy(() -> readers.read(random))
                .hasMessageStartingWith("broken.odt: not a valid .odt file: ")
                .hasMessageContaining("not a zip archive");
        byte[] whole = Files.readAllBytes(Corpus.file("en-qualcoder-example-ID2.odt"));
        Path cut = write("cut.odt", Arrays.copyOf(whole, whole.length - 100));
        assertThatThrownBy(() -> readers.read(cut))
                .hasMessageStartingWith("cut.odt: not a valid .odt file: the file is damaged or incomplete");
    }

    @Test
    void brokenPdf() throws Exception {
        Path random = write("broken.pdf", randomBytes(3000, 5));
        assertThatThrownBy(() -> readers.read(random))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("broken.pdf: not a valid PDF file: it cannot be read");
    }

    @Test
    void everyMessageNamesTheFile() throws Exception {
        Path[] bad = {write("a.txt", randomBytes(100, 6)), write("b.docx", "x"), write("c.odt", "x"), write("d.pdf", "x"),
                write("e.vtt", "no header"), write("f.srt", "no cues here"), write("g.rtf", "{\\rtf1}")};
        for (Path p : bad) {
            assertThatThrownBy(() -> readers.read(p)).as(p.toString())
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith(p.getFileName() + ": ");
        }
    }
}
