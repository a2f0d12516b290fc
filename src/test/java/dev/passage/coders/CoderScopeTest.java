package dev.passage.coders;

import dev.passage.TestProjects;
import dev.passage.analysis.CodeFrequencies;
import dev.passage.export.ExcerptFilter;
import dev.passage.export.TableFormat;
import dev.passage.mixed.CodeAggregation;
import dev.passage.model.CoderScope;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.session.WordQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Show codings of" in the core: every read path of codings the session offers shows only the coders in its scope. The project
 * has anna's coding of Trust on the first turn and ben's coding of Trust (and of Blame) on the second; anna's session, set to
 * "me", must never see ben's.
 */
class CoderScopeTest {
    @TempDir
    Path tmp;

    private ProjectSession s;
    private long doc;
    private long trust;
    private long blame;

    @BeforeEach
    void twoCoders() throws Exception {
        s = TestProjects.create(tmp, Language.EN);
        doc = TestProjects.importText(s, tmp, "Leader 1", "Leader: We trust each other here.\n\nStaff: Nobody admits mistakes, they blame.\n");
        s.caseEditor().linkDocuments(List.of(doc), "North");
        trust = s.codebook().add(null, "Trust", null, null).id();
        blame = s.codebook().add(null, "Blame", null, null).id();
        String text = s.documents().text(doc).orElseThrow();
        int second = text.indexOf("Staff:");
        s.coding().apply(doc, 0, 20, trust);
        s.coding().setCoder("ben");
        s.coding().apply(doc, second, text.length() - 1, trust);
        s.coding().apply(doc, second, text.length() - 1, blame);
        s.coding().setCoder("anna");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void onlyMe() {
        s.coders().setView(CoderView.ME);
    }

    @Test
    void theViewTurnsIntoTheScope() {
        assertThat(s.coders().scope()).isEqualTo(CoderScope.EVERYONE);
        assertThat(s.coders().filtered()).isFalse();
        onlyMe();
        assertThat(s.coders().scope()).isEqualTo(CoderScope.only("anna"));
        s.coders().setView(CoderView.chosen(List.of("ben")));
        assertThat(s.coders().scope().coders()).containsExactly("ben");
        assertThat(s.coders().filtered()).isTrue();
        assertThat(s.coders().known()).containsExactly("anna", "ben");
    }

    @Test
    void segmentRetrievalHidesOtherCoders() {
        var book = s.codebook().codebook();
        assertThat(s.retrieval().segments(book, trust, false)).extracting(seg -> seg.coder()).containsExactly("anna", "ben");
        onlyMe();
        assertThat(s.retrieval().segments(book, trust, false)).extracting(seg -> seg.coder()).containsExactly("anna");
    }

    @Test
    void coOccurrenceHidesOtherCoders() {
        assertThat(s.coOccurrence().compute()).hasSize(1); // ben's Trust and Blame overlap
        onlyMe();
        assertThat(s.coOccurrence().compute()).isEmpty();
        assertThat(s.coOccurrence().segments(s.codebook().codebook(), trust, blame, List.of())).isEmpty();
    }

    @Test
    void codeFrequenciesHideOtherCoders() {
        var request = new CodeFrequencies.Request(null, false, CodeFrequencies.GroupBy.CODER, List.of());
        var all = s.codeFrequencies().compute(s.codebook().codebook(), request);
        assertThat(all.groups()).extracting(g -> g.key()).containsExactly("anna", "ben");
        onlyMe();
        var mine = s.codeFrequencies().compute(s.codebook().codebook(), request);
        assertThat(mine.groups()).extracting(g -> g.key()).containsExactly("anna");
        assertThat(mine.rows()).filteredOn(r -> r.codeId() == blame).singleElement()
                               .satisfies(r -> assertThat(r.total().segments()).isZero());
    }

    @Test
    void theMatrixAndJointDisplaysHideOtherCoders() {
        assertThat(s.mixed().matrix(List.of(trust, blame), CodeAggregation.CODE_ONLY).total().total().segments()).isEqualTo(3);
        onlyMe();
        var m = s.mixed().matrix(List.of(trust, blame), CodeAggregation.CODE_ONLY);
        assertThat(m.total().total().segments()).isEqualTo(1);
        assertThat(s.mixed().documentMatrix(List.of(blame), CodeAggregation.CODE_ONLY).total().total().segments()).isZero();
    }

    @Test
    void excerptExportsAndTheirChoicesHideOtherCoders() throws Exception {
        onlyMe();
        var out = new ByteArrayOutputStream();
        var report = s.exports().table(TableFormat.CSV, ExcerptFilter.ALL, List.of(), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("anna").doesNotContain("ben").doesNotContain("Nobody admits");
        assertThat(report.rows()).isEqualTo(1);
        assertThat(s.exports().choices().coders()).containsExactly("anna");
        assertThat(s.exports().reader().counts(ExcerptFilter.ALL)).containsOnlyKeys(trust);
    }

    @Test
    void theRefiQdaProjectExportCarriesOnlyTheScopeAndSaysSo() throws Exception {
        onlyMe();
        Path file = tmp.resolve("out.qdpx");
        var report = s.interop().exportProject(file);
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("only the codings of anna"));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(qde).contains("anna").doesNotContain("\"ben\"");
            assertThat(qde.split("<Coding ", -1)).hasSize(2);
        }
    }

