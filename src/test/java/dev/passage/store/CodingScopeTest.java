package dev.passage.store;

import dev.passage.model.CoderScope;
import dev.passage.model.CodingSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read of a coder-scoped coding repository leaves out the codings of coders outside the scope (H2). */
class CodingScopeTest {
    @TempDir
    Path tmp;

    @Test
    void everyReadLeavesOutOtherCoders() throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p.passage"), "Team", dev.passage.model.Language.EN)) {
            Database db = store.database();
            Instant now = Instant.now();
            long doc = db.write(tx -> tx.documents().insert(new dev.passage.model.NewDocument("One", "We trust each other here.",
                dev.passage.model.DocumentFormat.TXT, "/1.txt", now, Map.of(), List.of())));
            long code = db.write(tx -> tx.codes().insert(null, "Trust", "#009E73", dev.passage.model.CodeDescription.EMPTY, 0));
            long mine = db.write(tx -> tx.codings().insert(doc, 0, 5, code, "anna", now, null));
            long theirs = db.write(tx -> tx.codings().insert(doc, 3, 9, code, "ben", now, "memo"));
            CoderScope anna = CoderScope.only("anna");
            db.read(a -> {
                var r = a.codings(anna);
                assertThat(r.find(mine)).isPresent();
                assertThat(r.find(theirs)).isEmpty();
                assertThat(r.forDocument(doc)).hasSize(1);
                assertThat(r.forCodes(List.of(code))).hasSize(1);
                assertThat(r.forDocuments(List.of(doc)).get(doc)).hasSize(1);
                assertThat(r.overlapping(doc, 0, 20)).hasSize(1);
                assertThat(r.all()).hasSize(1);
                assertThat(r.spans()).extracting(CodingSpan::end).containsExactly(5);
                assertThat(r.spans(Set.of(code))).hasSize(1);
                assertThat(r.count()).isEqualTo(1);
                assertThat(r.coders()).containsExactly("anna");
                assertThat(r.memoAuthors()).isEmpty();
                assertThat(r.countsByCode()).containsEntry(code, 1);
                assertThat(r.forEach(CodingSelection.ALL, c -> assertThat(c.coder()).isEqualTo("anna"))).isEqualTo(1);
                assertThat(a.codings(CoderScope.only(List.of())).forEach(CodingSelection.ALL, c -> { })).isZero();
                assertThat(a.codings(CoderScope.only(List.of())).count()).isZero();
                assertThat(a.codings().count()).isEqualTo(2);
                assertThat(a.codings(CoderScope.EVERYONE).memoAuthors()).containsExactly("ben");
                return null;
            });
        }
    }
}
