package dev.passage.adjudication;

import dev.passage.coding.Codebook;
import dev.passage.coding.CommandHistory;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.model.Adjudication;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Verdict;
import dev.passage.store.CodingSelection;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Adjudication of two coders' work: finds the passages where their codings of a code (or of every code) differ, and
 * resolves one at a time as one undoable edit each (through the project's {@link CommandHistory}): the accepted version
 * becomes codings of the consensus coder, the decision and its note are kept. The coders' own codings are never changed.
 */
public final class Adjudicator {
    /** The consensus coder's name unless the lead gives another. */
    public static final String DEFAULT_CONSENSUS = "consensus";

    private final Database database;
    private final CommandHistory history;
    private final Supplier<Codebook> codebook;
    private final Supplier<String> actor;

    /** {@code actor}: who decides (the session's coder), recorded with each decision. */
    public Adjudicator(Database database, CommandHistory history, Supplier<Codebook> codebook, Supplier<String> actor) {
        this.database = database;
        this.history = history;
        this.codebook = codebook;
        this.actor = actor;
    }

    /** Everyone who has coded in the project, by name (the choices for coder A and B). */
    public List<String> coders() {
        return database.read(a -> a.codings().coders());
    }

    /**
     * The passages where {@code coderA} and {@code coderB} differ on {@code codeId} (null: on every code), numbered from 1
     * in document order, then by start. Bad input when a coder has no codings in the project, the two are the same, or the
     * consensus coder is one of them.
     */
    public Disagreements find(String coderA, String coderB, Long codeId, String consensus) {
        return find(coderA, coderB, codeId, consensus, false);
    }

    /**
     * As {@link #find(String, String, Long, String)}; with {@code sharedDocumentsOnly}, only in the documents both coders
     * have coded something in (any code), so that a document one of them has not coded yet is not listed passage by passage.
     */
    public Disagreements find(String coderA, String coderB, Long codeId, String consensus, boolean sharedDocumentsOnly) {
        String a = required(coderA, "A");
        String b = required(coderB, "B");
        String cons = consensus == null || consensus.isBlank() ? DEFAULT_CONSENSUS : consensus.strip();
        if (a.equals(b)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("adjudication.sameCoder", a));
        }
        if (cons.equals(a) || cons.equals(b)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("adjudication.consensusIsCoder", cons));
        }
        Codebook book = codebook.get();
        if (codeId != null && book.find(codeId).isEmpty()) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("adjudication.noCode", codeId));
        }
        record Read(List<String> coders, List<DocumentSummary> documents, List<Coding> codings, List<Adjudication> decisions) {
        }
        Read read = database.read(x -> {
            List<Coding> codings = new ArrayList<>();
            x.codings().forEach(new CodingSelection(codeId == null ? null : Set.of(codeId), null, null), codings::add);
            List<DocumentSummary> documents = x.documents().list();
            if (sharedDocumentsOnly) {
                Set<Long> byA = new java.util.HashSet<>();
                Set<Long> byB = new java.util.HashSet<>();
                x.codings().forEach(new CodingSelection(null, null, Set.of(a, b)), c -> (c.coder().equals(a) ? byA : byB).add(c.documentId()));
                documents = documents.stream().filter(d -> byA.contains(d.id()) && byB.contains(d.id())).toList();
            }
            return new Read(x.codings().coders(), documents, codings, x.adjudications().all());
        });
        for (String coder : List.of(a, b)) {
            if (!read.coders().contains(coder)) {
                throw new PassageException(ErrorKind.BAD_INPUT, Text.of("adjudication.unknownCoder", coder, String.join(", ", read.coders())));
            }
        }
        // each document's codings of each code, by coder
        Map<Long, Map<Long, List<Coding>>> ofA = new HashMap<>();
        Map<Long, Map<Long, List<Coding>>> ofB = new HashMap<>();
        for (Coding c : read.codings()) {
            Map<Long, Map<Long, List<Coding>>> into = c.coder().equals(a) ? ofA : c.coder().equals(b) ? ofB : null;
            if (into != null) {
                into.computeIfAbsent(c.documentId(), k -> new HashMap<>()).computeIfAbsent(c.codeId(), k -> new ArrayList<>()).add(c);
            }
        }
        record Spot(DocumentSummary doc, long codeId, String path, PassageFinder.Found found) {
        }
        List<Spot> spots = new ArrayList<>();
        for (DocumentSummary doc : read.documents()) {
            Map<Long, List<Coding>> byCodeA = ofA.getOrDefault(doc.id(), Map.of());
            Map<Long, List<Coding>> byCodeB = ofB.getOrDefault(doc.id(), Map.of());
            Set<Long> codes = new java.util.HashSet<>(byCodeA.keySet());
            codes.addAll(byCodeB.keySet());
            List<Spot> inDoc = new ArrayList<>();
            for (long code : codes) {
                if (book.find(code).isEmpty()) {
                    continue;
                }
                String path = book.path(code);
                for (PassageFinder.Found f : PassageFinder.differences(byCodeA.getOrDefault(code, List.of()), byCodeB.getOrDefault(code, List.of()))) {
                    inDoc.add(new Spot(doc, code, path, f));
                }
            }
            inDoc.sort(Comparator.comparingInt((Spot s) -> s.found().start()).thenComparingInt(s -> s.found().end()).thenComparing(Spot::path));
            spots.addAll(inDoc);
        }
        Map<Long, String> texts = new LinkedHashMap<>();
        List<Long> docIds = spots.stream().map(s -> s.doc().id()).distinct().toList();
        if (!docIds.isEmpty()) {
            database.read(x -> {
                docIds.forEach(id -> texts.put(id, x.documents().text(id).orElse("")));
                return null;
            });
        }
        List<Disagreement> out = new ArrayList<>();
        for (Spot s : spots) {
            String text = texts.get(s.doc().id());
            PassageFinder.Found f = s.found();
            Adjudication decision = read.decisions().stream()
                                        .filter(d -> d.documentId() == s.doc().id() && d.codeId() == s.codeId() && d.start() == f.start()
                                                     && d.end() == f.end() && d.between(a, b))
                                        .max(Comparator.comparingLong(Adjudication::id)).orElse(null);
            String consensusCoder = decision != null ? decision.consensus() : cons;
            List<Coding> agreed = read.codings().stream()
                                      .filter(c -> c.coder().equals(consensusCoder) && c.documentId() == s.doc().id() && c.codeId() == s.codeId()
                                                   && c.start() < f.end() && f.start() < c.end())
                                      .sorted(Comparator.comparingInt(Coding::start)).toList();
            out.add(new Disagreement(out.size() + 1, s.doc().id(), s.doc().name(), s.codeId(), s.path(), f.start(), f.end(),
                                     slice(text, f.start(), f.end()), version(a, f.a(), text), version(b, f.b(), text),
                                     version(consensusCoder, agreed, text), decision));
        }
        return new Disagreements(a, b, codeId == null ? null : book.path(codeId), cons, sharedDocumentsOnly, out);
    }

    /**
     * Resolves the passage as one undoable edit: the consensus coder ({@code consensus}, or "consensus") gets the accepted
     * version's codings, replacing its codings of that code inside the passage, and the decision is stored with {@code note}.
     * Returns the stored decision.
     */
    public Adjudication resolve(Disagreement passage, Verdict verdict, String note, String consensus) {
        String cons = consensus == null || consensus.isBlank() ? DEFAULT_CONSENSUS : consensus.strip();
        if (cons.equals(passage.a().coder()) || cons.equals(passage.b().coder())) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("adjudication.consensusIsCoder", cons));
        }
        return history.run(new ResolveCommand(passage, java.util.Objects.requireNonNull(verdict), note, cons, actor.get())).decision();
    }

    /** The text of a passage with up to {@code around} characters either side, cut at a space (for showing it in context). */
    public static int[] contextBounds(String text, int start, int end, int around) {
        int from = Math.max(0, start - around);
        int to = Math.min(text.length(), end + around);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return new int[] {from, to};
    }

    private static Disagreement.Version version(String coder, List<Coding> codings, String text) {
        return new Disagreement.Version(coder, codings.stream()
                                                      .map(c -> new Disagreement.Stretch(c.id(), c.start(), c.end(), slice(text, c.start(), c.end())))
                                                      .toList());
    }

    private static String slice(String text, int start, int end) {
        if (text == null) {
            return "";
        }
        int s = Math.min(Math.max(0, start), text.length());
        return text.substring(s, Math.min(Math.max(s, end), text.length()));
    }

    private static String required(String coder, String which) {
        if (coder == null || coder.isBlank()) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("adjudication.noCoder", which));
        }
        return coder.strip();
    }
}