    @Test
    void searchCodeFiltersHideOtherCoders() throws Exception {
        var byTrust = new SearchFilters(List.of("Trust"), List.of(), List.of(), List.of(), List.of());
        assertThat(s.search().search("", byTrust, 100).totalSegments()).isEqualTo(2);
        onlyMe();
        var mine = s.search().search("", byTrust, 100);
        assertThat(mine.totalSegments()).isEqualTo(1);
        assertThat(mine.hits()).singleElement().satisfies(h -> assertThat(h.segmentStart()).isZero());
        var byBlame = new SearchFilters(List.of("Blame"), List.of(), List.of(), List.of(), List.of());
        assertThat(s.search().search("blame", byBlame, 100).hits()).isEmpty();
        assertThat(s.search().search("blame", SearchFilters.NONE, 100).hits()).hasSize(1); // the text is no one's: it stays
    }

    @Test
    void wordCountsNarrowedByCodeHideOtherCoders() {
        var request = new WordQueries.Request(List.of("Trust"), List.of(), List.of(), List.of(), false, 50, Set.of());
        assertThat(s.words().top(request)).extracting(w -> w.word()).contains("nobody");
        onlyMe();
        assertThat(s.words().top(request)).extracting(w -> w.word()).doesNotContain("nobody").contains("trust");
    }

    @Test
    void theTranscriptListsAndCountsHideOtherCoders() {
        onlyMe();
        assertThat(s.documents().transcript(doc).orElseThrow().codings()).extracting(c -> c.coder()).containsExactly("anna");
        assertThat(s.documents().transcript(doc).orElseThrow().counts()).containsOnlyKeys(trust);
        assertThat(s.documents().transcriptUpdate(doc, true).orElseThrow().codings()).hasSize(1);
        assertThat(s.documents().listing().getFirst().codings()).hasSize(1);
        assertThat(s.documents().listing(Set.of(doc)).rows().getFirst().codings()).hasSize(1);
        assertThat(s.documents().counts().codings()).isEqualTo(1);
        assertThat(s.documents().summaries().getFirst().codingCount()).isEqualTo(1);
        assertThat(s.codebook().codingCounts()).containsOnlyKeys(trust);
        assertThat(s.codebook().withCounts().counts()).containsOnlyKeys(trust);
    }

    @Test
    void editsStillSeeEveryCoding() {
        onlyMe();
        // merging Blame into Trust moves ben's coding too: the scope narrows what is shown, never what an edit changes
        s.codebook().merge(blame, trust);
        s.coders().setView(CoderView.EVERYONE);
        assertThat(s.retrieval().segments(s.codebook().codebook(), trust, false)).hasSize(3);
    }

    @Test
    void choosingNoCoderIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.coders().setView(CoderView.chosen(List.of())))
            .isInstanceOf(dev.passage.errors.PassageException.class).hasMessageContaining("at least one coder");
    }
}
