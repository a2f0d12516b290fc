package dev.passage.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inputs shaped to make a reader slow: a million short lines, a megabyte on one line, and for every reader that uses regular
 * expressions the runs of characters that make backtracking ones take quadratic time. Each must be read (or refused) at once;
 * the timeouts only guard against a hang, the benchmark (PathologicalInputBench) measures.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalInputTest {
    @TempDir
    Path tmp;

    private final DocumentReaders readers = new DocumentReaders();

    private Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aMillionShortLinesAreJoinedIntoTheMostParagraphsADocumentMayHave() throws Exception {
        Path file = tmp.resolve("log.txt");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 1_000_000; i++) {
                w.write("ok " + (i % 1000) + "\n");
            }
        }
        ImportedText t = readers.read(file);
        assertThat(t.turns()).hasSize(ImportLimits.DEFAULT_MAX_TURNS);
        assertThat(t.warnings()).containsExactly("1,000,000 paragraphs are more than the 20,000 a document may have:"
                                                 + " every 50 consecutive ones were joined into one");
        assertThat(t.text().lines().count()).isEqualTo(1_000_000 + ImportLimits.DEFAULT_MAX_TURNS - 1);
        assertThat(t.text().substring(t.turns().get(1).start(), t.turns().get(1).end())).startsWith("ok 50\nok 51\n").endsWith("ok 99");
    }

    @Test
    void moreLabelledLinesThanTheLimitAreReadAsPlainText() throws Exception {
        Path file = tmp.resolve("chat.md");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 200_000; i++) {
                w.write((i % 2 == 0 ? "**Anna:**" : "**Bo:**") + " line " + i + "\n");
            }
        }
        ImportedText t = readers.read(file);
        assertThat(t.turns()).hasSize(ImportLimits.DEFAULT_MAX_TURNS).allSatisfy(turn -> assertThat(turn.speaker()).isNull());
        assertThat(t.warnings()).hasSize(2).first().asString().startsWith("200,000 speaker turns are more than the 20,000");
        assertThat(t.text()).startsWith("Anna: line 0\nBo: line 1\n");
    }

    @Test
    void aSmallerLimitJoinsParagraphsSeparatedByBlankLines() throws Exception {
        DocumentReaders small = new DocumentReaders(new ImportLimits(ImportLimits.DEFAULT_MAX_FILE_BYTES, 3));
        ImportedText t = small.read(write("p.txt", "one\n\ntwo\n\nthree\n\nfour\n\nfive\n"));
        assertThat(t.text()).isEqualTo("one\n\ntwo\n\nthree\n\nfour\n\nfive");
        assertThat(t.turns()).extracting(turn -> t.text().substring(turn.start(), turn.end()))
                             .containsExactly("one\n\ntwo", "three\n\nfour", "five");
        assertThat(t.warnings()).containsExactly("5 paragraphs are more than the 3 a document may have: every 2 consecutive ones were joined into one");
    }

    @Test
    void aMegabyteOnOneLineIsOneParagraph() throws Exception {
        String line = "word ".repeat(200_000) + "Anna: " + ":".repeat(100_000) + "[" + " ".repeat(100_000) + "1:2:3:4";
        for (String name : new String[] {"one.txt", "one.md"}) {
            ImportedText t = readers.read(write(name, line));
            assertThat(t.turns()).hasSize(1);
            assertThat(t.text()).hasSize(line.strip().length());
        }
    }

    @Test
    void markdownOfHashesAndBracketsIsReadAtOnce() throws Exception {
        Random random = new Random(7);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            s.append(random.nextBoolean() ? '#' : '[');
        }
        ImportedText t = readers.read(write("hash.md", s + "\n" + "[a](".repeat(20_000) + "\n" + "`".repeat(60_000) + "x\n" + "**a ".repeat(20_000)));
        assertThat(t.text()).contains("[[");
    }

    @Test
    void transcriptLinesOfColonsDigitsAndBracketsAreReadAtOnce() throws Exception {
        String colons = ":".repeat(100_000);
        String digits = "1:".repeat(50_000) + "1";
        String brackets = "[" + "1".repeat(100_000) + " --> " + "[".repeat(50_000);
        String spaces = "A" + " ".repeat(200_000) + "0:21x";
        ImportedText t = readers.read(write("odd.txt", String.join("\n", colons, digits, brackets, spaces, "I: a", "I: b")));
        assertThat(t.turns()).isNotEmpty();
    }

    @Test
    void webVttWithRunsOfColonsDigitsAndTagsIsReadAtOnce() throws Exception {
        String cue = "00:00:01.000 --> 00:00:02.000\n" + "<".repeat(100_000) + "&" + "a".repeat(50_000) + "\n";
        String badTiming = "1".repeat(100_000) + ":" + ":".repeat(100_000) + " --> " + "9".repeat(100_000) + "\nx\n";
        String voices = "00:00:03.000 --> 00:00:04.000\n" + "<v ".repeat(30_000) + "\n";
        ImportedText t = readers.read(write("odd.vtt", "WEBVTT\n\n" + cue + "\n" + badTiming + "\n" + voices));
        assertThat(t.warnings()).contains("1 block without a valid cue timing line was skipped");
    }

    @Test
    void subRipWithRunsOfColonsDigitsAndTagsIsReadAtOnce() throws Exception {
        String cue = "1\n00:00:01,000 --> 00:00:02,000\n" + "{\\".repeat(60_000) + "<i".repeat(60_000) + "\n";
        String junk = "1".repeat(100_000) + ":".repeat(100_000) + " --> " + "1:".repeat(50_000) + "\n" + " ".repeat(100_000) + "9".repeat(100_000) + " x\n";
        ImportedText t = readers.read(write("odd.srt", cue + junk + "\n2\n00:00:03,000 --> 00:00:04,000\nend\n"));
        assertThat(t.turns()).hasSize(2);
    }

    @Test
    void subtitlesWithMoreCuesThanTheLimitAreRefused() throws Exception {
        DocumentReaders small = new DocumentReaders(new ImportLimits(ImportLimits.DEFAULT_MAX_FILE_BYTES, 2));
        Path vtt = write("three.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\na\n\n00:03.000 --> 00:04.000\nb\n\n00:05.000 --> 00:06.000\nc\n");
        assertThatThrownBy(() -> small.read(vtt)).isInstanceOf(ImportException.class)
            .hasMessage("three.vtt: the file has 3 subtitle cues, more than the 2 turns a document may have; split it into shorter files");
    }
}
