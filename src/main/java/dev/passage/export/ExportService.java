package dev.passage.export;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.store.Database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coded-excerpt exports (CSV, XLSX, JSON: one row per coded segment) and reports (codebook, excerpts by code; DOCX, HTML)
 * of one project. Each method writes one file's content to a stream; {@link AtomicFile} puts it in place all or nothing.
 */
public final class ExportService {
    /** Words of context shown either side of an excerpt in reports. */
    public static final int CONTEXT_WORDS = 12;

    private final ExcerptReader reader;
    private final String projectName;
    private final dev.passage.history.EditHistory history;
    private final Database database;

    public ExportService(Database database, Codebook codebook, String projectName) {
        this(database, codebook, projectName, dev.passage.model.CoderScope.EVERYONE);
    }

    /** Exports of only the codings {@code scope} lets through (the session's "Show codings of"). */
    public ExportService(Database database, Codebook codebook, String projectName, dev.passage.model.CoderScope scope) {
        this.database = database;
        this.reader = new ExcerptReader(database, codebook, scope);
        this.projectName = projectName;
        this.history = new dev.passage.history.EditHistory(database);
    }

    public ExcerptReader reader() {
        return reader;
    }

    /** The documents, units, coders, variables and attribute names an export can be narrowed to or widened by. */
    public ExportChoices choices() {
        return database.read(a -> new ExportChoices(a.documents().cases(), a.units().list(), a.codings(reader.scope()).coders(), a.variables().list(),
                                                    a.documents().attributeNames()));
    }

    /** Writes the excerpts the filter selects, with the named variables as extra columns, as a table in {@code format}. */
    public ExportReport table(TableFormat format, ExcerptFilter filter, List<String> variables, OutputStream out) throws IOException {
        return table(format, filter, variables, dev.passage.files.CsvStyle.PLAIN, out);
    }

    /** As {@link #table(TableFormat, ExcerptFilter, List, OutputStream)}; a CSV is spelled in {@code csv} (e.g. for Excel). */
    public ExportReport table(TableFormat format, ExcerptFilter filter, List<String> variables, dev.passage.files.CsvStyle csv,
                              OutputStream out) throws IOException {
        List<VariableColumn> columns = reader.columns(variables);
        try (ExcerptWriter writer = format == TableFormat.CSV ? new CsvExcerptWriter(out, csv) : format.open(out)) {
            writer.header(ExcerptTable.columns(columns));
            unchecked(() -> reader.forEach(filter, columns, ExcerptReader.Order.BY_DOCUMENT, 0, e -> {
                try {
                    writer.row(ExcerptTable.cells(e, columns));
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }));
            return writer.finish();
        }
    }

    /** Writes a report of the filter's selection in {@code format}; its rows are codes (codebook) or excerpts. */
    public ExportReport report(ReportKind kind, ReportFormat format, ExcerptFilter filter, OutputStream out) throws IOException {
        Map<Long, ExcerptReader.CodeCount> counts = reader.counts(filter);
        try (ReportWriter writer = format.open(out)) {
            int rows = kind == ReportKind.CODEBOOK ? codebook(writer, filter, counts) : excerpts(writer, filter, counts);
            var evolution = dev.passage.history.CodingEvolution.of(history.list(dev.passage.model.HistoryFilter.ALL));
            // the evolution counts every coder's codings: a report of some coders' codings leaves it out
            if (!evolution.isEmpty() && reader.scope().everyone()) {
                writer.evolution(evolution);
            }
            writer.end();
            return new ExportReport(rows, 0);
        }
    }

    private int codebook(ReportWriter w, ExcerptFilter filter, Map<Long, ExcerptReader.CodeCount> counts) throws IOException {
        List<CodeSummary> codes = summaries(reader.codes(filter), counts);
        int segments = codes.stream().mapToInt(CodeSummary::segments).sum();
        w.begin(projectName, "Codebook · " + codes.size() + " codes · " + segments + " coded segments" + describe(filter), codes);
        w.codebookTable(codes);
        for (CodeSummary c : codes) {
            w.code(c, true);
        }
        return codes.size();
    }

    private int excerpts(ReportWriter w, ExcerptFilter filter, Map<Long, ExcerptReader.CodeCount> counts) throws IOException {
        Codebook book = reader.codebook();
        Set<Long> shown = new HashSet<>();
        for (Long id : counts.keySet()) { // a coded code and the codes above it, so that its heading sits in the tree
            Long at = id;
            while (at != null && book.find(at).isPresent() && shown.add(at)) {
                at = book.get(at).parentId();
            }
        }
        List<CodeSummary> codes = summaries(book.all().stream().filter(c -> shown.contains(c.id())).toList(), counts);
        int total = counts.values().stream().mapToInt(ExcerptReader.CodeCount::segments).sum();
        w.begin(projectName, "Coded excerpts · " + total + " segments" + describe(filter), codes);
        int[] next = {0};
        int n = unchecked(() -> reader.forEach(filter, List.of(), ExcerptReader.Order.BY_CODE, CONTEXT_WORDS, e -> {
            try {
                while (next[0] < codes.size() && (next[0] == 0 || codes.get(next[0] - 1).codeId() != e.codeId())) {
                    w.code(codes.get(next[0]++), false);
                }
                w.excerpt(e);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }));
        while (next[0] < codes.size()) {
            w.code(codes.get(next[0]++), false);
        }
        return n;
    }

    private List<CodeSummary> summaries(List<Code> codes, Map<Long, ExcerptReader.CodeCount> counts) {
        Codebook book = reader.codebook();
        List<CodeSummary> out = new ArrayList<>(codes.size());
        for (Code c : codes) {
            var n = counts.getOrDefault(c.id(), new ExcerptReader.CodeCount(0, 0));
            out.add(new CodeSummary(c.id(), book.path(c.id()), c.name(), book.depth(c.id()), c.description(), n.segments(), n.documents()));
        }
        return out;
    }

    private static String describe(ExcerptFilter f) {
        List<String> parts = new ArrayList<>();
        if (!f.codePaths().isEmpty()) {
            parts.add("codes: " + String.join(", ", f.codePaths()) + (f.withSubcodes() ? " (with sub-codes)" : ""));
        }
        if (!f.documents().isEmpty()) {
            parts.add("documents: " + String.join(", ", f.documents()));
        }
        if (!f.units().isEmpty()) {
            parts.add("units: " + String.join(", ", f.units()));
        }
        if (!f.coders().isEmpty()) {
            parts.add("coders: " + String.join(", ", f.coders()));
        }
        if (f.documentScope() != null) {
            parts.add(f.documentScope().size() + " documents in scope");
        }
        return " · " + LocalDate.now() + (parts.isEmpty() ? "" : " · " + String.join(" · ", parts));
    }

    @FunctionalInterface
    private interface Body {
        int run();
    }

    /** Runs a streaming body, turning a writer's failure back into the IOException it was. */
    private static int unchecked(Body body) throws IOException {
        try {
            return body.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
