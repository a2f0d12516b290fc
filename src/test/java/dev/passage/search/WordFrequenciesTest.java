package dev.passage.search;

import dev.passage.TestProjects;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import dev.passage.session.WordQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Known counts on a two-document English fixture. Document "Alpha" (unit North):
 * <pre>
 *   I: "The mistakes and the mistake."            (0..29)
 *   P: "Mistakes happen; learning follows mistakes." (30..73)
 * </pre>
 * Document "Beta" (no unit, no turns): "Learning is learning. 2024 12:30" with "Learning is learning" coded "Growth".
 */
class WordFrequenciesTest {
    @TempDir
    java.nio.file.Path tmp;
    ProjectSession session;
    long alpha;
    long beta;

    static final String ALPHA = "The mistakes and the mistake.\nMistakes happen; learning follows mistakes.";
    static final String BETA = "Learning is learning. 2024 12:30";

    @BeforeEach
    void fixture() throws Exception {
        session = TestProjects.create(tmp, Language.EN);
        SessionStores.of(session).database().write(tx -> {
            long growth = tx.codes().insert(null, "Growth", "#009E73", CodeDescription.EMPTY, 0);
            tx.codes().insert(growth, "Deep", "#E69F00", CodeDescription.EMPTY, 0);
            long north = tx.units().ensure("North", null);
            alpha = tx.documents().insert(new NewDocument("Alpha", ALPHA, DocumentFormat.TXT, null, Instant.EPOCH, Map.of(),
                    List.of(new SpeakerTurn(0, 29, "I", null), new SpeakerTurn(30, ALPHA.length(), "P", null))));
            tx.documents().setUnit(alpha, north);
            beta = tx.documents().insert(new NewDocument("Beta", BETA, DocumentFormat.TXT, null, Instant.EPOCH, Map.of(), List.of()));
            tx.codings().insert(beta, 0, 20, growth, "anna", Instant.EPOCH, null);
            return null;
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<WordFrequencies.Word> words(List<String> codes, List<String> docs, List<String> units, List<String> speakers,
                                             boolean stems) {
        return session.words().top(new WordQueries.Request(codes, docs, units, speakers, stems, 0));
    }

    private static Map<String, Long> counts(List<WordFrequencies.Word> words) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        words.forEach(w -> out.put(w.word(), w.count()));
        return out;
    }

    @Test
    void wordsWithoutStopWordsOrNumbersMostFrequentFirst() {
        List<WordFrequencies.Word> all = words(List.of(), List.of(), List.of(), List.of(), false);
        // "the", "and", "is" are English stop words; 2024 and 12:30 have no letter
        assertThat(counts(all)).containsExactly(Map.entry("learning", 3L), Map.entry("mistakes", 3L), Map.entry("follows", 1L),
                                                Map.entry("happen", 1L), Map.entry("mistake", 1L));
        assertThat(all.get(0).documents()).isEqualTo(2); // learning: in both documents
        assertThat(all.get(1).documents()).isEqualTo(1);
    }

    @Test
    void stemsGroupFormsAndShowTheMostFrequent() {
        List<WordFrequencies.Word> stems = words(List.of(), List.of(), List.of(), List.of(), true);
        WordFrequencies.Word mistake = stems.stream().filter(w -> w.word().equals("mistakes")).findFirst().orElseThrow();
        assertThat(mistake.count()).isEqualTo(4);
        assertThat(mistake.stem()).isEqualTo("mistak");
        assertThat(mistake.forms()).containsExactly("mistakes", "mistake");
        assertThat(counts(stems)).containsEntry("learning", 3L).doesNotContainKey("mistake");
    }

    @Test
    void filtersByCodeExtentDocumentUnitAndSpeaker() {
        // coded [0,20) of Beta: "Learning is learning" (Growth, asked for with its sub-code Deep too)
        assertThat(counts(words(List.of("growth"), List.of(), List.of(), List.of(), false))).containsExactly(Map.entry("learning", 2L));
        assertThat(counts(words(List.of("Growth/Deep"), List.of(), List.of(), List.of(), false))).isEmpty();
        assertThat(counts(words(List.of(), List.of("Bet"), List.of(), List.of(), false))).containsExactly(Map.entry("learning", 2L));
        assertThat(counts(words(List.of(), List.of(), List.of("north"), List.of(), false)))
                .containsEntry("mistakes", 3L).containsEntry("learning", 1L);
        assertThat(counts(words(List.of(), List.of(), List.of(), List.of("i"), false)))
                .containsExactly(Map.entry("mistake", 1L), Map.entry("mistakes", 1L));
    }

    @Test
    void unknownNamesAreBadInputListingTheValidOnes() {
        assertThatThrownBy(() -> words(List.of("Nope"), List.of(), List.of(), List.of(), false))
                .isInstanceOf(PassageException.class).hasMessageContaining("Nope").hasMessageContaining("\"Growth\", \"Growth/Deep\"")
                .satisfies(e -> assertThat(((PassageException) e).kind()).isEqualTo(ErrorKind.BAD_INPUT));
        assertThatThrownBy(() -> words(List.of(), List.of("Gamma"), List.of(), List.of(), false)).hasMessageContaining("Alpha");
        assertThatThrownBy(() -> words(List.of(), List.of(), List.of("South"), List.of(), false)).hasMessageContaining("North");
        assertThatThrownBy(() -> words(List.of(), List.of(), List.of(), List.of("X"), false)).hasMessageContaining("\"I\", \"P\"");
    }

    @Test
    void topCutsTheList() {
        assertThat(session.words().top(WordQueries.Request.all(false, 2))).hasSize(2);
    }
}
