package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubtitleReadersTest {
    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    private ImportedText read(String name, String content) throws Exception {
        return readers.read(write(name, content));
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void vttWithHoursIdentifiersSettingsNotesAndStyles() throws Exception {
        ImportedText t = read("talk.vtt", """
                WEBVTT - an interview
                Kind: captions

                STYLE
                ::cue { color: yellow }

                NOTE This is a comment
                spanning two lines

                intro
                00:00:01.500 --> 00:00:04.000 align:start position:10%
                Welcome to the
                <i>show</i>.

                01:02:03.040 --> 01:02:05.000
                Tom &amp; Jerry &lt;3 &gt; you&nbsp;all

                00:10.000 --> 00:11.000
                <c.loud>Short</c> form, <00:10.500>karaoke.
                """);

        assertThat(t.format()).isEqualTo(DocumentFormat.VTT);
        assertThat(t.text()).isEqualTo("Welcome to the show.\nTom & Jerry <3 > you\u00A0all\nShort form, karaoke.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 20, null, 1_500L),
                new SpeakerTurn(21, 45, null, 3_723_040L),
                new SpeakerTurn(46, 66, null, 10_000L));
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void vttVoicesAreSpeakers() throws Exception {
        ImportedText t = read("voices.vtt", """
                WEBVTT

                00:01.000 --> 00:03.000
                <v Mette Holm>Hvordan gik det?</v>

                00:03.000 --> 00:05.000
                <v.loud Jens>Godt.
                Rigtig godt.

                00:05.000 --> 00:06.000
                Og i går?

                00:06.000 --> 00:08.000
                <v Mette Holm>Fint.</v>
                <v Jens>Ja.</v>
                """);

        assertThat(t.text()).isEqualTo("Hvordan gik det?\n\nGodt. Rigtig godt.\nOg i går?\n\nFint.\n\nJa.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 16, "Mette Holm", 1_000L),
                new SpeakerTurn(18, 36, "Jens", 3_000L),
                new SpeakerTurn(37, 46, "Jens", 5_000L),
                new SpeakerTurn(48, 53, "Mette Holm", 6_000L),
                new SpeakerTurn(55, 58, "Jens", 6_000L));
    }

    @Test
    void vttWithoutHeaderIsRefused() throws Exception {
        Path p = write("nohead.vtt", "00:01.000 --> 00:02.000\nHi\n");
        assertThatThrownBy(() -> readers.read(p)).hasMessage("nohead.vtt: not a WebVTT file: the first line must be 'WEBVTT'");
    }

    @Test
    void vttWithoutCues() throws Exception {
        Path p = write("nocues.vtt", "WEBVTT\n\nNOTE nothing here\n");
        assertThatThrownBy(() -> readers.read(p)).hasMessage("nocues.vtt: the file has no text (no subtitle cues with text)");
    }

    @Test
    void vttBlockWithBadTimingIsSkippedWithAWarning() throws Exception {
        ImportedText t = read("bad.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nGood.\n\nnot a cue\nat all\n\n00:0x --> 00:03.000\nBad.\n");
        assertThat(t.text()).isEqualTo("Good.");
        assertThat(t.warnings()).containsExactly("2 blocks without a valid cue timing line were skipped");
    }

    @Test
    void srtCuesWithTagsAndMultipleLines() throws Exception {
        ImportedText t = read("film.srt", """
                1
                00:00:01,000 --> 00:00:04,000
                <i>Hello</i> there,
                {\\an8}<font color="#ffffff">general</font> Kenobi.

                2
                01:00:00,250 --> 01:00:02,000
                a < b > c

                3
                00:00:05.5 --> 00:00:06,000
                Dot and short fraction.
                """);

        assertThat(t.format()).isEqualTo(DocumentFormat.SRT);
        assertThat(t.text()).isEqualTo("Hello there, general Kenobi.\na < b > c\nDot and short fraction.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 28, null, 1_000L),
                new SpeakerTurn(29, 38, null, 3_600_250L),
                new SpeakerTurn(39, 62, null, 5_500L));
    }

    @Test
    void srtWithoutBlankLinesBetweenCuesAndCrlf() throws Exception {
        ImportedText t = read("tight.srt", "1\r\n00:00:01,000 --> 00:00:02,000\r\nOne.\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nTwo.\r\n\r\n\r\n"
                + "3\r\n00:00:03,000 --> 00:00:04,000\r\n\r\n4\r\n00:00:04,000 --> 00:00:05,000\r\nFour.");
        assertThat(t.text()).isEqualTo("One.\nTwo.\nFour.");
        assertThat(t.turns()).extracting(SpeakerTurn::timestampMs).containsExactly(1_000L, 2_000L, 4_000L);
    }

    @Test
    void srtConsistentNameLabelsBecomeSpeakers() throws Exception {
        ImportedText t = read("labels.srt", """
                1
                00:00:01,000 --> 00:00:02,000
                Anna: Hej.

                2
                00:00:02,000 --> 00:00:03,000
                Bo: Hej Anna.

                3
                00:00:03,000 --> 00:00:04,000
                Anna: Hvordan går det?
                """);
        assertThat(t.text()).isEqualTo("Hej.\n\nHej Anna.\n\nHvordan går det?");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("Anna", "Bo", "Anna");
    }

    @Test
    void srtWithAnOccasionalColonKeepsItAsText() throws Exception {
        ImportedText t = read("colon.srt", """
                1
                00:00:01,000 --> 00:00:02,000
                Remember: always check.

                2
                00:00:02,000 --> 00:00:03,000
                Fine.

                3
                00:00:03,000 --> 00:00:04,000
                Done.
                """);
        assertThat(t.text()).isEqualTo("Remember: always check.\nFine.\nDone.");
        assertThat(t.turns()).allMatch(turn -> turn.speaker() == null);
    }

    @Test
    void srtWithoutCuesIsRefused() throws Exception {
        Path p = write("notes.srt", "just some notes\nno timings\n");
        assertThatThrownBy(() -> readers.read(p))
                .hasMessage("notes.srt: not a SubRip (.srt) file: no cue timing lines like '00:00:01,000 --> 00:00:04,000' found");
    }

    @Test
    void sameCuesGiveTheSameResultInVttSrtAndTimestampedTxt() throws Exception {
        ImportedText vtt = read("x.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna>Hi,\nyou.\n\n00:02.000 --> 00:03.000\n<v Bo>Hey.\n");
        ImportedText srt = read("x.srt", "1\n00:00:01,000 --> 00:00:02,000\nAnna: Hi,\nyou.\n\n2\n00:00:02,000 --> 00:00:03,000\nBo: Hey.\n\n"
                + "3\n00:00:03,000 --> 00:00:04,000\nAnna: Bye.\n");
        ImportedText txt = read("x.txt", "[00:01.000 --> 00:02.000] Anna: Hi, you.\n[00:02.000 --> 00:03.000] Bo: Hey.\n"
                + "[00:03.000 --> 00:04.000] Anna: Bye.\n");

        assertThat(srt.text()).isEqualTo(txt.text()).isEqualTo("Hi, you.\n\nHey.\n\nBye.");
        assertThat(srt.turns()).isEqualTo(txt.turns());
        assertThat(vtt.text()).isEqualTo("Hi, you.\n\nHey.");
        assertThat(vtt.turns()).isEqualTo(srt.turns().subList(0, 2));
    }
}
