package dev.passage.ui.transcript;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextToolsTest {
    @Test
    void findIgnoresCaseAndReturnsNonOverlappingStarts() {
        String text = "Fejl er fejl. FEJLENE! aaaa";

        assertThat(TextFinder.find(text, "fejl", 100)).containsExactly(0, 8, 14);
        assertThat(TextFinder.find(text, "aa", 100)).containsExactly(23, 25);
        assertThat(TextFinder.find(text, "fejl", 2)).containsExactly(0, 8);
        assertThat(TextFinder.find(text, "", 100)).isEmpty();
        assertThat(TextFinder.find("Øen og øen", "ØEN", 10)).containsExactly(0, 7);
    }

    @Test
    void inVivoNamesAreOneTrimmedLine() {
        assertThat(InVivoName.from("  »tale åbent om det«,\n ")).hasValue("tale åbent om det");
        assertThat(InVivoName.from("a/b  c")).hasValue("a-b c");
        assertThat(InVivoName.from(" ... ")).isEmpty();
    }

    @Test
    void longSelectionsAreShortenedAtAWordWithoutSplittingAnEmoji() {
        String longText = "Vi prøvede en ny måde at planlægge ruterne på og samlede data i fire uger bagefter";
        String name = InVivoName.from(longText).orElseThrow();
        assertThat(name).startsWith("Vi prøvede en ny måde").endsWith("…");
        assertThat(name.length()).isLessThanOrEqualTo(InVivoName.MAX_LENGTH + 1);
        assertThat(longText).startsWith(name.substring(0, name.length() - 1));

        String emoji = "x".repeat(59) + "😀" + "yyyy";   // the cut falls inside the surrogate pair
        String cut = InVivoName.from(emoji).orElseThrow();
        assertThat(cut).isEqualTo("x".repeat(59) + "…");
    }

    @Test
    void selectionsSnapToWholeWords() {
        String text = "We started a lesson study project.\nNæste linje om fejlene";
        int s = text.indexOf("rted");
        int e = text.indexOf("project") + 2;
        WordSnap.Span snapped = WordSnap.snap(text, s, e, java.util.Locale.ENGLISH);
        assertThat(text.substring(snapped.start(), snapped.end())).isEqualTo("started a lesson study project");
        // already on boundaries (or blanks around words): only the blanks go
        int a = text.indexOf(" a lesson");
        WordSnap.Span trimmed = WordSnap.snap(text, a, a + " a lesson ".length(), java.util.Locale.ENGLISH);
        assertThat(text.substring(trimmed.start(), trimmed.end())).isEqualTo("a lesson");
        // Danish letters are word letters; a selection never crosses into the next line by snapping
        int f = text.indexOf("ejlen");
        WordSnap.Span danish = WordSnap.snap(text, f, f + 3, java.util.Locale.of("da"));
        assertThat(text.substring(danish.start(), danish.end())).isEqualTo("fejlene");
        int dot = text.indexOf("ject.");
        assertThat(WordSnap.snap(text, dot, dot + 5, java.util.Locale.ENGLISH)).isEqualTo(new WordSnap.Span(text.indexOf("project"), dot + 5));
        assertThat(WordSnap.snap(text, 2, 3, null)).isEqualTo(new WordSnap.Span(2, 3));   // only a blank: left alone
    }
}
