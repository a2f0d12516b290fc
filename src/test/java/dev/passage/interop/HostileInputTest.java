package dev.passage.interop;

import dev.passage.TestProjects;
import dev.passage.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** XXE, zip slip, zip bombs, malformed XML and failures while storing: refused with a clear message, nothing left behind. */
class HostileInputTest {
    private static final String QDE = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="test">
          <CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="c" isCodable="true"/></Codes></CodeBook>
          <Sources><TextSource guid="22222222-2222-2222-2222-222222222222" name="doc" plainTextPath="internal://22222222-2222-2222-2222-222222222222.txt">
            <PlainTextSelection guid="33333333-3333-3333-3333-333333333333" startPosition="0" endPosition="5">
              <Coding guid="44444444-4444-4444-4444-444444444444"><CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding>
            </PlainTextSelection>
          </TextSource></Sources>
        </Project>
        """;

    @TempDir
    Path tmp;

    private Path zip(String name, Map<String, byte[]> entries) throws Exception {
        Path file = tmp.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> valid() {
        return new java.util.LinkedHashMap<>(Map.of("project.qde", QDE.getBytes(StandardCharsets.UTF_8),
                                                    "sources/22222222-2222-2222-2222-222222222222.txt", "Hello world".getBytes(StandardCharsets.UTF_8)));
    }

    private InteropReport importInto(Path file, Path project, ImportOptions options) throws Exception {
        return QdpxImporter.importProject(file, project, options);
    }

    @Test
    void aValidMinimalFileImports() throws Exception {
        InteropReport r = importInto(zip("ok.qdpx", valid()), tmp.resolve("ok.passage"), ImportOptions.of(Language.EN, "anna"));
        assertThat(r.count("codings")).isEqualTo(1);
        assertThat(r.losses()).isEmpty();
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                     + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" "
                     + "name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>";
        Path qdc = Files.writeString(tmp.resolve("xxe.qdc"), xxe);
        try (var s = TestProjects.create(tmp, Language.EN)) {
            assertThatThrownBy(() -> s.interop().importCodebook(qdc)).isInstanceOf(InteropException.class)
                .hasMessageContaining("xxe.qdc").hasMessageContaining("line 2").hasMessageContaining("DOCTYPE");
            assertThat(s.codebook().codebook().size()).isZero();
        }
        Map<String, byte[]> entries = valid();
        entries.put("project.qde", xxe.replace("CodeBook", "Project").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importInto(zip("xxe.qdpx", entries), tmp.resolve("x.passage"), ImportOptions.of(Language.EN, "a")))
            .isInstanceOf(InteropException.class).hasMessageContaining("project.qde in xxe.qdpx").hasMessageContaining("DOCTYPE");
        assertThat(tmp.resolve("x.passage")).doesNotExist();
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put("sources/../../evil.txt", "owned".getBytes(StandardCharsets.UTF_8));
        Path project = tmp.resolve("slip.passage");
        assertThatThrownBy(() -> importInto(zip("slip.qdpx", entries), project, ImportOptions.of(Language.EN, "a")))
            .isInstanceOf(InteropException.class).hasMessageContaining("slip.qdpx").hasMessageContaining("outside the import folder");
        assertThat(project).doesNotExist();
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
        assertThat(tmp.getParent().resolve("evil.txt")).doesNotExist();
        assertThatThrownBy(() -> SafeUnzip.resolve(tmp, "/etc/passwd", "x.qdpx")).isInstanceOf(InteropException.class);
        assertThatThrownBy(() -> SafeUnzip.resolve(tmp, "C:\\Windows\\x", "x.qdpx")).isInstanceOf(InteropException.class);
        assertThatThrownBy(() -> SafeUnzip.resolve(tmp, "sources\\..\\..\\x", "x.qdpx")).isInstanceOf(InteropException.class);
    }

    @Test
    void zipBombsAreStoppedByRatioTotalSizeAndEntryCount() throws Exception {
        Map<String, byte[]> bomb = valid();
        bomb.put("sources/zeros.txt", new byte[20 * 1024 * 1024]); // 20 MB of zeros compress about a thousand times
        assertThatThrownBy(() -> importInto(zip("bomb.qdpx", bomb), tmp.resolve("b.passage"), ImportOptions.of(Language.EN, "a")))
            .isInstanceOf(InteropException.class).hasMessageContaining("bomb.qdpx").hasMessageContaining("expands more than 200 times");

        ImportOptions small = ImportOptions.of(Language.EN, "a").withLimits(new ZipLimits(100, 500, 200));
        assertThatThrownBy(() -> importInto(zip("big.qdpx", valid()), tmp.resolve("c.passage"), small))
            .isInstanceOf(InteropException.class).hasMessageContaining("more than 500 bytes");

        ImportOptions few = ImportOptions.of(Language.EN, "a").withLimits(new ZipLimits(1, 1 << 20, 200));
        assertThatThrownBy(() -> importInto(zip("many.qdpx", valid()), tmp.resolve("d.passage"), few))
            .isInstanceOf(InteropException.class).hasMessageContaining("2 entries");
        assertThat(tmp.resolve("b.passage")).doesNotExist();
        assertThat(tmp.resolve("c.passage")).doesNotExist();
        assertThat(tmp.resolve("d.passage")).doesNotExist();
    }

    @Test
    void malformedXmlNamesTheFileAndLine() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put("project.qde", "<?xml version=\"1.0\"?>\n<Project name=\"p\">\n  <Users>\n</Project>\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importInto(zip("broken.qdpx", entries), tmp.resolve("m.passage"), ImportOptions.of(Language.EN, "a")))
            .isInstanceOf(InteropException.class).hasMessageContaining("project.qde in broken.qdpx: line 4");
        assertThat(tmp.resolve("m.passage")).doesNotExist();
        Path notZip = Files.writeString(tmp.resolve("text.qdpx"), "just text");
        assertThatThrownBy(() -> importInto(notZip, tmp.resolve("n.passage"), ImportOptions.of(Language.EN, "a")))
            .isInstanceOf(InteropException.class).hasMessageContaining("text.qdpx: not a valid zip file");
        Map<String, byte[]> noQde = Map.of("sources/a.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importInto(zip("empty.qdpx", noQde), tmp.resolve("o.passage"), ImportOptions.of(Language.EN, "a")))
            .isInstanceOf(InteropException.class).hasMessageContaining("empty.qdpx: holds no project.qde");
    }

    @Test
    void aFailureWhileStoringRemovesTheHalfCreatedProject() throws Exception {
        // the coding names no user, so the importing coder is stored; a 250-character name does not fit the coder column
        ImportOptions tooLong = ImportOptions.of(Language.EN, "x".repeat(250));
        Path project = Files.createDirectories(tmp.resolve("existing-empty.passage"));
        assertThatThrownBy(() -> importInto(zip("ok.qdpx", valid()), project, tooLong)).isInstanceOf(RuntimeException.class);
        assertThat(project).isEmptyDirectory();
        Path fresh = tmp.resolve("fresh.passage");
        assertThatThrownBy(() -> importInto(zip("ok2.qdpx", valid()), fresh, tooLong)).isInstanceOf(RuntimeException.class);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aNonEmptyTargetIsRefusedBeforeAnythingIsRead() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("full.passage"));
        Files.writeString(project.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> importInto(zip("ok.qdpx", valid()), project, ImportOptions.of(Language.EN, "a")))
            .isInstanceOf(InteropException.class).hasMessageContaining("not empty");
        assertThat(project.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void selectionsOutsideTheTextAreReportedNotStored() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put("project.qde", QDE.replace("endPosition=\"5\"", "endPosition=\"500\"").getBytes(StandardCharsets.UTF_8));
        InteropReport r = importInto(zip("out.qdpx", entries), tmp.resolve("out.passage"), ImportOptions.of(Language.EN, "a"));
        assertThat(r.count("codings")).isZero();
        assertThat(r.losses()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("PlainTextSelection");
            assertThat(l.reason()).contains("0-500 lie outside the text (11 positions");
        });
    }

}
