package dev.passage.importer;

import dev.passage.errors.Text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

/**
 * Turns the bytes of a plain-text file (txt, md, vtt, srt) into text: a UTF-8 / UTF-16LE / UTF-16BE byte order mark wins and
 * is removed; without one the bytes must be valid UTF-8, else they are read as Windows-1252 (the usual encoding of older
 * Danish/Swedish/English Windows files). Line ends become LF and the text is normalised to Unicode NFC.
 * Binary content and text that decodes to garbage are refused.
 */
public final class TextDecoder {
    static final Text BINARY = Text.of("importer.binary");
    static final Text UNREADABLE = Text.of("importer.unreadableEncoding");
    /** The warning readers add when {@link Decoded#fellBackToWindows1252()}. */
    public static final String WINDOWS_1252_WARNING = "the file is not UTF-8; it was read as Windows-1252 "
            + "(check that letters such as æ, ø and å look right)";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Above this share of control characters a "text" file is taken to be binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Windows-1252 bytes that are unassigned or symbols hardly ever typed in prose; many of them mean the guess was wrong. */
    private static final String UNLIKELY_1252 = "\u0081\u008D\u008F\u0090\u009D\u0083\u0086\u0087\u0088\u0089\u008B\u0098\u009B"
            + "\u00A4\u00A6\u00A8\u00AC\u00AD\u00AF\u00B4\u00B6\u00B8";

    private TextDecoder() {
    }

    /** Decoded text and the encoding it was read in. */
    public record Decoded(String text, Charset charset) {
        /** True when the bytes were not UTF-8 and were read as Windows-1252 (worth telling the user). */
        public boolean fellBackToWindows1252() {
            return charset.equals(WINDOWS_1252);
        }

        /** The warnings worth showing for this decoding: none, or {@link #WINDOWS_1252_WARNING}. */
        public List<String> warnings() {
            return fellBackToWindows1252() ? List.of(WINDOWS_1252_WARNING) : List.of();
        }
    }

    /** Decodes {@code bytes} read from {@code file} (the file is only named in error messages). */
    public static String decode(Path file, byte[] bytes) throws ImportException {
        return decodeWithCharset(file, bytes).text();
    }

    /** As {@link #decode}, also telling which encoding was used. */
    public static Decoded decodeWithCharset(Path file, byte[] bytes) throws ImportException {
        String text;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            text = strict(file, bytes, 3, charset);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            text = strict(file, bytes, 2, charset);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            text = strict(file, bytes, 2, charset);
        } else {
            if (looksBinary(bytes)) {
                throw new ImportException(file, BINARY);
            }
            text = utf8(bytes);
            charset = StandardCharsets.UTF_8;
            if (text == null) {
                text = windows1252(file, bytes);
                charset = WINDOWS_1252;
            }
        }
        if (looksBinary(text)) {
            throw new ImportException(file, BINARY);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), charset);
    }

    /** Strict UTF-8, or null if the bytes are not valid UTF-8. */
    private static String utf8(byte[] bytes) {
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static String windows1252(Path file, byte[] bytes) throws ImportException {
        if (countUtf8Sequences(bytes) > 0) {
            // Valid multi-byte UTF-8 next to invalid bytes: a damaged UTF-8 file, not a Windows-1252 one.
            throw new ImportException(file, Text.of("importer.fileMostlyUtfBut", UNREADABLE, firstInvalidUtf8(bytes)));
        }
        String text = new String(bytes, WINDOWS_1252);
        int high = 0;
        int unlikely = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                high++;
                if (c == '\uFFFD' || UNLIKELY_1252.indexOf(c) >= 0) {
                    unlikely++;
                }
            }
        }
        if (unlikely >= 4 && unlikely > high * 0.1) {
            throw new ImportException(file, Text.of("importer.neitherUtfNorWindows", UNREADABLE));
        }
        return text;
    }

    private static String strict(Path file, byte[] bytes, int skip, Charset charset) throws ImportException {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file, Text.of("importer.fileStartsByteOrder", UNREADABLE, charset.name(), charset.name()), e);
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or many control bytes, mean binary data (this also catches UTF-16 without a byte order mark). */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            if (isSuspiciousControl(v)) {
                controls++;
            }
        }
        return bytes.length > 0 && controls > bytes.length * MAX_CONTROL_SHARE;
    }

    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isSuspiciousControl(c) || (c >= 0x80 && c <= 0x9F)) {
                controls++;
            }
        }
        return !text.isEmpty() && controls > text.length() * MAX_CONTROL_SHARE;
    }

    /** C0 controls and DEL, except tab, line feed, form feed and carriage return which plain text uses. */
    private static boolean isSuspiciousControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }

    /** Number of well-formed multi-byte UTF-8 sequences. */
    private static int countUtf8Sequences(byte[] bytes) {
        int count = 0;
        for (int i = 0; i < bytes.length; i++) {
            int len = utf8SequenceLength(bytes, i);
            if (len > 1) {
                count++;
                i += len - 1;
            }
        }
        return count;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int len = utf8SequenceLength(bytes, i);
            if (len == 0) {
                return i;
            }
            i += len - 1;
        }
        return -1;
    }

    /** Length of the well-formed UTF-8 sequence at {@code i}, or 0 if the bytes there are not one. */
    private static int utf8SequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int len;
        int min;
        if (b < 0x80) {
            return 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + len > bytes.length) {
            return 0;
        }
        int cp = b & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return len;
    }
}
