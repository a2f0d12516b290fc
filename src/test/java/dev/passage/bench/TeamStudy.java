package dev.passage.bench;

import dev.passage.importer.ImportListener;
import dev.passage.session.ProjectSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The documents the coders code in (ids and text lengths) and the codes they use. */
record TeamStudy(List<Long> ids, Map<Long, Integer> lengths, List<Long> codes, long probeCode) {
    static TeamStudy build(ProjectSession lead, Path corpus, int documents) throws Exception {
        List<Path> files;
        try (var list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(documents).toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no .txt transcripts in " + corpus.toAbsolutePath() + " (-Dbench.corpus=FOLDER)");
        }
        lead.imports().importPaths(files, ImportListener.NONE);
        List<Long> codes = new ArrayList<>();
        for (int i = 1; i <= TeamLoadBenchmark.CODES; i++) {
            codes.add(lead.codebook().addPath("Load/Code " + i, "#3366cc", null).id());
        }
        long probe = lead.codebook().addPath(TeamLoadBenchmark.PROBE, "#cc3333", null).id();
        Map<Long, Integer> lengths = new LinkedHashMap<>();
        for (var d : lead.documents().summaries()) {
            lengths.put(d.id(), lead.documents().text(d.id()).orElseThrow().length());
        }
        return new TeamStudy(List.copyOf(lengths.keySet()), lengths, List.copyOf(codes), probe);
    }

    /** A random range of 20-200 characters in a random document: {document, start, end}. */
    long[] range(SplittableRandom random) {
        long doc = ids.get(random.nextInt(ids.size()));
        int length = lengths.get(doc);
        int span = Math.min(length, 20 + random.nextInt(181));
        int start = random.nextInt(Math.max(1, length - span + 1));
        return new long[] {doc, start, start + span};
    }
}
