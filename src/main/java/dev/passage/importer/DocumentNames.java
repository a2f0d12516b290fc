package dev.passage.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names the documents of one import run so that no two look alike: a file is named after its file name without the extension
 * ("interview"); files of one run that would share a name, or a name the project already has, are named with their extension
 * when that tells them apart ("a.txt", "a.docx"), else with as many parent folders as it takes ("site-a/interview",
 * "site-b/interview"), and at last with a number ("interview (2)").
 */
final class DocumentNames {
    private DocumentNames() {
    }

    /** A name for each file, in the files' order; {@code taken} says whether the project already has a document of that name. */
    static Map<Path, String> of(List<Path> files, Predicate<String> taken) {
        Map<String, List<Path>> byBase = new LinkedHashMap<>();
        for (Path f : files) {
            byBase.computeIfAbsent(ImportService.baseName(f), k -> new ArrayList<>()).add(f);
        }
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (List<Path> group : byBase.values()) {
            List<String> chosen = null;
            int deepest = group.stream().mapToInt(DocumentNames::parents).max().orElse(0);
            for (int form = 0; form <= 2 * deepest + 1 && chosen == null; form++) {
                int f = form;
                List<String> candidate = group.stream().map(p -> name(p, f)).toList();
                if (new HashSet<>(candidate).size() == candidate.size()
                    && candidate.stream().noneMatch(n -> used.contains(n) || taken.test(n))) {
                    chosen = candidate;
                }
            }
            if (chosen == null) {
                chosen = numbered(group, used, taken);
            }
            for (int i = 0; i < group.size(); i++) {
                names.put(group.get(i), chosen.get(i));
                used.add(chosen.get(i));
            }
        }
        Map<Path, String> inOrder = new LinkedHashMap<>();
        files.forEach(f -> inOrder.put(f, names.get(f)));
        return inOrder;
    }

    /** Form 0: "interview"; 1: "interview.txt"; 2: "site-a/interview"; 3: "site-a/interview.txt"; 4: "2024/site-a/interview"… */
    private static String name(Path file, int form) {
        String own = form % 2 == 0 ? ImportService.baseName(file) : file.getFileName().toString();
        int folders = form / 2;
        Path parent = file.toAbsolutePath().normalize().getParent();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < folders && parent != null && parent.getFileName() != null; i++) {
            b.insert(0, parent.getFileName() + "/");
            parent = parent.getParent();
        }
        return b + own;
    }

    private static int parents(Path file) {
        Path p = file.toAbsolutePath().normalize().getParent();
        return p == null ? 0 : p.getNameCount();
    }

    private static List<String> numbered(List<Path> group, Set<String> used, Predicate<String> taken) {
        List<String> out = new ArrayList<>();
        int n = 1;
        for (Path p : group) {
            String base = ImportService.baseName(p);
            String name = base;
            while (used.contains(name) || out.contains(name) || taken.test(name)) {
                name = base + " (" + (++n) + ")";
            }
            out.add(name);
        }
        return out;
    }
}
