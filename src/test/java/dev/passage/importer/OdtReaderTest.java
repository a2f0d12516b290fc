package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OdtReaderTest {
    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    /** A minimal .odt: mimetype (stored, first), content.xml and META-INF/manifest.xml. */
    private Path odt(String name, String mimetype, String bodyXml, String manifestExtra) throws Exception {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">\
                <office:body><office:text>%s</office:text></office:body></office:document-content>""".formatted(bodyXml);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s</manifest:file-entry>
                </manifest:manifest>""".formatted(mimetype, manifestExtra);
        Path p = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(file)) {
            byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return p;
    }

    private Path odt(String name, String bodyXml) throws Exception {
        return odt(name, MIMETYPE, bodyXml, "");
    }

    @Test
    void paragraphsHeadingsSpansAndSpaces() throws Exception {
        Path p = odt("doc.odt", """
                <text:h text:outline-level="1">Interview  <text:span>med</text:span> Mette</text:h>
                <text:p>Two<text:s/>spaces: a<text:s text:c="3"/>b, a<text:tab/>tab,
                   and   collapsed
                   white space.</text:p>
                <text:p>Line<text:line-break/>break and <text:span text:style-name="T1">styled <text:span>nested</text:span></text:span> text.</text:p>
                <text:p/>
                """);

        ImportedText t = readers.read(p);

        assertThat(t.format()).isEqualTo(DocumentFormat.ODT);
        assertThat(t.text()).isEqualTo("Interview med Mette\n\nTwo spaces: a   b, a\ttab, and collapsed white space.\n\n"
                + "Line\nbreak and styled nested text.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 19, null, null),
                new SpeakerTurn(21, 73, null, null),
                new SpeakerTurn(75, 109, null, null));
    }

    @Test
    void nestedListsAndTablesInDocumentOrder() throws Exception {
        Path p = odt("lists.odt", """
                <text:p>Intro.</text:p>
                <text:list><text:list-item><text:p>One</text:p>
                  <text:list><text:list-item><text:p>One point one</text:p></text:list-item></text:list>
                </text:list-item><text:list-item><text:p>Two</text:p></text:list-item></text:list>
                <table:table><table:table-row><table:table-cell><text:p>Cell 1</text:p></table:table-cell>
                <table:table-cell><text:p>Cell 2</text:p></table:table-cell></table:table-row></table:table>
                <text:p>End.</text:p>
                """);

        assertThat(readers.read(p).text()).isEqualTo("Intro.\n\nOne\n\nOne point one\n\nTwo\n\nCell 1\n\nCell 2\n\nEnd.");
    }

    @Test
    void footnotesCommentsAndTrackedDeletionsAreLeftOut() throws Exception {
        Path p = odt("notes.odt", """
                <text:tracked-changes><text:changed-region text:id="c1"><text:deletion>\
                <text:p>Deleted words.</text:p></text:deletion></text:changed-region></text:tracked-changes>
                <text:p>Main text<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
                <text:note-body><text:p>A footnote.</text:p></text:note-body></text:note> continues.</text:p>
                <text:p><office:annotation><dc:creator>Ann</dc:creator><text:p>A comment.</text:p></office:annotation>Second.</text:p>
                """);

        assertThat(readers.read(p).text()).isEqualTo("Main text continues.\n\nSecond.");
    }

    @Test
    void speakerLabelsAreDetected() throws Exception {
        Path p = odt("speakers.odt", """
                <text:p><text:span text:style-name="Bold">I:</text:span> Hvad laver du?</text:p>
                <text:p>R: Jeg er <text:span>sygeplejerske</text:span>.</text:p>
                <text:p>I: Hvor længe?</text:p>
                <text:p>R: Ti år.</text:p>
                """);

        ImportedText t = readers.read(p);

        assertThat(t.text()).isEqualTo("Hvad laver du?\n\nJeg er sygeplejerske.\n\nHvor længe?\n\nTi år.");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("I", "R", "I", "R");
        assertThat(t.turns().get(1)).isEqualTo(new SpeakerTurn(16, 37, "R", null));
    }

    @Test
    void otherOpenDocumentTypesAreRefused() throws Exception {
        Path p = odt("sheet.odt", "application/vnd.oasis.opendocument.spreadsheet", "<text:p>x</text:p>", "");
        assertThatThrownBy(() -> readers.read(p))
                .hasMessage("sheet.odt: not a valid .odt file: it is a 'application/vnd.oasis.opendocument.spreadsheet' "
                        + "document, not an OpenDocument text");
    }

    @Test
    void passwordProtectedOdt() throws Exception {
        Path p = odt("secret.odt", MIMETYPE, "<text:p>x</text:p>",
                "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>");
        assertThatThrownBy(() -> readers.read(p))
                .hasMessage("secret.odt: the document is password-protected; save it again without a password");
    }

    @Test
    void malformedContentXml() throws Exception {
        Path p = odt("bad.odt", "<text:p>unclosed");
        assertThatThrownBy(() -> readers.read(p)).hasMessageStartingWith("bad.odt: not a valid .odt file: content.xml is damaged");
    }

    @Test
    void zipWithoutContentXml() throws Exception {
        Path p = dir.resolve("empty-zip.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new ZipEntry("other.txt"));
            zip.write('x');
            zip.closeEntry();
        }
        assertThatThrownBy(() -> readers.read(p)).hasMessage("empty-zip.odt: not a valid .odt file: it has no content.xml");
    }

    @Test
    void documentWithoutText() throws Exception {
        Path p = odt("blank.odt", "<text:p/><text:p>  <text:s/> </text:p>");
        assertThatThrownBy(() -> readers.read(p)).hasMessage("blank.odt: the file has no text");
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String body = "<text:p>safe</text:p>";
        Path p = odt("xxe.odt", body);
        // rewrite content.xml with a DOCTYPE that tries to pull in a local file
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>a &e; b</text:p></office:text></office:body></office:document-content>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(evil.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        // DTDs are off: the undeclared entity makes the XML invalid instead of pulling in the file
        assertThatThrownBy(() -> readers.read(p))
                .hasMessageStartingWith("xxe.odt: not a valid .odt file: content.xml is damaged (")
                .hasMessageContaining("\"e\"")
                .hasMessageNotContaining("TOP SECRET");
    }
}
