package dev.passage.ui.exchange;

import dev.passage.export.ReportKind;
import dev.passage.interop.InteropReport;
import dev.passage.ui.common.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The texts the exchange features show: what an export wrote, what an import brought in and what could not be carried over. */
final class ExchangeTexts {
    private ExchangeTexts() {
    }

    /** "820 bytes", "14.2 KB", "3.1 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /** What an export wrote, with the truncated cells and (REFI-QDA) what was not carried over. */
    static String exported(ExportOutcome o, Messages m) {
        ExportFormat f = o.request().format();
        String file = o.file().toString();
        List<String> lines = new ArrayList<>();
        if (f.isTable()) {
            lines.add(m.get("exchange.done.table", o.rows(), file));
            if (!o.request().variables().isEmpty()) {
                lines.add(m.get("exchange.done.variables", String.join(", ", o.request().variables())));
            }
            if (o.truncatedCells() > 0) {
                lines.add(m.get("exchange.done.truncated", o.truncatedCells()));
            }
        } else if (f.isReport()) {
            lines.add(o.request().reportKind() == ReportKind.CODEBOOK ? m.get("exchange.done.codebookReport", o.rows(), file)
                                                                       : m.get("exchange.done.excerptsReport", o.rows(), file));
        } else {
            lines.add(m.get(f == ExportFormat.QDPX ? "exchange.done.qdpx" : "exchange.done.qdc", file));
        }
        if (o.interop() != null) {
            lines.add("");
            lines.addAll(interop(o.interop(), m));
        }
        return String.join("\n", lines);
    }

    /** Counts ("24 documents, 41 codes"), then every element not carried over (grouped by kind), then warnings. */
    static List<String> interop(InteropReport r, Messages m) {
        List<String> out = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        r.counts().forEach((key, n) -> counts.add(count(key, n, m)));
        out.add(counts.isEmpty() ? m.get("exchange.report.nothing") : m.get("exchange.report.carried", String.join(", ", counts)));
        if (r.losses().isEmpty()) {
            out.add(m.get("exchange.report.noLosses"));
        } else {
            out.add("");
            out.add(m.get("exchange.report.losses", r.losses().size()));
            r.lossesByKind().forEach((kind, n) -> {
                out.add("  " + m.get("exchange.report.lossKind", kind, n));
                r.losses().stream().filter(l -> l.kind().equals(kind))
                 .forEach(l -> out.add("    • " + l.item() + ": " + l.reason()));
            });
        }
        if (!r.warnings().isEmpty()) {
            out.add("");
            out.add(m.get("exchange.report.warnings", r.warnings().size()));
            r.warnings().forEach(w -> out.add("    • " + w));
        }
        return out;
    }

    private static String count(String key, int n, Messages m) {
        String text = m.get("exchange.count." + key.replace(' ', '_'), n);
        return text.startsWith("[") ? n + " " + key : text;
    }

    /** An error's message naming the file; falls back to the error's kind when the core gave no message. */
    static String failure(Path file, Throwable error, Messages m) {
        Throwable e = error;
        while ((e.getMessage() == null || e.getMessage().isBlank()) && e.getCause() != null) {
            e = e.getCause();
        }
        String why = e.getMessage() == null || e.getMessage().isBlank() ? m.get("exchange.unknownError", e.getClass().getSimpleName())
                                                                         : m.message(e);
        String name = file == null ? "" : file.getFileName().toString();
        return why.contains(name) ? why : name + ": " + why;
    }
}
