package dev.passage.interop;

import dev.passage.errors.Text;
import dev.passage.store.ProjectStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports a REFI-QDA project into a new Passage project: a {@code .qdpx} (unpacked safely into a temporary folder), or a
 * bare {@code .qde} beside its {@code sources/} folder (or a folder holding both). Everything is read and checked first;
 * then the project is created and filled in one transaction. On any failure the new project folder is removed again.
 * The search index is built when the project is first opened.
 */
public final class QdpxImporter {
    private QdpxImporter() {
    }

    /** Imports {@code file} into the new project folder {@code projectDir}, which must not exist or be empty. */
    public static InteropReport importProject(Path file, Path projectDir, ImportOptions options) throws IOException {
        if (!Files.exists(file)) {
            throw new InteropException(Text.of("interop.suchFile", file));
        }
        if (Files.exists(projectDir) && (!Files.isDirectory(projectDir) || !isEmpty(projectDir))) {
            throw new InteropException(Text.of("interop.alreadyExistsEmptyChoose", projectDir));
        }
        InteropReport.Builder report = new InteropReport.Builder(file.toString());
        ImportPlan plan = readPlan(file, options, report);
        store(plan, projectDir, options, file.getFileName().toString());
        return report.build();
    }

    /** A REFI-QDA project read and checked, with what reading it could not carry over. */
    public record ReadPlan(ImportPlan plan, InteropReport report) {
    }

    /**
     * Reads {@code file} (a .qdpx, a .qde, or a folder holding one) into a plan without storing anything: what a merge
     * brings into an open project.
     */
    public static ReadPlan read(Path file, ImportOptions options) throws IOException {
        if (!Files.exists(file)) {
            throw new InteropException(Text.of("interop.suchFile", file));
        }
        InteropReport.Builder report = new InteropReport.Builder(file.toString());
        ImportPlan plan = readPlan(file, options, report);
        return new ReadPlan(plan, report.build());
    }

    private static ImportPlan readPlan(Path file, ImportOptions options, InteropReport.Builder report) throws IOException {
        Path temp = null;
        try {
            Path folder;
            Path qde;
            String shown = file.getFileName().toString();
            if (Files.isDirectory(file)) {
                folder = file;
                qde = findQde(folder, shown);
            } else if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qde")) {
                folder = file.toAbsolutePath().getParent();
                qde = file;
            } else {
                temp = Files.createTempDirectory("passage-qdpx");
                SafeUnzip.unzip(file, temp, options.limits());
                folder = temp;
                qde = findQde(folder, shown);
                shown = qde.getFileName() + " in " + shown;
            }
            return new QdeReader(qde, findSources(folder), shown, options, report).read();
        } finally {
            if (temp != null) {
                dev.passage.files.Trees.delete(temp);
            }
        }
    }

    private static void store(ImportPlan plan, Path projectDir, ImportOptions options, String source) throws IOException {
        boolean existed = Files.exists(projectDir);
        try (ProjectStore store = ProjectStore.create(projectDir, plan.projectName(), options.language())) {
            store.database().setActor(options::coder);
            store.database().write(tx -> {
                new PlanWriter(tx).project(plan);
                tx.record(dev.passage.model.EditRecord.of("qdpx.import", "project", null, plan.projectName())
                                                      .withCount(tx.documents().count())
                                                      .withAfter(dev.passage.model.EditRecord.values(
                                                              "source", source, "documents", tx.documents().count(),
                                                              "codes", tx.codes().list().size(), "codings", tx.codings().count())));
                return null;
            });
        } catch (RuntimeException e) {
            if (Files.exists(projectDir)) {
                dev.passage.files.Trees.delete(projectDir);
                if (existed) {
                    Files.createDirectories(projectDir);
                }
            }
            throw e;
        }
    }

    /** project.qde at the top (any case), else the one *.qde there (ATLAS.ti names it after the project). */
    private static Path findQde(Path folder, String shown) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> qdes = files.filter(Files::isRegularFile)
                                   .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qde")).sorted().toList();
            return qdes.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(Qda.QDE)).findFirst()
                       .or(() -> qdes.size() == 1 ? java.util.Optional.of(qdes.getFirst()) : java.util.Optional.empty())
                       .orElseThrow(() -> new InteropException(Text.of("interop.holdsProjectQde", shown,
                               (qdes.size() > 1 ? " but several .qde files: " + qdes : ""))));
        }
    }

    /** The sources folder beside the .qde, in any case ("Sources" from NVivo), or null when there is none. */
    private static Path findSources(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).filter(p -> p.getFileName().toString().equalsIgnoreCase(Qda.SOURCES))
                        .findFirst().orElse(null);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

}
