package dev.passage.store;

import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.passage.errors.ProjectLockedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {
    @TempDir
    Path tmp;

    private static NewDocument doc(String name, String text) {
        return new NewDocument(name, text, DocumentFormat.TXT, "/x/" + name + ".txt", Instant.parse("2026-01-02T03:04:05Z"),
                               Map.of("role", "leader"), List.of(new SpeakerTurn(0, 5, "Leder", 1500L)));
    }

    @Test
    void createdProjectReopensWithItsData() {
        Path dir = tmp.resolve("study.passage");
        try (var store = ProjectStore.create(dir, "Learning culture", Language.DA)) {
            store.database().write(tx -> tx.documents().insert(doc("Interview 1", "Hej 😀 med dig")));
        }
        assertThat(dir.resolve(ProjectStore.DATABASE_FILE)).exists();
        try (var store = ProjectStore.open(dir)) {
            assertThat(store.info().name()).isEqualTo("Learning culture");
            assertThat(store.info().language()).isEqualTo(Language.DA);
            var list = store.database().read(a -> a.documents().list());
            assertThat(list).singleElement().satisfies(d -> {
                assertThat(d.name()).isEqualTo("Interview 1");
                assertThat(d.length()).isEqualTo("Hej 😀 med dig".length());
                assertThat(d.turnCount()).isEqualTo(1);
            });
            var full = store.database().read(a -> a.documents().find(list.getFirst().id())).orElseThrow();
            assertThat(full.text()).isEqualTo("Hej 😀 med dig");
            assertThat(full.turns()).containsExactly(new SpeakerTurn(0, 5, "Leder", 1500L));
            assertThat(full.attributes()).containsEntry("role", "leader");
            assertThat(full.importedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        }
    }

    @Test
    void everyWriteBumpsTheDataVersionAndFailedWritesLeaveNoTrace() {
        try (var store = ProjectStore.create(tmp.resolve("p.passage"), "P", Language.EN)) {
            long v0 = store.database().dataVersion();
            store.database().write(tx -> tx.documents().insert(doc("A", "Hello there")));
            assertThat(store.database().dataVersion()).isEqualTo(v0 + 1);
            assertThatThrownBy(() -> store.database().write(tx -> {
                tx.documents().insert(doc("B", "Second"));
                throw new IllegalStateException("boom in the middle");
            })).hasMessageContaining("boom");
            List<dev.passage.model.DocumentSummary> docs = store.database().read(a -> a.documents().list());
            assertThat(docs).extracting(d -> d.name()).containsExactly("A");
            assertThat(store.database().dataVersion()).isEqualTo(v0 + 1);
        }
    }

    @Test
    void listenersHearWhichDocumentsChanged() {
        try (var store = ProjectStore.create(tmp.resolve("p.passage"), "P", Language.EN)) {
            var heard = new java.util.ArrayList<ChangeSet>();
            store.database().addListener(heard::add);
            long id = store.database().write(tx -> tx.documents().insert(doc("A", "Hello there")));
            assertThat(heard).singleElement().satisfies(c -> assertThat(c.documentIds()).containsExactly(id));
        }
    }

    @Test
    void attributesKeepTheirOrder() {
        var attrs = new java.util.LinkedHashMap<String, String>();
        for (String k : List.of("unit", "role", "interview_date", "language", "a", "b")) {
            attrs.put(k, k.toUpperCase());
        }
        try (var store = ProjectStore.create(tmp.resolve("p.passage"), "P", Language.EN)) {
            long id = store.database().write(tx -> tx.documents().insert(new NewDocument("A", "text", DocumentFormat.TXT, null,
                                                                                       Instant.now(), attrs, List.of())));
            Map<String, String> back = store.database().read(a -> a.documents().attributes(id));
            assertThat(back.keySet()).containsExactly("unit", "role", "interview_date", "language", "a", "b");
        }
    }

    @Test
    void duplicateDocumentNamesAreRefused() {
        try (var store = ProjectStore.create(tmp.resolve("p.passage"), "P", Language.EN)) {
            store.database().write(tx -> tx.documents().insert(doc("A", "Hello there")));
            assertThatThrownBy(() -> store.database().write(tx -> tx.documents().insert(doc("A", "Again"))))
                .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedClearly() {
        Path dir = tmp.resolve("p.passage");
        try (var store = ProjectStore.create(dir, "P", Language.EN)) {
            assertThatThrownBy(() -> ProjectStore.open(dir))
                .isInstanceOf(ProjectLockedException.class)
                .hasMessageContaining("p.passage")
                .hasMessageContaining("already open");
        }
        try (var again = ProjectStore.open(dir)) {
            assertThat(again.info().name()).isEqualTo("P");
        }
    }

    @Test
    void secondProcessGetsAClearMessageAndTheProjectStaysIntact() throws Exception {
        Path dir = tmp.resolve("p.passage");
        try (var store = ProjectStore.create(dir, "P", Language.EN)) {
            store.database().write(tx -> tx.documents().insert(doc("A", "Hello there")));
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OpenProjectMain.class.getName(),
                                           dir.toString())
                .redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.exitValue()).as(output).isEqualTo(3);
            assertThat(output).contains("already open in another Passage window or process");
        }
        try (var store = ProjectStore.open(dir)) {
            int count = store.database().read(a -> a.documents().count());
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void aFolderWithoutDatabaseIsNotAProject() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("nothing.passage"));
        assertThatThrownBy(() -> ProjectStore.open(dir)).isInstanceOf(StoreException.class)
                                                        .hasMessageContaining("is not a Passage project");
    }

    @Test
    void createRefusesANonEmptyFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("thesis.docx"), "x");
        assertThatThrownBy(() -> ProjectStore.create(dir, "P", Language.EN)).hasMessageContaining("not empty");
        assertThat(dir.resolve("thesis.docx")).exists();
        assertThat(new File(dir.toFile(), ProjectStore.DATABASE_FILE)).doesNotExist();
    }

    /** Run in a child JVM: tries to open a project that the test holds open. */
    public static final class OpenProjectMain {
        public static void main(String[] args) {
            try (var store = ProjectStore.open(Path.of(args[0]))) {
                System.out.println("opened: " + store.info().name());
                System.exit(0);
            } catch (ProjectLockedException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }
}
