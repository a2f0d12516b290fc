package dev.passage.ui.merge;

import dev.passage.importer.ImportListener;
import dev.passage.model.Language;
import dev.passage.security.ProjectKey;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge ViewModel without a window: an encrypted copy asks for its password; a wrong one or a cancel changes nothing. */
class MergeViewModelTest {
    @TempDir
    Path tmp;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    Path secret;

    @BeforeEach
    void setUp() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Anna: We talk openly about mistakes here.");
        session = ProjectSession.create(tmp.resolve("study.passage"), "Study", Language.EN, "lead");
        session.imports().importPaths(List.of(in.resolve("one.txt")), ImportListener.NONE);
        secret = tmp.resolve("secret.passage");
        try (ProjectKey key = ProjectKey.fromPassword("open sesame".toCharArray());
             ProjectSession s = ProjectSession.create(secret, "Secret", Language.EN, "ben", key)) {
            s.imports().importPaths(List.of(in.resolve("one.txt")), ImportListener.NONE);
            s.coding().applyNewCode(s.documents().idByName("one").orElseThrow(), 0, 4, null, "Names");
        }
        context = new ProjectContext(session, new SynchronousTasks(), Messages.english());
    }

    @AfterEach
    void tearDown() {
        context.detach();
        session.close();
    }

    @Test
    void anEncryptedCopyAsksForItsPasswordAndAWrongOneIsSaid() {
        MergeViewModel vm = new MergeViewModel(context, dialogs);
        dialogs.passwordAnswers.add("not it");
        vm.use(secret);
        assertThat(dialogs.passwordQuestions).singleElement().asString().contains("secret.passage is encrypted");
        assertThat(vm.statusProperty().get()).isEqualTo("The password for secret.passage is not right.");
        assertThat(vm.canMergeProperty().get()).isFalse();
        assertThat(vm.merge()).isFalse();

        dialogs.passwordAnswers.add("open sesame");
        vm.use(secret);
        assertThat(vm.previewProperty().get().codingsAdded()).isEqualTo(1);
        assertThat(vm.canMergeProperty().get()).isTrue();
        assertThat(vm.merge()).isTrue();
        assertThat(session.codebook().resolve("Names")).isNotNull();
        assertThat(dialogs.infos).singleElement().asString().contains("Merged secret.passage into Study.");
    }

    @Test
    void cancellingThePasswordKeepsTheDialogAsItWas() {
        MergeViewModel vm = new MergeViewModel(context, dialogs);
        vm.use(secret); // no answer: the user cancels
        assertThat(vm.otherProperty().get()).isNull();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).startsWith("Choose the copy a coder worked on");
    }
}
