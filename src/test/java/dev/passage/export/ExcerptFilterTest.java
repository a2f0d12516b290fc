package dev.passage.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Filters by code (with or without sub-codes), document, unit, coder and document-id scope; variable columns; context. */
class ExcerptFilterTest {
    @TempDir
    Path tmp;
    ExportFixture fx;
    ExcerptReader reader;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ExportFixture(tmp);
        reader = fx.service().reader();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private List<Excerpt> read(ExcerptFilter f) {
        List<Excerpt> out = new ArrayList<>();
        int n = reader.forEach(f, List.of(), ExcerptReader.Order.BY_DOCUMENT, 0, out::add);
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    private static List<String> texts(List<Excerpt> excerpts) {
        return excerpts.stream().map(Excerpt::text).toList();
    }

    @Test
    void everythingComesInDocumentOrderThenPosition() {
        assertThat(read(ExcerptFilter.ALL)).extracting(Excerpt::documentName)
            .containsExactly("Interview 01", "Interview 01", "Interview 02", "R001 · Q1");
    }

    @Test
    void aCodeAloneOrWithItsSubcodes() {
        var safety = ExcerptFilter.ALL.withCodes(List.of("Psychological safety"), false);
        assertThat(texts(read(safety))).containsExactly("emoji, komma", ExportFixture.C);
        assertThat(read(safety.withCodes(List.of("Psychological safety"), true))).extracting(Excerpt::codePath)
            .containsExactly("Psychological safety", "Psychological safety/Speaking up", "Psychological safety");
        assertThat(read(ExcerptFilter.ALL.withCodes(List.of("Barriers/Fear of blame", "Psychological safety/Speaking up"), false))).hasSize(2);
        assertThat(read(ExcerptFilter.ALL.withCodes(List.of("Barriers"), false))).isEmpty();
    }

    @Test
    void documentsUnitsCodersAndTheirCombination() {
        assertThat(read(ExcerptFilter.ALL.withDocuments(List.of("Interview 02")))).singleElement()
            .satisfies(e -> assertThat(e.text()).isEqualTo("<script>alert('x')</script>"));
        assertThat(read(ExcerptFilter.ALL.withDocuments(List.of("interview 02")))).hasSize(1); // case is forgiven when unambiguous
        assertThat(read(ExcerptFilter.ALL.withUnits(List.of("North")))).extracting(Excerpt::documentName)
            .containsExactly("Interview 01", "Interview 01", "R001 · Q1");
        assertThat(read(ExcerptFilter.ALL.withCoders(List.of("jonas")))).extracting(Excerpt::coder).containsExactly("jonas");
        assertThat(read(ExcerptFilter.ALL.withUnits(List.of("North")).withCoders(List.of("anna"))
                                         .withCodes(List.of("Psychological safety"), true))).extracting(Excerpt::documentName)
            .containsExactly("R001 · Q1");
        assertThat(read(ExcerptFilter.ALL.withUnits(List.of("South")).withDocuments(List.of("Interview 01")))).isEmpty();
    }

    @Test
    void aDocumentScopeComputedByTheCaller() {
        assertThat(read(ExcerptFilter.ALL.withDocumentScope(Set.of(fx.interviewSouth, fx.answer)))).extracting(Excerpt::documentId)
            .containsExactly(fx.interviewSouth, fx.answer);
        assertThat(read(ExcerptFilter.ALL.withDocumentScope(Set.of()))).isEmpty();
        Set<Long> large = new HashSet<>(List.of(fx.interviewNorth)); // past the bound-parameter limit the store filters itself
        for (long i = 1_000_000; large.size() < 1500; i++) {
            large.add(i);
        }
        assertThat(read(ExcerptFilter.ALL.withDocumentScope(large))).extracting(Excerpt::documentId).containsOnly(fx.interviewNorth).hasSize(2);
        assertThat(read(ExcerptFilter.ALL.withDocumentScope(Set.of(fx.interviewNorth, fx.answer)).withUnits(List.of("North"))
                                         .withCoders(List.of("anna")))).hasSize(2);
    }

    @Test
    void unknownNamesFailClearly() {
        assertThatThrownBy(() -> read(ExcerptFilter.ALL.withCodes(List.of("Nope/Never"), true)))
            .isInstanceOf(ExportException.class).hasMessageContaining("no code \"Nope/Never\"");
        assertThatThrownBy(() -> read(ExcerptFilter.ALL.withDocuments(List.of("Interview 99"))))
            .isInstanceOf(ExportException.class).hasMessageContaining("no document named \"Interview 99\"");
        assertThatThrownBy(() -> read(ExcerptFilter.ALL.withUnits(List.of("East"))))
            .isInstanceOf(ExportException.class).hasMessageContaining("no unit named \"East\"");
        assertThat(read(ExcerptFilter.ALL.withCoders(List.of("nobody")))).isEmpty(); // a coder is a name on codings, not a registry
    }

    @Test
    void variableColumnsResolveByScopeAndFailClearly() {
        assertThat(reader.columns(List.of("psych_safety", "document:sector", "role", "respondent:age")))
            .extracting(VariableColumn::header).containsExactly("psych_safety", "document:sector", "role", "respondent:age");
        assertThat(reader.columns(List.of("role")).getFirst().isAttribute()).isTrue();
        assertThatThrownBy(() -> reader.columns(List.of("sector")))
            .isInstanceOf(ExportException.class).hasMessageContaining("exists for documents and units").hasMessageContaining("unit:sector");
        assertThatThrownBy(() -> reader.columns(List.of("happiness")))
            .isInstanceOf(ExportException.class).hasMessageContaining("no variable \"happiness\"").hasMessageContaining("unit:psych_safety");
        assertThat(reader.columns(List.of("unit.psych_safety", "document.sector"))).extracting(VariableColumn::header)
            .containsExactly("unit:psych_safety", "document:sector"); // the condition syntax works too
        assertThatThrownBy(() -> reader.columns(List.of("team:size"))).isInstanceOf(ExportException.class).hasMessageContaining("no variable \"team:size\"");
        assertThat(reader.columns(List.of("all"))).extracting(VariableColumn::header)
            .containsExactly("document:sector", "tenure", "age", "psych_safety", "unit:sector", "role");
    }

    @Test
    void valuesFollowTheExcerptsUnitDocumentAndRespondent() {
        List<VariableColumn> cols = reader.columns(List.of("psych_safety", "tenure", "age"));
        List<Excerpt> out = new ArrayList<>();
        reader.forEach(ExcerptFilter.ALL, cols, ExcerptReader.Order.BY_DOCUMENT, 0, out::add);
        assertThat(out.get(0).variables().get(0).number()).isEqualTo(4.5);
        assertThat(out.get(0).variables().get(1).number()).isEqualTo(12.0);
        assertThat(out.get(0).variables().get(2)).isNull();
        assertThat(out.get(2).variables()).containsOnlyNulls(); // South: no score; interview 02: no tenure; no respondent
        assertThat(out.get(3).variables().get(0).number()).isEqualTo(4.5); // the answer sits in its respondent's unit
        assertThat(out.get(3).variables().get(2).number()).isEqualTo(34.0);
    }

    @Test
    void contextStaysInsideTheSpeakerTurnAndIsCutAtWords() {
        List<Excerpt> out = new ArrayList<>();
        reader.forEach(ExcerptFilter.ALL.withCoders(List.of("jonas")), List.of(), ExcerptReader.Order.BY_CODE, 3, out::add);
        Excerpt e = out.getFirst();
        assertThat(e.contextBefore()).isEqualTo("…ÆØÅ og 🎉 ");
        assertThat(e.contextAfter()).isEqualTo("; slut.");
        List<Excerpt> whole = new ArrayList<>();
        reader.forEach(ExcerptFilter.ALL.withCodes(List.of("Barriers/Fear of blame"), false), List.of(), ExcerptReader.Order.BY_CODE, 5, whole::add);
        assertThat(whole.getFirst().contextBefore()).isEmpty(); // the question belongs to another turn
        assertThat(TextContext.before("one two three four", 0, 18, 2)).isEqualTo("…three four");
        assertThat(TextContext.after("one two three four", 0, 18, 2)).isEqualTo("one two…");
        assertThat(TextContext.after("one two", 3, 7, 5)).isEqualTo(" two");
    }

    @Test
    void byCodeFollowsTheCodebookAndCountsMatch() {
        List<Excerpt> out = new ArrayList<>();
        reader.forEach(ExcerptFilter.ALL, List.of(), ExcerptReader.Order.BY_CODE, 0, out::add);
        assertThat(out).extracting(Excerpt::codePath).containsExactly("Barriers/Fear of blame", "Psychological safety",
                                                                      "Psychological safety", "Psychological safety/Speaking up");
        var counts = reader.counts(ExcerptFilter.ALL);
        assertThat(counts.get(fx.safety)).isEqualTo(new ExcerptReader.CodeCount(2, 2));
        assertThat(counts.get(fx.fear)).isEqualTo(new ExcerptReader.CodeCount(1, 1));
        assertThat(reader.counts(ExcerptFilter.ALL.withUnits(List.of("South")))).containsOnlyKeys(fx.speakingUp);
    }
}
