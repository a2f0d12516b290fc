package dev.passage.ui.transcript;

import dev.passage.model.Coding;
import dev.passage.model.SpeakerTurn;
import dev.passage.ui.transcript.CodingLayout.Mark;
import dev.passage.ui.transcript.CodingLayout.Range;
import dev.passage.ui.transcript.CodingLayout.Run;
import dev.passage.ui.transcript.CodingLayout.Stripe;
import dev.passage.ui.transcript.CodingLayout.TurnLabel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CodingLayoutTest {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    private static Coding coding(long id, int start, int end, long codeId) {
        return new Coding(id, 1, start, end, codeId, "anna", Instant.EPOCH, null);
    }

    /** Expands runs into the classes of every character, for easy assertions. */
    private static List<List<String>> perChar(List<Run> runs) {
        List<List<String>> out = new ArrayList<>();
        for (Run r : runs) {
            for (int i = 0; i < r.length(); i++) {
                out.add(r.classes());
            }
        }
        return out;
    }

    @Test
    void overlappingAndNestedCodingsGiveOneRunPerBoundary() {
        // A [2,10) code 1 encloses B [5,8) code 2; C [8,15) code 3 overlaps A's end
        CodingLayout layout = CodingLayout.of(ALPHABET, List.of(), List.of(coding(1, 2, 10, 1), coding(2, 5, 8, 2), coding(3, 8, 15, 3)));

        List<Run> runs = layout.runs(0, 26, List.of());

        assertThat(runs).extracting(Run::length).containsExactly(2, 3, 3, 2, 5, 11);
        assertThat(runs.get(0).classes()).isEmpty();
        assertThat(runs.get(1).classes()).containsExactly("coded", "code-1", "tint-1", "depth-1");
        // nested: both codes, the inner (shorter) one gives the tint, depth 2 makes it darker
        assertThat(runs.get(2).classes()).containsExactly("coded", "code-1", "code-2", "tint-2", "depth-2");
        // overlap: C (7 long) is shorter than A (8 long)
        assertThat(runs.get(3).classes()).containsExactly("coded", "code-1", "code-3", "tint-3", "depth-2");
        assertThat(runs.get(4).classes()).containsExactly("coded", "code-3", "tint-3", "depth-1");
        assertThat(runs.get(5).classes()).isEmpty();
    }

    @Test
    void deepOverlapsCapTheDepthClassAndSameCodeTwiceIsListedOnce() {
        CodingLayout layout = CodingLayout.of(ALPHABET, List.of(),
                                              List.of(coding(1, 0, 20, 7), coding(2, 2, 18, 7), coding(3, 4, 16, 8), coding(4, 6, 14, 9)));

        List<List<String>> chars = perChar(layout.runs(0, 26, List.of()));

        assertThat(chars.get(10)).containsExactly("coded", "code-7", "code-8", "code-9", "tint-9", "depth-3");
        assertThat(chars.get(3)).containsExactly("coded", "code-7", "tint-7", "depth-2");
    }

    @Test
    void offsetsAreUtf16SoEmojiCountTwice() {
        String text = "Hej 😀 med dig";           // the emoji is two UTF-16 units at 4 and 5
        int start = text.indexOf("med");           // 7
        CodingLayout layout = CodingLayout.of(text, List.of(), List.of(coding(1, start, start + 3, 4)));

        List<Run> runs = layout.runs(0, text.length(), List.of());

        assertThat(start).isEqualTo(7);
        assertThat(runs).extracting(Run::length).containsExactly(7, 3, 4);
        assertThat(runs.get(1).classes()).contains("code-4");
        assertThat(runs.stream().mapToInt(Run::length).sum()).isEqualTo(text.length());
        // a coding covering just the emoji
        CodingLayout emoji = CodingLayout.of(text, List.of(), List.of(coding(2, 4, 6, 5)));
        assertThat(emoji.runs(0, text.length(), List.of())).extracting(Run::length).containsExactly(4, 2, 8);
    }

    @Test
    void runsForASubRangeCoverExactlyThatRange() {
        CodingLayout layout = CodingLayout.of(ALPHABET, List.of(), List.of(coding(1, 2, 10, 1), coding(3, 8, 15, 3)));

        List<Run> runs = layout.runs(6, 12, List.of());

        assertThat(runs.stream().mapToInt(Run::length).sum()).isEqualTo(6);
        List<List<String>> chars = perChar(runs);
        assertThat(chars.get(0)).contains("code-1").doesNotContain("code-3");  // offset 6
        assertThat(chars.get(2)).contains("code-1", "code-3");                  // offset 8
        assertThat(chars.get(5)).contains("code-3").doesNotContain("code-1");  // offset 11
    }

    @Test
    void marksAddTheirClassOverCodings() {
        CodingLayout layout = CodingLayout.of(ALPHABET, List.of(), List.of(coding(1, 2, 10, 1)));

        List<List<String>> chars = perChar(layout.runs(0, 26, List.of(new Mark(8, 12, "find-hit"), new Mark(0, 3, "flash"))));

        assertThat(chars.get(9)).containsExactly("coded", "code-1", "tint-1", "depth-1", "find-hit");
        assertThat(chars.get(11)).containsExactly("find-hit");
        assertThat(chars.get(2)).containsExactly("coded", "code-1", "tint-1", "depth-1", "flash");
        assertThat(chars.get(20)).isEmpty();
    }

    @Test
    void sweepMatchesANaivePerCharacterComputationOnRandomCodings() {
        Random random = new Random(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append(i % 97 == 0 ? '\n' : (char) ('a' + random.nextInt(26)));
        }
        String text = sb.toString();
        List<Coding> codings = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int s = random.nextInt(1900);
            codings.add(coding(i + 1, s, s + 1 + random.nextInt(100), 1 + random.nextInt(6)));
        }
        CodingLayout layout = CodingLayout.of(text, List.of(), codings);

        List<List<String>> chars = perChar(layout.runs(0, text.length(), List.of()));

        assertThat(chars).hasSize(text.length());
        for (int offset = 0; offset < text.length(); offset++) {
            List<Coding> here = new ArrayList<>();
            for (Coding c : codings) {
                if (c.start() <= offset && offset < c.end()) {
                    here.add(c);
                }
            }
            List<String> classes = chars.get(offset);
            if (here.isEmpty()) {
                assertThat(classes).as("offset %d", offset).isEmpty();
            } else {
                assertThat(classes).as("offset %d", offset).contains("depth-" + Math.min(3, here.size()));
                for (Coding c : here) {
                    assertThat(classes).as("offset %d", offset).contains("code-" + c.codeId());
                }
                assertThat(classes).contains("tint-" + layout.codingsAt(offset).getFirst().codeId());
            }
        }
    }

    @Test
    void stripesArePerParagraphWithLanesForOverlaps() {
        String text = "first line\nsecond line\n\nfourth line";
        int second = text.indexOf("second");
        int fourth = text.indexOf("fourth");
        List<Coding> codings = List.of(
            coding(1, 0, second + 3, 1),          // paragraphs 0-1
            coding(2, 2, 5, 2),                   // paragraph 0 only, overlaps 1
            coding(3, fourth, fourth + 6, 3),     // paragraph 3: a free lane again
            coding(4, second, text.length(), 4)); // paragraphs 1-3

        CodingLayout layout = CodingLayout.of(text, List.of(), codings);

        assertThat(layout.paragraphCount()).isEqualTo(4);
        assertThat(layout.stripes(0)).containsExactly(new Stripe(1, 1, 0, true, false, 0, 10, false), new Stripe(2, 2, 1, true, true, 2, 5, false));
        assertThat(layout.stripes(1)).extracting(Stripe::codingId).containsExactly(1L, 4L);
        assertThat(layout.stripes(1).get(1).lane()).isEqualTo(1);
        assertThat(layout.stripes(2)).extracting(Stripe::codingId).containsExactly(4L);   // the blank line between turns
        assertThat(layout.stripes(3)).containsExactly(new Stripe(3, 3, 0, true, true, 0, 6, false), new Stripe(4, 4, 1, false, true, 0, 11, false));
        assertThat(layout.lanes()).isEqualTo(2);
    }

    @Test
    void aStripeKnowsWhereInItsParagraphTheCodingStartsAndEndsAndWhetherItHasAMemo() {
        String turn = "Interviewer: " + "words and more words ".repeat(30);
        String text = turn + "\nNext turn";
        int start = text.indexOf("more", 200);
        int end = start + 120;
        Coding withMemo = new Coding(7, 1, start, end, 3, "anna", Instant.EPOCH, "why this matters");
        CodingLayout layout = CodingLayout.of(text, List.of(), List.of(withMemo));

        assertThat(layout.stripes(0)).containsExactly(new Stripe(7, 3, 0, true, true, start, end, true));
        assertThat(layout.stripes(1)).isEmpty();
    }

    @Test
    void aCodingEndingAtALineBreakStaysInItsParagraph() {
        String text = "one\ntwo";
        CodingLayout layout = CodingLayout.of(text, List.of(), List.of(coding(1, 0, 4, 1)));

        assertThat(layout.paragraphOf(3)).isZero();
        assertThat(layout.paragraphOf(4)).isEqualTo(1);
        assertThat(layout.paragraphEnd(0)).isEqualTo(3);
        assertThat(layout.stripes(0)).hasSize(1);
        assertThat(layout.stripes(1)).isEmpty();
    }

    @Test
    void turnLabelsNameTheSpeakerOnceForConsecutiveCues() {
        String text = "Hello there\nsecond cue\n\nAnswer\n\nAgain";
        List<SpeakerTurn> turns = List.of(
            new SpeakerTurn(0, 11, "Interviewer", 1_000L),
            new SpeakerTurn(12, 22, "Interviewer", 4_000L),
            new SpeakerTurn(24, 30, "Leder", 3_725_000L),
            new SpeakerTurn(32, 37, null, null));

        CodingLayout layout = CodingLayout.of(text, turns, List.of());

        assertThat(layout.turnLabel(0)).isEqualTo(new TurnLabel("Interviewer", 1_000L));
        assertThat(layout.turnLabel(1)).isEqualTo(new TurnLabel(null, 4_000L));
        assertThat(layout.turnLabel(2)).isNull();
        assertThat(layout.turnLabel(3)).isEqualTo(new TurnLabel("Leder", 3_725_000L));
        assertThat(layout.turnLabel(5)).isNull();   // no speaker, no time: nothing to show
        assertThat(CodingLayout.clock(3_725_000L)).isEqualTo("1:02:05");
        assertThat(CodingLayout.clock(65_000L)).isEqualTo("01:05");
    }

    @Test
    void changedRangesAreTheOldAndNewExtentsOfWhatChanged() {
        CodingLayout before = CodingLayout.of(ALPHABET, List.of(), List.of(coding(1, 2, 5, 1), coding(2, 10, 12, 2), coding(3, 20, 22, 3)));
        CodingLayout after = before.withCodings(List.of(
            coding(1, 2, 5, 1),            // unchanged
            coding(2, 11, 14, 2),          // moved
            coding(4, 13, 16, 4)));        // added; 3 removed

        assertThat(before.changedRanges(after)).containsExactly(new Range(10, 16), new Range(20, 22));
        assertThat(after.changedRanges(after.withCodings(after.codings()))).isEmpty();
    }

    @Test
    void codingsAtListsTheInnermostFirstAndIgnoresCodingsOutsideTheText() {
        CodingLayout layout = CodingLayout.of(ALPHABET, List.of(), List.of(coding(1, 0, 20, 1), coding(2, 5, 8, 2), coding(9, 20, 40, 3)));

        assertThat(layout.codingsAt(6)).extracting(Coding::id).containsExactly(2L, 1L);
        assertThat(layout.codingsAt(19)).extracting(Coding::id).containsExactly(1L);
        assertThat(layout.codings()).extracting(Coding::id).containsExactly(1L, 2L);
    }
}
