package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TxtReaderTest {
    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    private ImportedText read(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return readers.read(p);
    }

    private ImportedText read(String name, String text) throws Exception {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String said(ImportedText t, int turn) {
        SpeakerTurn s = t.turns().get(turn);
        return t.text().substring(s.start(), s.end());
    }

    @Test
    void windows1252TranscriptWithDanishLetters() throws Exception {
        String source = "Interviewer: Hvad så på Ærø?\r\nRespondent: Vi spiste rødgrød med fløde.\r\n"
                + "Interviewer: Og æblerne?\r\nRespondent: De var søde – “virkelig”.\r\n";
        ImportedText t = read("ærø.txt", source.getBytes(Charset.forName("windows-1252")));

        assertThat(t.text()).isEqualTo("Hvad så på Ærø?\n\nVi spiste rødgrød med fløde.\n\nOg æblerne?\n\nDe var søde – “virkelig”.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 15, "Interviewer", null),
                new SpeakerTurn(17, 45, "Respondent", null),
                new SpeakerTurn(47, 58, "Interviewer", null),
                new SpeakerTurn(60, 85, "Respondent", null));
        assertThat(t.warnings()).containsExactly(
                "the file is not UTF-8; it was read as Windows-1252 (check that letters such as æ, ø and å look right)");
    }

    @Test
    void crlfAndLoneCrLineEnds() throws Exception {
        ImportedText crlf = read("crlf.txt", "First line\r\nsame paragraph\r\n\r\nSecond paragraph\r\n");
        ImportedText cr = read("cr.txt", "First line\rsame paragraph\r\rSecond paragraph\r");

        assertThat(crlf.text()).isEqualTo("First line\nsame paragraph\n\nSecond paragraph");
        assertThat(cr.text()).isEqualTo(crlf.text());
        assertThat(cr.turns()).isEqualTo(crlf.turns())
                .containsExactly(new SpeakerTurn(0, 25, null, null), new SpeakerTurn(27, 43, null, null));
    }

    @Test
    void blankLinesWithWhitespaceSeparateParagraphs() throws Exception {
        ImportedText t = read("p.txt", "\n\n  One.  \n \t \nTwo.\n\n\n\nThree.\n\n");
        assertThat(t.text()).isEqualTo("One.\n\nTwo.\n\nThree.");
        assertThat(t.turns()).hasSize(3);
    }

    @Test
    void fileWithoutBlankLinesIsOneParagraphPerLine() throws Exception {
        ImportedText t = read("lines.txt", "Første linje.\nAnden linje.\nTredje linje.\n");
        assertThat(t.text()).isEqualTo("Første linje.\n\nAnden linje.\n\nTredje linje.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 13, null, null), new SpeakerTurn(15, 27, null, null), new SpeakerTurn(29, 42, null, null));
    }

    @Test
    void emojiAndCombiningCharactersInAFile() throws Exception {
        String said1 = "Det var 😀 sjovt 👩‍👩‍👧 🇩🇰";
        ImportedText t = read("emoji.txt", "I: " + said1 + "\nR: Cafe\u0301 i A\u030Arhus 🎉\nI: 𝔈𝔫𝔡𝔢\nR: ok");

        assertThat(said(t, 0)).isEqualTo(said1);
        assertThat(said(t, 1)).isEqualTo("Caf\u00E9 i \u00C5rhus 🎉");
        assertThat(said(t, 2)).isEqualTo("𝔈𝔫𝔡𝔢");
        assertThat(said(t, 3)).isEqualTo("ok");
        assertThat(t.turns().get(1).start()).isEqualTo(said1.length() + 2);
        assertThat(t.turns().get(1).end() - t.turns().get(1).start()).isEqualTo("Café i Århus ".length() + 2);
    }

    @Test
    void markdownTranscriptWithBoldLabels() throws Exception {
        ImportedText t = read("interview.md", """
                # Interview med *Mette*

                **Interviewer:** Hvordan [begyndte](https://example.org) det?

                **Mette:** Med en `idé` og
                en **stor** drøm.

                - **Interviewer**: Og så?
                - **Mette**: _Så_ gik det stærkt.

                ---
                """);

        assertThat(t.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(t.text()).isEqualTo("Interview med Mette\n\nHvordan begyndte det?\n\nMed en idé og\nen stor drøm.\n\n"
                + "Og så?\n\nSå gik det stærkt.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 19, null, null),
                new SpeakerTurn(21, 42, "Interviewer", null),
                new SpeakerTurn(44, 71, "Mette", null),
                new SpeakerTurn(73, 79, "Interviewer", null),
                new SpeakerTurn(81, 99, "Mette", null));
    }

    @Test
    void markdownWithoutSpeakers() throws Exception {
        ImportedText t = read("notes.md", "## Feltnoter ##\n\n> Citat fra *dagen*\n\n1. Første punkt\n2. Andet punkt\n\n5 * 3 * 2 = 30");
        assertThat(t.text()).isEqualTo("Feltnoter\n\nCitat fra dagen\n\nFørste punkt\nAndet punkt\n\n5 * 3 * 2 = 30");
        assertThat(t.turns()).allMatch(turn -> turn.speaker() == null).hasSize(4);
    }

    @Test
    void otterExportFile() throws Exception {
        ImportedText t = read("otter.txt", """
                Speaker 1  0:03
                Thanks for joining.

                Mette Holm  0:09
                Happy to be here. I run a small bakery
                in Aarhus.

                Speaker 1  1:02:44
                Great.
                """);
        assertThat(t.text()).isEqualTo("Thanks for joining.\n\nHappy to be here. I run a small bakery\nin Aarhus.\n\nGreat.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 19, "Speaker 1", 3_000L),
                new SpeakerTurn(21, 70, "Mette Holm", 9_000L),
                new SpeakerTurn(72, 78, "Speaker 1", 3_764_000L));
    }
}
