package dev.passage.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.coding.Codebook;
import dev.passage.importer.ImportOutcome;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the sample study from its sources in {@code sample-projects/learning-culture} (packed into the jar):
 * transcripts imported through the normal import path, units, the codebook with definitions, the pre-coding
 * (each coding given as an exact quote, located in its transcript) and memos.
 */
public final class SampleStudy {
    private static final String ROOT = "/dev/passage/sample/learning-culture/";
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Summary(String name, String folder, int documents, int units, int codes, int codings, int memos) {
    }

    private SampleStudy() {
    }

    public static Summary build(Path folder) throws IOException {
        JsonNode study = json("study.json");
        Language language = Language.fromCode(study.path("language").asText("da"));
        Path staging = Files.createTempDirectory("passage-sample");
        try (ProjectSession session = ProjectSession.create(folder, study.path("name").asText(), language, "anna")) {
            Map<String, Long> docs = importDocuments(session, study, staging);
            int units = linkUnits(session, study, docs);
            addCodes(session, json("codebook.json"), null);
            int codings = applyCodings(session, json("codings.json"), docs);
            int memos = addMemos(session, study, docs);
            session.history().clear();
            Codebook book = session.codebook().codebook();
            return new Summary(study.path("name").asText(), folder.toString(), docs.size(), units, book.size(), codings, memos);
        } finally {
            try (var files = Files.walk(staging)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<String, Long> importDocuments(ProjectSession session, JsonNode study, Path staging) throws IOException {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (JsonNode d : study.path("documents")) {
            String file = d.path("file").asText();
            Path copy = staging.resolve(file);
            try (InputStream in = resource("transcripts/" + file)) {
                Files.copy(in, copy);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            d.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
            if (d.hasNonNull("unit")) {
                attributes.put("unit", d.path("unit").asText());
            }
            ImportOutcome o = session.imports().importFile(copy, d.path("name").asText(), attributes);
            if (o.status() != ImportOutcome.Status.IMPORTED) {
                throw new IllegalStateException("The sample transcript " + file + " did not import: " + o.message());
            }
            ids.put(file, o.documentId());
        }
        return ids;
    }

    private static int linkUnits(ProjectSession session, JsonNode study, Map<String, Long> docs) {
        Map<String, String> descriptions = new HashMap<>();
        for (JsonNode u : study.path("units")) {
            descriptions.put(u.path("name").asText(), u.path("description").asText(null));
        }
        session.store().database().write(tx -> {
            for (JsonNode u : study.path("units")) {
                tx.units().ensure(u.path("name").asText(), descriptions.get(u.path("name").asText()));
            }
            for (JsonNode d : study.path("documents")) {
                if (d.hasNonNull("unit")) {
                    long unitId = tx.units().ensure(d.path("unit").asText(), descriptions.get(d.path("unit").asText()));
                    tx.documents().setUnit(docs.get(d.path("file").asText()), unitId);
                }
            }
            return null;
        });
        return session.store().database().read(a -> a.units().list().size());
    }

    private static void addCodes(ProjectSession session, JsonNode codes, Long parentId) {
        for (JsonNode c : codes) {
            CodeDescription d = new CodeDescription(c.path("definition").asText(""), c.path("whenToUse").asText(""),
                                                    c.path("whenNotToUse").asText(""), c.path("example").asText(""));
            Code code = session.codebook().add(parentId, c.path("name").asText(), c.path("colour").asText(null), d);
            addCodes(session, c.path("children"), code.id());
        }
    }

    private static int applyCodings(ProjectSession session, JsonNode codings, Map<String, Long> docs) {
        Codebook book = session.codebook().codebook();
        int n = 0;
        for (JsonNode c : codings) {
            String file = c.path("document").asText();
            Long docId = docs.get(file);
            String quote = c.path("quote").asText();
            String path = c.path("code").asText();
            if (docId == null) {
                throw new IllegalStateException("codings.json names an unknown document " + file);
            }
            String text = session.store().database().read(a -> a.documents().text(docId)).orElseThrow();
            int at = text.indexOf(quote);
            if (at < 0 || text.indexOf(quote, at + 1) >= 0) {
                throw new IllegalStateException("codings.json: the quote must occur exactly once in " + file + ": \"" + quote + "\"");
            }
            long codeId = book.findByPath(path).orElseThrow(() -> new IllegalStateException("codings.json: unknown code " + path)).id();
            session.coding().setCoder(c.path("coder").asText("anna"));
            session.coding().apply(docId, at, at + quote.length(), codeId, c.path("memo").asText(null));
            n++;
        }
        session.coding().setCoder("anna");
        return n;
    }

    private static int addMemos(ProjectSession session, JsonNode study, Map<String, Long> docs) {
        int n = 0;
        for (JsonNode m : study.path("memos")) {
            String target = m.path("target").asText("project");
            switch (target) {
                case "project" -> session.memos().add(MemoTarget.PROJECT, null, m.path("title").asText(), m.path("text").asText());
                case "code" -> session.memos().add(MemoTarget.CODE, session.codebook().resolve(m.path("code").asText()).id(),
                                                   m.path("title").asText(), m.path("text").asText());
                case "document" -> session.memos().add(MemoTarget.DOCUMENT, docs.get(m.path("document").asText()),
                                                       m.path("title").asText(), m.path("text").asText());
                default -> throw new IllegalStateException("study.json: unknown memo target " + target);
            }
            n++;
        }
        return n;
    }

    private static JsonNode json(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SampleStudy.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The sample study file " + name + " is missing from the build"));
        }
        return in;
    }
}
