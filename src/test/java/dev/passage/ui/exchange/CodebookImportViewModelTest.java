package dev.passage.ui.exchange;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CodebookImportViewModelTest {
    private static final String QDC = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Test">
          <Codes>
            <Code guid="0D62985D-B147-5D01-A9B5-CAE5DCD98342" name="Peer coaching" isCodable="true"/>
            <Code guid="DFE5C38E-9449-5959-A1F7-E3D895CFA87F" name="Leadership" isCodable="true" color="#E69F00">
              <Description>How leaders make learning possible</Description>
              <Code guid="55BB6892-6F30-5129-8CB8-557A1B12137B" name="Role modelling" isCodable="true"/>
            </Code>
          </Codes>
          <Sets>
            <Set guid="6D0B5D8D-C3FA-492F-92C7-AABEF30CE82A" name="Favourites"/>
          </Sets>
        </CodeBook>
        """;

    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs;
    CodebookImportViewModel vm;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new UiFixtures.ScriptedDialogs();
        vm = new CodebookImportViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    @Test
    void addsTheNewCodesReusesTheOldOnesAndSaysWhatWasLeftOut() throws Exception {
        Path file = Files.writeString(dir.resolve("leaders.qdc"), QDC);
        int before = session.codebook().codebook().size();
        long version = context.dataVersionProperty().get();
        dialogs.pathAnswers.add(file);
        dialogs.confirmAnswers.add(true);

        vm.importCodebook();

        var book = session.codebook().codebook();
        assertThat(book.size()).isEqualTo(before + 2);
        assertThat(book.findByPath("Leadership/Role modelling")).isPresent();
        assertThat(book.findByPath("Leadership").orElseThrow().description().definition()).contains("How leaders make learning possible");
        assertThat(context.dataVersionProperty().get()).isGreaterThan(version); // the codebook view reloads
        assertThat(dialogs.confirmations).singleElement().asString().contains("leaders.qdc").contains("cannot be undone");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).singleElement().asString()
            .startsWith("Codebook imported: Imported the codebook leaders.qdc.")
            .contains("2 codes added").contains("1 code already present (reused)")
            .contains("Not carried over (1):").contains("Set (1):").contains("\"Favourites\": Passage has no sets");
    }

    @Test
    void sayingNoChangesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("leaders.qdc"), QDC);
        int before = session.codebook().codebook().size();
        dialogs.pathAnswers.add(file);
        dialogs.confirmAnswers.add(false);

        vm.importCodebook();

        assertThat(session.codebook().codebook().size()).isEqualTo(before);
        assertThat(dialogs.infos).isEmpty();
        assertThat(vm.lastReportProperty().get()).isNull();
    }

    @Test
    void aBrokenCodebookNamesTheFileAndChangesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("half.qdc"), QDC.substring(0, QDC.length() / 2));
        int before = session.codebook().codebook().size();
        dialogs.pathAnswers.add(file);
        dialogs.confirmAnswers.add(true);

        vm.importCodebook();

        assertThat(session.codebook().codebook().size()).isEqualTo(before);
        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not import half.qdc: ").contains("half.qdc");
    }
}
