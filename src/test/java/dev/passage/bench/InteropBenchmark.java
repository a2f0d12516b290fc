package dev.passage.bench;

import dev.passage.interop.ImportOptions;
import dev.passage.interop.InteropReport;
import dev.passage.interop.QdpxExporter;
import dev.passage.interop.QdpxImporter;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): full .qdpx export and import of a generated 1,000-document project (~30,000 characters and 12
 * codings per document, a few emoji). Run: {@code mvn -q -B test-compile exec:exec@bench-interop} (1 GiB heap), or from the
 * IDE with the output folder (and a document count) as arguments. Prints times, file size and heap in use.
 */
public final class InteropBenchmark {
    private static final String[] SENTENCES = {
        "Vi taler åbent om fejlene på morgenmødet, og det er blevet helt normalt. ",
        "Nogle gange holder man det for sig selv, fordi man ikke vil hænges ud. ",
        "Vores leder siger selv højt, når hun har taget fejl, og det smitter 😀. ",
        "Vi har sparring i makkerpar hver anden uge, hvor vi gennemgår en konkret sag.\n\n",
        "Det er svært at nå, når vi er så få på vagt og telefonen ringer hele tiden. ",
        "På teammødet reflekterede vi over, hvad der virkede, og hvad vi skulle ændre.\n\n"};

    private InteropBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-interop");
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        deleteRecursively(out);
        Files.createDirectories(out);
        Path project = out.resolve("generated.passage");
        long t0 = System.nanoTime();
        long chars = generate(project, documents);
        System.out.printf("generated %d documents, %,d characters in %.1f s%n", documents, chars, (System.nanoTime() - t0) / 1e9);

        Path qdpx = out.resolve("generated.qdpx");
        System.gc();
        long t1 = System.nanoTime();
        InteropReport exported;
        try (ProjectStore store = ProjectStore.open(project)) {
            exported = QdpxExporter.export(store.database(), qdpx);
        }
        double exportSeconds = (System.nanoTime() - t1) / 1e9;
        long heapAfterExport = usedHeap();
        System.out.printf("export: %.1f s, %,d bytes, %d documents, %d codings, heap in use %d MB%n", exportSeconds, Files.size(qdpx),
                          exported.count("documents"), exported.count("codings"), heapAfterExport >> 20);

        System.gc();
        long t2 = System.nanoTime();
        InteropReport imported = QdpxImporter.importProject(qdpx, out.resolve("imported.passage"), ImportOptions.of(Language.DA, "bench"));
        double importSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("import: %.1f s, %d documents, %d codings, %d losses, heap in use %d MB%n", importSeconds,
                          imported.count("documents"), imported.count("codings"), imported.losses().size(), usedHeap() >> 20);
    }

    private static long generate(Path folder, int documents) {
        Random random = new Random(42);
        long[] chars = {0};
        try (ProjectStore store = ProjectStore.create(folder, "Interop benchmark", Language.DA)) {
            store.database().write(tx -> {
                List<Long> codes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long parent = tx.codes().insert(null, "Theme " + i, "#0072B2", CodeDescription.of("Theme " + i), i);
                    codes.add(parent);
                    codes.add(tx.codes().insert(parent, "Sub " + i, "#E69F00", CodeDescription.EMPTY, 0));
                }
                for (int d = 0; d < documents; d++) {
                    StringBuilder text = new StringBuilder();
                    while (text.length() < 30_000) {
                        text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
                    }
                    String body = text.toString().strip();
                    chars[0] += body.length();
                    long id = tx.documents().insert(new NewDocument("Interview " + d, body, DocumentFormat.TXT, null, Instant.now(),
                                                                    Map.of("role", d % 2 == 0 ? "leader" : "staff"), List.of()));
                    for (int c = 0; c < 12; c++) {
                        int start = random.nextInt(body.length() - 400);
                        while (Character.isLowSurrogate(body.charAt(start))) {
                            start++;
                        }
                        int end = start + 50 + random.nextInt(300);
                        while (Character.isLowSurrogate(body.charAt(end))) {
                            end++;
                        }
                        tx.codings().insert(id, start, end, codes.get(random.nextInt(codes.size())), c % 3 == 0 ? "jonas" : "anna",
                                            Instant.now(), c == 0 ? "first coding memo" : null);
                    }
                }
                return null;
            });
        }
        return chars[0];
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void deleteRecursively(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
