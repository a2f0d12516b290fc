package dev.passage.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.cases.SurveyImport;
import dev.passage.cases.SurveyImportReport;
import dev.passage.cases.Table;
import dev.passage.cases.TableReader;
import dev.passage.cases.UnitImport;
import dev.passage.cases.UnitImportReport;
import dev.passage.coding.Codebook;
import dev.passage.coding.TextRange;
import dev.passage.importer.ImportOutcome;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.model.VariableType;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the sample study from its sources in {@code sample-projects/learning-culture} (packed into the jar):
 * transcripts imported through the normal import path, units, the codebook with definitions, the pre-coding
 * (each coding given as an exact quote, located in its transcript) and memos.
 */
public final class SampleStudy {
    private static final String ROOT = "/dev/passage/sample/learning-culture/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SURVEY_QUESTIONS = {"q_mistakes", "q_learning"};

    /** What was built: {@code documents} counts interviews and survey answers; {@code codings} counts both kinds of codings. */
    public record Summary(String name, String folder, int documents, int units, int codes, int codings, int memos, int respondents,
                          int surveyAnswers, int unitVariables) {
    }

    private SampleStudy() {
    }

    /** Builds the whole sample study: interviews, unit scores and the open-ended survey with their codings. */
    public static Summary build(Path folder) throws IOException {
        return build(folder, true);
    }

    /**
     * Builds the sample study; without the survey it has only the 16 interviews with their units, codings and memos, and
     * neither unit scores nor survey answers (a smaller project for a first look, and the fixture of the view tests, which
     * import the scores and the survey themselves where they need them).
     */
    public static Summary build(Path folder, boolean withSurvey) throws IOException {
        JsonNode study = json("study.json");
        Language language = Language.fromCode(study.path("language").asText("da"));
        Path staging = Files.createTempDirectory("passage-sample");
        try (ProjectSession session = ProjectSession.create(folder, study.path("name").asText(), language, "anna")) {
            session.search().holdUpdates(); // one index build at the end instead of one update per commit
            try {
                Map<String, Long> docs = importDocuments(session, study, staging);
                int units = linkUnits(session, study, docs);
                // the interviews' role and date become typed DOCUMENT variables, so that `role = leader` reads interviews and
                // survey respondents (whose role is a RESPONDENT variable) alike
                session.caseEditor().attributeToVariable("role", VariableType.CATEGORY);
                session.caseEditor().attributeToVariable("interview_date", VariableType.DATE);
                UnitImportReport scores = withSurvey ? importUnitScores(session, staging) : null;
                SurveyImportReport survey = withSurvey ? importSurvey(session, staging) : null;
                addCodes(session, json("codebook.json"), null);
                int codings = applyCodings(session, json("codings.json"), docs);
                if (withSurvey) {
                    codings += applySurveyCodings(session, json("survey-codings.json"));
                }
                int memos = addMemos(session, study, docs);
                session.history().clear();
                Codebook book = session.codebook().codebook();
                int documents = session.documents().count();
                return new Summary(study.path("name").asText(), folder.toString(), documents, units, book.size(), codings, memos,
                                   survey == null ? 0 : survey.respondentsCreated(), survey == null ? 0 : survey.answersCreated(),
                                   scores == null ? 0 : scores.valuesSet());
            } finally {
                session.search().releaseUpdates();
            }
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
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (JsonNode u : study.path("units")) {
            descriptions.put(u.path("name").asText(), u.path("description").asText(null));
        }
        Map<Long, String> unitOf = new LinkedHashMap<>();
        for (JsonNode d : study.path("documents")) {
            if (d.hasNonNull("unit")) {
                unitOf.put(docs.get(d.path("file").asText()), d.path("unit").asText());
            }
        }
        session.caseEditor().placeWithoutUndo(descriptions, unitOf, "sample study");
        return session.caseOverview().unitNames().size();
    }

    /** The units' survey scale means, from a Danish-Excel CSV (semicolons, decimal comma, BOM), through the normal import. */
    private static UnitImportReport importUnitScores(ProjectSession session, Path staging) throws IOException {
        Table table = TableReader.read(staged(staging, "units.csv"), null);
        UnitImportReport report = session.unitImport().apply(table, new UnitImport.Options("unit", Map.of()));
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("The sample's units.csv has unreadable rows: " + report.problems());
        }
        return report;
    }

    /** The open-ended employee survey: two questions, answers linked to respondents and their units. */
    private static SurveyImportReport importSurvey(ProjectSession session, Path staging) throws IOException {
        Table table = TableReader.read(staged(staging, "survey.csv"), null);
        return session.surveyImport().apply(table, new SurveyImport.Options("respondent_id", "unit", List.of(SURVEY_QUESTIONS), Map.of()));
    }

    /** Codings of survey answers, addressed by respondent and question; applied per coder and code as one edit each. */
    private static int applySurveyCodings(ProjectSession session, JsonNode codings) {
        Codebook book = session.codebook().codebook();
        Map<String, Map<Long, List<TextRange>>> byCoderAndCode = new LinkedHashMap<>();
        Map<String, Long> answers = new HashMap<>();
        session.caseOverview().documentCases().stream().filter(c -> c.isSurveyAnswer()).forEach(c -> answers.put(c.name(), c.documentId()));
        int n = 0;
        for (JsonNode c : codings) {
            String name = c.path("respondent").asText() + SurveyImport.NAME_SEPARATOR + c.path("question").asText();
            Long docId = answers.get(name);
            if (docId == null) {
                throw new IllegalStateException("survey-codings.json names an answer that was not imported: " + name);
            }
            String text = session.documents().text(docId).orElseThrow();
            String quote = c.path("quote").asText();
            int at = text.indexOf(quote);
            if (at < 0 || text.indexOf(quote, at + 1) >= 0) {
                throw new IllegalStateException("survey-codings.json: the quote must occur exactly once in " + name + ": \"" + quote + "\"");
            }
            String path = c.path("code").asText();
            long codeId = book.findByPath(path).orElseThrow(() -> new IllegalStateException("survey-codings.json: unknown code " + path)).id();
            byCoderAndCode.computeIfAbsent(c.path("coder").asText("anna"), k -> new LinkedHashMap<>())
                .computeIfAbsent(codeId, k -> new ArrayList<>()).add(new TextRange(docId, at, at + quote.length()));
            n++;
        }
        int applied = 0;
        for (var coder : byCoderAndCode.entrySet()) {
            session.coding().setCoder(coder.getKey());
            for (var code : coder.getValue().entrySet()) {
                applied += session.coding().applyAll(code.getValue(), code.getKey(), null).size();
            }
        }
        session.coding().setCoder("anna");
        if (applied != n) {
            throw new IllegalStateException("survey-codings.json lists " + n + " codings but " + applied + " were new (duplicates in the file?)");
        }
        return applied;
    }

    private static Path staged(Path staging, String name) throws IOException {
        Path copy = staging.resolve(name);
        try (InputStream in = resource(name)) {
            Files.copy(in, copy);
        }
        return copy;
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
            String text = session.documents().text(docId).orElseThrow();
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
