package dev.passage.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {
    private static final Path FILE = Path.of("interview.txt");
    private static final String DANISH = "Vi spiste rødgrød med fløde på Ærø i år.\nSå gik vi hjem.";

    @TempDir
    Path dir;

    @Test
    void plainUtf8() throws Exception {
        assertThat(TextDecoder.decode(FILE, DANISH.getBytes(StandardCharsets.UTF_8))).isEqualTo(DANISH);
    }

    @Test
    void utf8ByteOrderMarkIsRemoved() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, DANISH.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(FILE, bytes)).isEqualTo(DANISH);
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, DANISH.getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(FILE, bytes)).isEqualTo(DANISH);
    }

    @Test
    void utf16BigEndianWithByteOrderMark() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, DANISH.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(FILE, bytes)).isEqualTo(DANISH);
    }

    @Test
    void windows1252IsTheFallbackForInvalidUtf8() throws Exception {
        byte[] bytes = "Æbler og øl på Åland: æøå – “citat”".getBytes(Charset.forName("windows-1252"));
        assertThat(bytes).contains((byte) 0xE6, (byte) 0xF8, (byte) 0xE5);
        assertThat(TextDecoder.decode(FILE, bytes)).isEqualTo("Æbler og øl på Åland: æøå – “citat”");
    }

    @Test
    void decodeWithCharsetTellsWhichEncodingWasUsed() throws Exception {
        TextDecoder.Decoded utf8 = TextDecoder.decodeWithCharset(FILE, "æøå".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.warnings()).isEmpty();
        TextDecoder.Decoded le = TextDecoder.decodeWithCharset(FILE, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "æøå".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        TextDecoder.Decoded cp = TextDecoder.decodeWithCharset(FILE, "æøå".getBytes(Charset.forName("windows-1252")));
        assertThat(cp.text()).isEqualTo("æøå");
        assertThat(cp.fellBackToWindows1252()).isTrue();
        assertThat(cp.warnings()).containsExactly(TextDecoder.WINDOWS_1252_WARNING);
    }

    @Test
    void crlfAndLoneCrBecomeLf() throws Exception {
        assertThat(TextDecoder.decode(FILE, "a\r\nb\rc\n\r\nd\r".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\nb\nc\n\nd\n");
    }

    @Test
    void textIsNormalisedToNfc() throws Exception {
        String decomposed = "Cafe\u0301 og A\u030Arhus";
        assertThat(TextDecoder.decode(FILE, decomposed.getBytes(StandardCharsets.UTF_8))).isEqualTo("Caf\u00E9 og \u00C5rhus");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedAsBinary() {
        byte[] bytes = DANISH.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TextDecoder.decode(FILE, bytes))
                .isInstanceOf(ImportException.class)
                .hasMessage("interview.txt: this does not look like a text file (binary content)");
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] bytes = "ab\u0001\u0002cd\u0003\u0004efghij".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TextDecoder.decode(FILE, bytes))
                .hasMessageContaining("binary content");
    }

    @Test
    void tabsAndFormFeedsAreText() throws Exception {
        assertThat(TextDecoder.decode(FILE, "a\tb\fc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a\tb\fc");
    }

    @Test
    void damagedUtf8IsRefusedRatherThanReadAsWindows1252() {
        byte[] good = "Rødgrød med fløde. ".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xC3, 'x'});
        assertThatThrownBy(() -> TextDecoder.decode(FILE, bytes))
                .hasMessageStartingWith("interview.txt: unreadable text encoding")
                .hasMessageContaining("mostly UTF-8")
                .hasMessageContaining("byte " + good.length);
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreUnreadable() {
        // undefined / unlikely Windows-1252 bytes, e.g. from a file in a far-eastern code page
        byte[] bytes = {'a', (byte) 0x81, 'b', (byte) 0x8D, 'c', (byte) 0x8F, 'd', (byte) 0x90, 'e', (byte) 0x9D, (byte) 0xA4};
        assertThatThrownBy(() -> TextDecoder.decode(FILE, bytes))
                .hasMessage("interview.txt: unreadable text encoding: it is neither UTF-8 nor Windows-1252; save it again as UTF-8");
    }

    @Test
    void utf16ByteOrderMarkWithBrokenContentIsUnreadable() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b'}; // lone high surrogate, odd length
        assertThatThrownBy(() -> TextDecoder.decode(FILE, bytes))
                .hasMessageContaining("unreadable text encoding")
                .hasMessageContaining("UTF-16LE");
    }

    @Test
    void everyByteOrderMarkVariantReadsTheSameThroughDocumentReaders() throws Exception {
        String source = "Interviewer: Hvordan gik det?\r\n\r\nMette: Det gik godt, på en måde.\r\n\r\nInterviewer: Fortæl.\r\n\r\nMette: Nå ja.";
        DocumentReaders readers = new DocumentReaders();
        Path utf8 = write("utf8.txt", source.getBytes(StandardCharsets.UTF_8));
        Path bom8 = write("bom8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, source.getBytes(StandardCharsets.UTF_8)));
        Path le = write("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, source.getBytes(StandardCharsets.UTF_16LE)));
        Path be = write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, source.getBytes(StandardCharsets.UTF_16BE)));
        Path cp1252 = write("cp1252.txt", source.getBytes(Charset.forName("windows-1252")));

        ImportedText expected = readers.read(utf8);
        assertThat(expected.text()).isEqualTo("Hvordan gik det?\n\nDet gik godt, på en måde.\n\nFortæl.\n\nNå ja.");
        for (Path p : new Path[] {bom8, le, be, cp1252}) {
            ImportedText t = readers.read(p);
            assertThat(t.text()).as(p.getFileName().toString()).isEqualTo(expected.text());
            assertThat(t.turns()).as(p.getFileName().toString()).isEqualTo(expected.turns());
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
