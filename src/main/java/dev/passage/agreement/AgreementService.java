package dev.passage.agreement;

import dev.passage.coding.Codebook;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Inter-coder agreement of the project (issue 12), reached as {@code session.agreement()}: the report of some coders over some
 * codes and documents in one unit of analysis ({@link AgreementUnit}), and the passages where they differ (the drill-down).
 * It reads every chosen coder's codings, whatever the session shows; one read per call.
 *
 * <p>How the units pool: per code, the tallies of its documents add up (the units of all documents); overall, the tallies of
 * all codes add up (character: every code × character is a unit; segment: every segment of every code; document: every code ×
 * document), and for α_U overall is 1 − ΣDo/ΣDe over the codes. Each bootstrap 95% interval resamples the documents (the
 * clusters) {@value #BOOTSTRAP_SAMPLES} times with a fixed seed, so the same data give the same interval.
 */
public final class AgreementService {
    public static final int BOOTSTRAP_SAMPLES = 1000;
    public static final long BOOTSTRAP_SEED = 20_261_207L;
    private static final int PASSAGE_TEXT = 400;

    /** Turns typed names into the project's (unknown: bad input naming it and the valid ones). */
    public interface Names {
        List<String> documents(List<String> typed);

        List<String> codePaths(List<String> typed);
    }

    private final Database database;
    private final Supplier<Codebook> codebook;
    private final Names names;
    private final Runnable requireFullView;

    /**
     * @param requireFullView the blind-mode check: it must throw when this session may not see every coder's codings. The
     *                        session passes {@code session.requireFullView()} here (see ProjectSession.agreement()).
     */
    public AgreementService(Database database, Supplier<Codebook> codebook, Names names, Runnable requireFullView) {
        this.database = database;
        this.codebook = codebook;
        this.names = names;
        this.requireFullView = requireFullView;
    }

    /** Everyone who has made a coding, by name. */
    public List<String> coders() {
        return database.read(a -> a.codings().coders());
    }

    /** The report for {@code request}; an unknown coder, code, document or domain is bad input naming it. */
    public AgreementReport report(AgreementRequest request) {
        return new AgreementCalculator(scope(request), BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED).report();
    }

    /**
     * Where the coders differ on the code {@code codePath} (in one document, or in all of the request's when null): for the
     * segment unit each unmatched segment; otherwise each stretch of text that some of the coders coded with it and the others
     * did not, in document order.
     */
    public List<DisagreementPassage> passages(AgreementRequest request, String codePath, String document) {
        AgreementScope all = scope(request);
        Codebook book = all.book();
        List<String> path = names.codePaths(List.of(codePath));
        Code code = book.findByPath(path.getFirst()).orElseThrow();
        String docName = document == null ? null : names.documents(List.of(document)).getFirst();
        List<DocumentSummary> docs = all.documents().stream().filter(d -> docName == null || d.name().equals(docName)).toList();
        List<DisagreementPassage> out = new ArrayList<>();
        Map<Long, String> texts = database.read(a -> {
            Map<Long, String> t = new java.util.HashMap<>();
            docs.forEach(d -> t.put(d.id(), a.documents().text(d.id()).orElse("")));
            return t;
        });
        if (all.unit() == AgreementUnit.SEGMENT) {
            AgreementReport.CodeAgreement row = new AgreementCalculator(new AgreementScope(all.unit(), all.coders(), docs, List.of(code),
                null, all.overlap(), book, all.codings()), 0, 0).report().codes().getFirst();
            for (AgreementReport.UnmatchedSegment s : row.unmatched()) {
                out.add(new DisagreementPassage(row.code(), s.documentId(), s.document(), s.start(), s.end(), List.of(s.coder()),
                                                s.missedBy(), excerpt(texts.get(s.documentId()), s.start(), s.end())));
            }
            return out;
        }
        // a domain differs where the coders' sub-codes differ: each sub-code (with its own sub-codes) on its own
        List<Code> parts = all.domain() != null && code.id() == all.domain().id() ? book.children(code.id()) : List.of(code);
        for (DocumentSummary d : docs) {
            for (Code part : parts) {
                Set<Long> ids = parts.size() == 1 && part == code ? Set.of(code.id()) : book.selfAndDescendants(part.id());
                List<Coverage.Span> spans = new ArrayList<>();
                for (long id : ids) {
                    for (Coding c : all.codings(id, d.id())) {
                        spans.add(new Coverage.Span(all.coderIndex(c.coder()), c.start(), c.end()));
                    }
                }
                for (Coverage.Run run : Coverage.runs(d.length(), all.coderCount(), spans)) {
                    if (run.allAlike()) {
                        continue;
                    }
                    List<String> coded = new ArrayList<>();
                    List<String> not = new ArrayList<>();
                    for (int i = 0; i < all.coderCount(); i++) {
                        (run.covered()[i] ? coded : not).add(all.coders().get(i));
                    }
                    out.add(new DisagreementPassage(book.path(part.id()), d.id(), d.name(), run.start(), run.end(), coded, not,
                                                    excerpt(texts.get(d.id()), run.start(), run.end())));
                }
            }
        }
        List<Long> order = docs.stream().map(DocumentSummary::id).toList();
        out.sort(java.util.Comparator.comparingInt((DisagreementPassage p) -> order.indexOf(p.documentId()))
                                     .thenComparingInt(DisagreementPassage::start));
        return out;
    }

    private AgreementScope scope(AgreementRequest request) {
        // BLIND MODE: the lead wires session.requireFullView() in here (it refuses in blind mode unless the session's coder is
        // the lead); agreement reads every coder's codings.
        requireFullView.run();
        if (request.overlap() <= 0 || request.overlap() > 1 || Double.isNaN(request.overlap())) {
            throw bad(Text.of("agreement.overlap", request.overlap()));
        }
        if (request.domain() != null && request.unit() != AgreementUnit.DOCUMENT) {
            throw bad(Text.of("agreement.domainNeedsDocument", request.unit().key()));
        }
        if (request.domain() != null && !request.codes().isEmpty()) {
            throw bad(Text.of("agreement.domainAndCodes"));
        }
        List<String> docNames = names.documents(request.documents());
        List<String> codePaths = names.codePaths(request.codes());
        String domainPath = request.domain() == null ? null : names.codePaths(List.of(request.domain())).getFirst();
        Codebook book = codebook.get();
        record Read(List<String> coders, List<DocumentSummary> docs, List<Coding> codings) {
        }
        Read read = database.read(a -> new Read(a.codings().coders(), a.documents().list(), a.codings().all()));
        List<String> coders = coders(request.coders(), read.coders());
        Set<String> chosen = new HashSet<>(coders);
        List<DocumentSummary> docs = docNames.isEmpty() ? read.docs()
            : read.docs().stream().filter(d -> docNames.contains(d.name())).toList();
        if (request.codedByAll()) {
            Map<Long, Set<String>> codedBy = new java.util.HashMap<>();
            read.codings().stream().filter(c -> chosen.contains(c.coder()))
                .forEach(c -> codedBy.computeIfAbsent(c.documentId(), k -> new HashSet<>()).add(c.coder()));
            docs = docs.stream().filter(d -> codedBy.getOrDefault(d.id(), Set.of()).size() == chosen.size()).toList();
            if (docs.isEmpty()) {
                throw bad(Text.of("agreement.noSharedDocument", String.join(", ", coders)));
            }
        }
        Set<Long> docIds = new HashSet<>();
        docs.forEach(d -> docIds.add(d.id()));
        List<Coding> codings = read.codings().stream().filter(c -> docIds.contains(c.documentId()) && chosen.contains(c.coder())).toList();
        Code domain = null;
        if (domainPath != null) {
            domain = book.findByPath(domainPath).orElseThrow();
            if (book.children(domain.id()).size() < 2) {
                throw bad(Text.of("agreement.domainValues", domainPath, book.children(domain.id()).size()));
            }
        }
        List<Code> codes;
        if (!codePaths.isEmpty()) {
            codes = codePaths.stream().map(p -> book.findByPath(p).orElseThrow()).distinct().toList();
        } else {
            Set<Long> used = new HashSet<>();
            codings.forEach(c -> used.add(c.codeId()));
            codes = book.all().stream().filter(c -> used.contains(c.id())).toList();
        }
        return new AgreementScope(request.unit(), coders, docs, codes, domain, request.overlap(), book, AgreementScope.group(codings));
    }

    /** The coders asked for, as the project names them: at least two, each once, each one who has coded. */
    static List<String> coders(List<String> typed, List<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : typed) {
            String name = t.strip();
            if (name.isEmpty()) {
                continue;
            }
            String match = known.contains(name) ? name : null;
            if (match == null) {
                List<String> same = known.stream().filter(k -> k.equalsIgnoreCase(name)).toList();
                if (same.size() != 1) {
                    throw known.isEmpty() ? bad(Text.of("agreement.noCoders", name))
                        : bad(Text.of("agreement.unknownCoder", name, String.join(", ", known)));
                }
                match = same.getFirst();
            }
            if (!out.add(match)) {
                throw bad(Text.of("agreement.coderTwice", match));
            }
        }
        if (out.size() < 2) {
            throw bad(Text.of("agreement.twoCoders", out.size(), known.isEmpty() ? "-" : String.join(", ", known)));
        }
        return List.copyOf(out);
    }

    private static String excerpt(String text, int start, int end) {
        if (text == null) {
            return "";
        }
        String s = text.substring(Math.max(0, Math.min(start, text.length())), Math.max(0, Math.min(end, text.length())));
        if (s.length() <= PASSAGE_TEXT) {
            return s;
        }
        int half = PASSAGE_TEXT / 2;
        return s.substring(0, half) + " … " + s.substring(s.length() - half);
    }

    private static PassageException bad(Text text) {
        return new PassageException(ErrorKind.BAD_INPUT, text);
    }
}
