package dev.passage.coders;

import dev.passage.TestProjects;
import dev.passage.agreement.AgreementRequest;
import dev.passage.agreement.AgreementUnit;
import dev.passage.errors.PassageException;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** While blind, what compares coders (agreement, disagreements, merge) is the lead's alone; after the lift it is everyone's. */
class BlindComparisonsTest {
    @TempDir
    Path tmp;

    @Test
    void onlyTheLeadComparesCodersWhileBlind() throws Exception {
        Path folder;
        try (var s = TestProjects.create(tmp, Language.EN)) {
            folder = s.folder();
            long doc = TestProjects.importText(s, tmp, "Leader 1", "Leader: We trust each other here.\n\nStaff: We blame.\n");
            long trust = s.codebook().add(null, "Trust", null, null).id();
            s.coding().apply(doc, 0, 10, trust);
            s.coding().setCoder("ben");
            s.coding().apply(doc, 3, 20, trust);
            s.coding().setCoder("anna");
            s.coders().lock();
        }
        var request = AgreementRequest.of(List.of("anna", "ben"), AgreementUnit.CHARACTER);
        try (var ben = ProjectSession.open(folder, "ben")) {
            assertThatThrownBy(() -> ben.agreement().report(request)).isInstanceOf(PassageException.class).hasMessageContaining("blind mode");
            assertThatThrownBy(ben::adjudication).isInstanceOf(PassageException.class).hasMessageContaining("blind mode");
            assertThatThrownBy(ben::merge).isInstanceOf(PassageException.class).hasMessageContaining("blind mode");
        }
        try (var anna = ProjectSession.open(folder, "anna")) {
            assertThat(anna.agreement().report(request).codes()).isNotEmpty();
            assertThat(anna.adjudication().find("anna", "ben", null, null).passages()).isNotEmpty();
            assertThat(anna.merge()).isNotNull();
            anna.coders().lift();
        }
        try (var ben = ProjectSession.open(folder, "ben")) {
            assertThat(ben.agreement().report(request).codes()).isNotEmpty();
        }
    }
}
