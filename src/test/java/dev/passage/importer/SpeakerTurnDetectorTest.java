package dev.passage.importer;

import dev.passage.importer.SpeakerTurnDetector.Style;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerTurnDetectorTest {
    private final SpeakerTurnDetector detector = new SpeakerTurnDetector();

    private TranscriptText detect(String... paragraphs) {
        return detector.detect(List.of(paragraphs));
    }

    private static String said(TranscriptText t, int turn) {
        SpeakerTurn s = t.turns().get(turn);
        return t.text().substring(s.start(), s.end());
    }

    @Test
    void nameColonLabels() {
        TranscriptText t = detect("Mette Holm: Hvordan startede det?", "Jens: Det var i 2019.", "Mette Holm: Og så?",
                "Jens: Så flyttede vi.");

        assertThat(t.text()).isEqualTo("Hvordan startede det?\n\nDet var i 2019.\n\nOg så?\n\nSå flyttede vi.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 21, "Mette Holm", null),
                new SpeakerTurn(23, 38, "Jens", null),
                new SpeakerTurn(40, 46, "Mette Holm", null),
                new SpeakerTurn(48, 63, "Jens", null));
    }

    @Test
    void shortRoleLabelsOnConsecutiveLinesOfOneParagraph() {
        TranscriptText t = detect("I: How long have you worked here?\nR: Ten years.\nI: And before?\nR: A school.");

        assertThat(t.text()).isEqualTo("How long have you worked here?\n\nTen years.\n\nAnd before?\n\nA school.");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("I", "R", "I", "R");
        assertThat(said(t, 1)).isEqualTo("Ten years.");
    }

    @Test
    void upperCaseAndRoleWords() {
        TranscriptText t = detect("INTERVIEWER: Hello.", "RESPONDENT: Hi.", "Interviewer: Ready?", "Respondent: Yes.",
                "INTERVIEWER: Good.");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker)
                .containsExactly("INTERVIEWER", "RESPONDENT", "Interviewer", "Respondent", "INTERVIEWER");
        assertThat(t.text()).isEqualTo("Hello.\n\nHi.\n\nReady?\n\nYes.\n\nGood.");
    }

    @Test
    void danishLabelsWithNumbers() {
        TranscriptText t = detect("Leder: Velkommen til.", "Taler 3: Tak.", "Leder: Hvem starter?", "Taler 3: Det gør jeg.",
                "P1: Eller mig.");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("Leder", "Taler 3", "Leder", "Taler 3", "P1");
        assertThat(said(t, 4)).isEqualTo("Eller mig.");
    }

    @Test
    void unlabelledLinesAndParagraphsBelongToThePreviousTurn() {
        TranscriptText t = detect("I: First question,\nwrapped onto a second line.", "R: An answer.", "It goes on in a new paragraph.",
                "I: Next.", "R: Fine.");

        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("I", "R", "I", "R");
        assertThat(said(t, 0)).isEqualTo("First question,\nwrapped onto a second line.");
        assertThat(said(t, 1)).isEqualTo("An answer.\n\nIt goes on in a new paragraph.");
        assertThat(t.text()).isEqualTo("First question,\nwrapped onto a second line.\n\nAn answer.\n\nIt goes on in a new paragraph."
                + "\n\nNext.\n\nFine.");
    }

    @Test
    void labelOnItsOwnLine() {
        TranscriptText t = detect("Interviewer:", "What did you do?", "Mette:", "I left.", "Interviewer:", "Why?");
        assertThat(t.text()).isEqualTo("What did you do?\n\nI left.\n\nWhy?");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("Interviewer", "Mette", "Interviewer");
    }

    @Test
    void singleUseLabelsBeforeTheConversationStayText() {
        TranscriptText t = detect("Interview with Mette, Aarhus", "Projektleder: Hanne Berg", "I: Velkommen.", "Mette: Tak.", "I: Start.",
                "Mette: Ok.", "Anne: Må jeg sige noget?", "I: Ja.");

        assertThat(t.turns().get(0).speaker()).isNull();
        assertThat(said(t, 0)).isEqualTo("Interview with Mette, Aarhus");
        assertThat(t.turns().get(1).speaker()).isNull();
        assertThat(said(t, 1)).isEqualTo("Projektleder: Hanne Berg");
        assertThat(t.turns().subList(2, t.turns().size())).extracting(SpeakerTurn::speaker)
                .containsExactly("I", "Mette", "I", "Mette", "Anne", "I");
        assertThat(said(t, 6)).isEqualTo("Må jeg sige noget?");
    }

    @Test
    void metadataWordsAreNeverSpeakers() {
        TranscriptText t = detect("Sted: Aarhus", "I: Velkommen.", "R: Tak.", "I: Start.", "R: Ok.");
        assertThat(t.turns().getFirst()).isEqualTo(new SpeakerTurn(0, 12, null, null));
        assertThat(t.text()).startsWith("Sted: Aarhus\n\nVelkommen.");
    }

    @Test
    void notesAndSentencesWithColonsAreNotSpeakers() {
        TranscriptText t = detect("Note: this interview was shortened.", "Det var sådan: vi gik hjem tidligt.",
                "Note: the recorder failed once.", "Så kom regnen.");

        assertThat(t.turns()).hasSize(4).allMatch(turn -> turn.speaker() == null);
        assertThat(t.text()).isEqualTo("Note: this interview was shortened.\n\nDet var sådan: vi gik hjem tidligt.\n\n"
                + "Note: the recorder failed once.\n\nSå kom regnen.");
    }

    @Test
    void aFewLabelsInProseAreNotATranscript() {
        // 2 of 5 paragraphs start with a name-like label: below the 60% needed
        TranscriptText t = detect("We met on Monday.", "Mette: was late.", "The weather was bad.", "Mette: called later.",
                "Nothing else happened.");
        assertThat(t.turns()).hasSize(5).allMatch(turn -> turn.speaker() == null);
        assertThat(said(t, 1)).isEqualTo("Mette: was late.");
        assertThat(detector.style(List.of("We met on Monday.", "Mette: was late.", "The weather was bad.", "Mette: called later.",
                "Nothing else happened."))).isNull();
    }

    @Test
    void labelsThatNeverRepeatAreNotATranscript() {
        TranscriptText t = detect("Anna: one.", "Bo: two.", "Carl: three.");
        assertThat(t.turns()).hasSize(3).allMatch(turn -> turn.speaker() == null);
        assertThat(t.text()).isEqualTo("Anna: one.\n\nBo: two.\n\nCarl: three.");
    }

    @Test
    void majorityThresholdIsSixtyPercent() {
        // 3 labelled of 5 units = 60%: a transcript
        assertThat(detector.style(List.of("Title", "A: x", "B: y", "A: z", "Afterword"))).isEqualTo(Style.COLON);
        // 3 labelled of 6 units = 50%: not
        assertThat(detector.style(List.of("Title", "More", "A: x", "B: y", "A: z", "Afterword"))).isNull();
    }

    @Test
    void timesAndUrlsAreNotLabels() {
        TranscriptText t = detect("Kl 10:30 begyndte vi.", "Se https://example.org for mere.", "Kl 11:00 sluttede vi.");
        assertThat(t.turns()).allMatch(turn -> turn.speaker() == null);
        assertThat(t.text()).isEqualTo("Kl 10:30 begyndte vi.\n\nSe https://example.org for mere.\n\nKl 11:00 sluttede vi.");
    }

    @Test
    void bracketTags() {
        TranscriptText t = detect("[id1] hello there", "[id2] hi", "[id1] how are you?");
        assertThat(t.text()).isEqualTo("hello there\n\nhi\n\nhow are you?");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 11, "id1", null),
                new SpeakerTurn(13, 15, "id2", null),
                new SpeakerTurn(17, 29, "id1", null));
    }

    @Test
    void bracketedStageDirectionsInsideAColonTranscriptStayText() {
        TranscriptText t = detect("I: Did it work?", "R: No.", "[laughs] Not at all.", "I: Why?", "R: Money.");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("I", "R", "I", "R");
        assertThat(said(t, 1)).isEqualTo("No.\n\n[laughs] Not at all.");
    }

    @Test
    void otterHeadersGiveSpeakerAndTimestamp() {
        TranscriptText t = detect("Mette Holm  0:21\nSo tell me how it began.", "Jens  1:02:03", "It began in a garage.",
                "And it grew.", "Mette Holm  1:03:10\nWhen?");

        assertThat(t.text()).isEqualTo("So tell me how it began.\n\nIt began in a garage.\n\nAnd it grew.\n\nWhen?");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 24, "Mette Holm", 21_000L),
                new SpeakerTurn(26, 61, "Jens", 3_723_000L),
                new SpeakerTurn(63, 68, "Mette Holm", 3_790_000L));
    }

    @Test
    void timestampedLinesAreCuesSeparatedBySingleLineBreaks() {
        TranscriptText t = detect("[00:43.810 --> 00:47.850]  Hello and welcome.\n[00:48.350 --> 00:54.570]  I'm here with Rik.\n"
                + "[01:02:03.400 --> 01:02:05.000] An hour later.");

        assertThat(t.text()).isEqualTo("Hello and welcome.\nI'm here with Rik.\nAn hour later.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 18, null, 43_810L),
                new SpeakerTurn(19, 37, null, 48_350L),
                new SpeakerTurn(38, 52, null, 3_723_400L));
    }

    @Test
    void timestampedCuesWithConsistentNameLabels() {
        TranscriptText t = detect("[00:01.000 --> 00:02.000] Anna: Hi.", "[00:02.000 --> 00:03.000] Anna: How are you?",
                "[00:03.000 --> 00:04.000] Bo: Fine.", "[00:04.000 --> 00:05.000] and you?");

        // same speaker: one line break; speaker change: a blank line; a cue without label keeps the current speaker
        assertThat(t.text()).isEqualTo("Hi.\nHow are you?\n\nFine.\nand you?");
        assertThat(t.turns()).extracting(SpeakerTurn::speaker).containsExactly("Anna", "Anna", "Bo", "Bo");
        assertThat(t.turns()).extracting(SpeakerTurn::timestampMs).containsExactly(1_000L, 2_000L, 3_000L, 4_000L);
    }

    @Test
    void preambleBeforeTimestampedLinesIsAPlainParagraph() {
        TranscriptText t = detect("Interview 4", "[00:01.000] One.\n[00:02.500] Two.");
        assertThat(t.text()).isEqualTo("Interview 4\n\nOne.\nTwo.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 11, null, null),
                new SpeakerTurn(13, 17, null, 1_000L),
                new SpeakerTurn(18, 22, null, 2_500L));
    }

    @Test
    void plainParagraphsKeepInnerLineBreaks() {
        TranscriptText t = detect("First paragraph,\n  second line.  ", "", "Second paragraph.");
        assertThat(t.text()).isEqualTo("First paragraph,\nsecond line.\n\nSecond paragraph.");
        assertThat(t.turns()).containsExactly(new SpeakerTurn(0, 29, null, null), new SpeakerTurn(31, 48, null, null));
    }

    @Test
    void aSingleParagraphOfManyLinesIsOneParagraphPerLine() {
        TranscriptText t = detect("Line one.\nLine two.\nLine three.");
        assertThat(t.text()).isEqualTo("Line one.\n\nLine two.\n\nLine three.");
        assertThat(t.turns()).hasSize(3);
    }

    @Test
    void emojiAndCombiningCharactersKeepUtf16Offsets() {
        String said1 = "Jeg var 😀 glad 👩‍👩‍👧 og 🇩🇰!";
        String said2 = "Cafe\u0301 A\u030Arhus"; // decomposed: becomes NFC
        TranscriptText t = detect("Mette: " + said1, "Jens: " + said2, "Mette: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ok", "Jens: slut");

        assertThat(said(t, 0)).isEqualTo(said1);
        assertThat(t.turns().get(0).end()).isEqualTo(said1.length());
        assertThat(said(t, 1)).isEqualTo("Caf\u00E9 \u00C5rhus");
        assertThat(said(t, 2)).isEqualTo("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ok");
        assertThat(said(t, 3)).isEqualTo("slut");
        assertThat(t.turns().get(3).end()).isEqualTo(t.text().length());
    }

    @Test
    void labelRules() {
        assertThat(SpeakerLabel.isSpeaker("Mette Holm")).isTrue();
        assertThat(SpeakerLabel.isSpeaker("Dr. Jensen")).isTrue();
        assertThat(SpeakerLabel.isSpeaker("Anne van Dijk")).isTrue();
        assertThat(SpeakerLabel.isSpeaker("Ærø-Søren")).isTrue();
        assertThat(SpeakerLabel.isSpeaker("id1")).isTrue();
        assertThat(SpeakerLabel.isSpeaker("Det var sådan")).isFalse();
        assertThat(SpeakerLabel.isSpeaker("Note")).isFalse();
        assertThat(SpeakerLabel.isSpeaker("interviewer")).isFalse();
        assertThat(SpeakerLabel.isSpeaker("Mette, Jens")).isFalse();
        assertThat(SpeakerLabel.isSpeaker("Why? Because")).isFalse();
        assertThat(SpeakerLabel.isSpeaker("One Two Three Four Five")).isFalse();
        assertThat(SpeakerLabel.isSpeaker("A".repeat(41))).isFalse();
        assertThat(SpeakerLabel.isSpeaker("3 Taler")).isFalse();
    }
}
