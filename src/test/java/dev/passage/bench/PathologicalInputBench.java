package dev.passage.bench;

import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (not a test) of importing files shaped to be slow: a million short lines, a million labelled Markdown lines,
 * the largest file accepted (50 MB of short lines), one 8 MB line, 60 KB of '#' and '[' in Markdown, runs of brackets,
 * backticks and bold marks, subtitle files with runs of '<', '{\', ':' and digits, and a WebVTT file with more cues than a
 * document may have. Each file is imported into a new project by a child JVM with {@code -Xmx1g}, which prints its wall and
 * CPU time, peak heap and peak resident memory (VmHWM) and the outcome.
 * <p>
 * Run: {@code mvn -q -B test-compile exec:exec@bench-input}. Arguments: the work folder, then optionally a class path to run
 * the children on (to measure an older build: its jar and lib/*, plus target/test-classes for the child's main class).
 */
public final class PathologicalInputBench {
    /** How long one child may take before it is killed (600 s; {@code -Dbench.input.timeout=SECONDS}). */
    private static final long CHILD_TIMEOUT_SECONDS = Long.getLong("bench.input.timeout", 600);

    private PathologicalInputBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-input");
        String classPath = args.length > 1 && !args[1].isBlank() ? args[1] : System.getProperty("java.class.path");
        Files.createDirectories(out);
        List<Path> files = generate(out.resolve("files"));
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        System.out.printf(Locale.ROOT, "java %s, %d cores, child heap -Xmx1g%n", System.getProperty("java.version"),
                          Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %8s %9s %9s  %s%n", "file", "size", "wall s", "cpu s", "heap MB", "rss MB", "outcome");
        for (Path file : files) {
            Path project = Files.createTempDirectory(out, "p-").resolve("bench.passage");
            List<String> command = List.of(javaCommand, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-Dpassage.home=" + out.resolve("home"),
                                           "-cp", classPath, Child.class.getName(), file.toString(), project.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve("child.log").toFile()).start();
            long t0 = System.nanoTime();
            boolean done = p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            double wall = (System.nanoTime() - t0) / 1e9;
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            String result = Files.readAllLines(out.resolve("child.log")).stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                                 .map(l -> l.substring(7)).orElse(null);
            if (result == null) {
                System.out.printf(Locale.ROOT, "%-22s %9s %9.1f  %s%n", file.getFileName(), size(file), wall,
                                  done ? "child failed, exit " + p.exitValue() + " (see child.log)" : "killed after " + CHILD_TIMEOUT_SECONDS + " s");
                Files.copy(out.resolve("child.log"), out.resolve(file.getFileName() + ".log"), StandardCopyOption.REPLACE_EXISTING);
            } else {
                System.out.printf(Locale.ROOT, "%-22s %9s %s%n", file.getFileName(), size(file), result);
            }
            deleteTree(project.getParent());
        }
    }

    /** Imports one file into a new project and prints one RESULT line. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            long t0 = System.nanoTime();
            String outcome;
            try (ProjectSession s = ProjectSession.create(Path.of(args[1]), "Bench", Language.EN, "bench")) {
                ImportOutcome o = s.imports().importPaths(List.of(file), ImportListener.NONE).outcomes().getFirst();
                outcome = switch (o.status()) {
                    case IMPORTED -> "imported, " + SessionStores.of(s).database().read(a -> a.documents().turns(o.documentId()).size()) + " turns"
                                     + (o.warnings().isEmpty() ? "" : "; " + String.join("; ", o.warnings()));
                    default -> o.status() + ": " + o.message();
                };
            } catch (Exception | Error e) { // an Error too: the old Markdown reader overflowed the stack
                outcome = "ERROR " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            long heap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heap += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "RESULT %9.1f %8.1f %9d %9d  %s%n", wall, cpu, heap >> 20, peakRssKb() >> 10, outcome);
        }

        private static long peakRssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        }
    }

    static List<Path> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        Random random = new Random(11);
        String[] words = {"ok", "yes", "no", "fine", "then", "so", "well", "log", "err", "info"};
        files.add(lines(dir.resolve("million.txt"), 1_000_000, i -> words[random.nextInt(words.length)] + " " + (i % 1000)));
        files.add(lines(dir.resolve("million-labels.md"), 1_000_000, i -> (i % 2 == 0 ? "**Anna:**" : "**Bo:**") + " line " + i));
        files.add(lines(dir.resolve("log-50mb.txt"), 1_950_000, i -> "INFO: request " + i + " ok"));
        files.add(write(dir.resolve("one-line-8mb.txt"), "word ".repeat(1_600_000)));
        StringBuilder hash = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            hash.append(random.nextBoolean() ? '#' : '[');
        }
        files.add(write(dir.resolve("hash-bracket.md"), hash.toString()));
        files.add(write(dir.resolve("marks.md"), String.join("\n", "[a](".repeat(20_000), "![".repeat(30_000) + "]", "`".repeat(60_000) + "x",
                                                             "**a ".repeat(20_000), "- ".repeat(30_000) + "x", "# " + " ".repeat(30_000) + "#".repeat(30_000) + "x")));
        files.add(write(dir.resolve("tags.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + "<".repeat(200_000) + "\n\n"
                                                 + "1".repeat(100_000) + ":".repeat(100_000) + " --> " + "9".repeat(100_000) + "\nx\n"));
        files.add(write(dir.resolve("tags.srt"), "1\n00:00:01,000 --> 00:00:02,000\n" + "{\\".repeat(100_000) + "\n"
                                                 + "1:".repeat(100_000) + "\n" + " ".repeat(100_000) + "9".repeat(100_000) + " x\n"));
        files.add(lines(dir.resolve("cues-100k.vtt"), 100_001, i -> i == 0 ? "WEBVTT\n" : clock(i) + " --> " + clock(i + 1) + "\nline " + i + "\n"));
        return files;
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.000", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static Path lines(Path file, int count, java.util.function.IntFunction<String> line) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write(line.apply(i));
                w.write('\n');
            }
        }
        return file;
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String size(Path file) throws IOException {
        long bytes = Files.size(file);
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0) : String.format(Locale.ROOT, "%d KB", bytes >> 10);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
