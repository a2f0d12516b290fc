package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusTest {
    private static final String HITSAVE = "en-hitsave-goodboy-galaxy-rik-nicol";
    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void hitSaveVttSrtAndTxtGiveTheSameTextTurnsAndTimestamps() throws Exception {
        ImportedText vtt = readers.read(Corpus.file(HITSAVE + ".vtt"));
        ImportedText srt = readers.read(Corpus.file(HITSAVE + ".srt"));
        ImportedText txt = readers.read(Corpus.file(HITSAVE + ".txt"));

        assertThat(vtt.format()).isEqualTo(DocumentFormat.VTT);
        assertThat(srt.format()).isEqualTo(DocumentFormat.SRT);
        assertThat(txt.format()).isEqualTo(DocumentFormat.TXT);

        // 753 cues in each file: the srt numbers them 1..753, the txt has one line per cue
        String srtSource = Files.readString(Corpus.file(HITSAVE + ".srt"), StandardCharsets.UTF_8);
        assertThat(srtSource).contains("\r\n753\r\n00:51:51,760 --> 00:52:05,560");
        assertThat(vtt.turns()).hasSize(753);
        assertThat(srt.turns()).hasSize(753);
        assertThat(txt.turns()).hasSize(753);

        assertThat(srt.text()).isEqualTo(vtt.text());
        assertThat(txt.text()).isEqualTo(vtt.text());
        assertThat(srt.turns()).isEqualTo(vtt.turns());
        assertThat(txt.turns()).isEqualTo(vtt.turns());
        assertThat(vtt.warnings()).isEmpty();
    }

    @Test
    void hitSaveTextIsTheSpokenTextOnlyOneCuePerLine() throws Exception {
        ImportedText vtt = readers.read(Corpus.file(HITSAVE + ".vtt"));
        String text = vtt.text();
        List<SpeakerTurn> turns = vtt.turns();

        assertThat(text).startsWith("Hello everyone and welcome to yet another Hit Save podcast.\n"
                + "I'm here with Rick Nickel of Good Boy Galaxy and you just saw the Good Boy Galaxy trailer\n"
                + "that just came out like two weeks ago here.\n");
        assertThat(text).endsWith("Thank you very much.\n\u266A\u266A\u266A");
        assertThat(text).doesNotContain("\r", "-->", "WEBVTT", "00:", "\n\n");
        assertThat(text.lines().count()).isEqualTo(753);

        assertThat(turns.getFirst()).isEqualTo(new SpeakerTurn(0, 59, null, 43_810L));
        assertThat(turns.get(1)).isEqualTo(new SpeakerTurn(60, 149, null, 48_350L));
        assertThat(turns.getLast().timestampMs()).isEqualTo(51 * 60_000L + 51_760L);
        assertThat(text.substring(turns.getLast().start(), turns.getLast().end())).isEqualTo("\u266A\u266A\u266A");
        assertThat(turns.getLast().end()).isEqualTo(text.length());
        // the wrapped sentence "...for the past couple of" / "years." stays two cues
        int years = text.indexOf("\nyears.\n") + 1;
        SpeakerTurn yearsTurn = turns.stream().filter(t -> t.start() == years).findFirst().orElseThrow();
        assertThat(yearsTurn.timestampMs()).isEqualTo(87_030L);
        assertThat(turns).allMatch(t -> t.speaker() == null);
        for (int i = 1; i < turns.size(); i++) {
            assertThat(turns.get(i).start()).isEqualTo(turns.get(i - 1).end() + 1);
            assertThat(turns.get(i).timestampMs()).isGreaterThanOrEqualTo(turns.get(i - 1).timestampMs());
        }
    }

    @Test
    void qualCoderTranscriptHasSevenTurnsOfThreeSpeakers() throws Exception {
        ImportedText t = readers.read(Corpus.file("en-qualcoder-example-transcript.txt"));

        assertThat(t.turns()).extracting(SpeakerTurn::speaker)
                .containsExactly("id1", "id2", "id3", "id1", "id3", "id1", "id2");
        assertThat(t.turns()).allMatch(turn -> turn.timestampMs() == null);
        assertThat(t.text()).doesNotContain("[id");
        assertThat(t.text()).startsWith("hello, I like the course.");
        assertThat(t.text()).endsWith("Hmm, I will ask the tutor for more help as I am really struggling.");
        SpeakerTurn second = t.turns().get(1);
        assertThat(t.text().substring(second.start(), second.end()))
                .isEqualTo("I am struggling with the lecture slides. I felt that they were too busy and I switched off.");
        assertThat(t.text().substring(t.turns().get(4).start(), t.turns().get(4).end()))
                .isEqualTo("yes, I am learning a lot as well. It's a good course overall");
        assertThat(t.turns().get(1).start()).isEqualTo(t.turns().get(0).end() + 2);
    }

    @Test
    void qualCoderDocxGivesItsThreeParagraphs() throws Exception {
        ImportedText t = readers.read(Corpus.file("en-qualcoder-example-ID1.docx"));

        assertThat(t.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(t.turns()).hasSize(3).allMatch(turn -> turn.speaker() == null);
        assertThat(t.text()).startsWith("I really like learning new things.");
        assertThat(t.text()).endsWith("I'm happy to pay \u20AC200.");
        assertThat(paragraph(t, 0)).endsWith("web links have been really good.");
        assertThat(paragraph(t, 1)).startsWith("I guess some less computer-savvy people would have some trouble");
        assertThat(t.text().split("\n\n")).hasSize(3);
    }

    @Test
    void qualCoderOdtGivesItsThreeParagraphsWithSpansJoined() throws Exception {
        ImportedText t = readers.read(Corpus.file("en-qualcoder-example-ID2.odt"));

        assertThat(t.format()).isEqualTo(DocumentFormat.ODT);
        assertThat(t.turns()).hasSize(3).allMatch(turn -> turn.speaker() == null);
        assertThat(paragraph(t, 0)).isEqualTo("I have not studied much before, but my father Joe Bloggs really encouraged me to "
                + "study again. I know that I must get help as I have struggled understanding the lecture slides so far and "
                + "searching the web did not help.");
        assertThat(paragraph(t, 1)).isEqualTo("I really want someone to sit down with me and explain the course material.");
        assertThat(paragraph(t, 2)).isEqualTo("The course cost \u20AC200.00 and I do not want to waste my money.");
        assertThat(t.text()).isEqualTo(String.join("\n\n", paragraph(t, 0), paragraph(t, 1), paragraph(t, 2)));
    }

    private static String paragraph(ImportedText t, int index) {
        SpeakerTurn turn = Objects.requireNonNull(t.turns().get(index));
        return t.text().substring(turn.start(), turn.end());
    }
}
