package dev.passage.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report as one self-contained HTML file (UTF-8, inline CSS, no scripts or external resources), readable on screen
 * and printable: a table of contents linking to the code headings, excerpts as quotes with the coded text marked.
 * Every piece of project text is escaped.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String CSS = """
        body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:46em;margin:2em auto;padding:0 1.2em}
        h1{font-size:2em;margin-bottom:.1em}
        .subtitle{color:#555;margin-top:0}
        h2,h3,h4,h5,h6{font-family:system-ui,'Segoe UI',Helvetica,Arial,sans-serif;margin:1.6em 0 .4em}
        nav.toc{border:1px solid #ddd;background:#fafafa;padding:.6em 1.2em;margin:1.5em 0}
        nav.toc ul{list-style:none;padding-left:0;margin:.3em 0}
        nav.toc li{margin:.15em 0}
        nav.toc a{color:#0b57d0;text-decoration:none}
        .count{color:#666;font-size:.85em}
        table{border-collapse:collapse;width:100%;font-size:.9em;margin:1em 0}
        th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}
        th{background:#f0f0f0}
        td.n{text-align:right}
        dl.desc dt{font-weight:bold;margin-top:.4em}
        dl.desc dd{margin-left:1.2em}
        figure.excerpt{margin:1em 0 1.4em}
        blockquote{margin:0;padding:.5em 1em;border-left:4px solid #8a6d3b;background:#fbf8f1;white-space:pre-wrap}
        blockquote .ctx{color:#6b6b6b}
        blockquote mark{background:#fde68a;color:inherit;font-weight:bold}
        figcaption{font-family:system-ui,'Segoe UI',Helvetica,Arial,sans-serif;font-size:.8em;color:#555;margin-top:.3em}
        .memo{font-style:italic;font-size:.9em;margin:.3em 0 0 1em}
        @media print{body{max-width:none;margin:0;font-size:11pt}nav.toc{page-break-after:always;background:none}
          figure.excerpt,tr{break-inside:avoid}h2,h3,h4,h5,h6{break-after:avoid}a{color:inherit}}
        """;

    private final Writer out;

    public HtmlReportWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String s) {
        String clean = ReportText.clean(s);
        StringBuilder sb = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void begin(String title, String subtitle, List<CodeSummary> contents) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title) + "</title>\n<style>\n"
                  + CSS + "</style>\n</head>\n<body>\n<header>\n<h1>" + escape(title) + "</h1>\n<p class=\"subtitle\">"
                  + escape(subtitle) + "</p>\n</header>\n");
        if (!contents.isEmpty()) {
            out.write("<nav class=\"toc\">\n<h2>Contents</h2>\n<ul>\n");
            for (CodeSummary c : contents) {
                out.write("<li style=\"padding-left:" + (c.depth() * 1.2) + "em\"><a href=\"#" + anchor(c) + "\">" + escape(c.name())
                          + "</a> <span class=\"count\">(" + c.segments() + ")</span></li>\n");
            }
            out.write("</ul>\n</nav>\n");
        }
        out.write("<main>\n");
    }

    @Override
    public void codebookTable(List<CodeSummary> codes) throws IOException {
        out.write("<table>\n<thead><tr><th>Code</th><th>Definition</th><th>Segments</th><th>Documents</th></tr></thead>\n<tbody>\n");
        for (CodeSummary c : codes) {
            out.write("<tr><td><a href=\"#" + anchor(c) + "\">" + escape(c.path()) + "</a></td><td>" + escape(c.description().definition())
                      + "</td><td class=\"n\">" + c.segments() + "</td><td class=\"n\">" + c.documents() + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    @Override
    public void code(CodeSummary c, boolean full) throws IOException {
        int level = Math.min(6, c.depth() + 2);
        out.write("<h" + level + " id=\"" + anchor(c) + "\">" + escape(c.name()) + " <span class=\"count\">" + escape(ReportText.counts(c))
                  + "</span></h" + level + ">\n");
        var d = c.description();
        if (c.depth() > 0) {
            out.write("<p class=\"count\">" + escape(c.path()) + "</p>\n");
        }
        if (full && !d.isEmpty()) {
            out.write("<dl class=\"desc\">\n");
            item("Definition", d.definition());
            item("When to use", d.whenToUse());
            item("When not to use", d.whenNotToUse());
            item("Example", d.example());
            out.write("</dl>\n");
        } else if (!full && !d.definition().isBlank()) {
            out.write("<p>" + escape(d.definition()) + "</p>\n");
        }
    }

    private void item(String label, String text) throws IOException {
        if (!text.isBlank()) {
            out.write("<dt>" + label + "</dt><dd>" + escape(text) + "</dd>\n");
        }
    }

    @Override
    public void excerpt(Excerpt e) throws IOException {
        out.write("<figure class=\"excerpt\">\n<blockquote>");
        if (!e.contextBefore().isEmpty()) {
            out.write("<span class=\"ctx\">" + escape(e.contextBefore()) + "</span>");
        }
        out.write("<mark>" + escape(e.text()) + "</mark>");
        if (!e.contextAfter().isEmpty()) {
            out.write("<span class=\"ctx\">" + escape(e.contextAfter()) + "</span>");
        }
        out.write("</blockquote>\n<figcaption>" + escape(ReportText.source(e)) + "</figcaption>\n");
        if (e.memo() != null && !e.memo().isBlank()) {
            out.write("<p class=\"memo\">" + escape(ReportText.memo(e)) + "</p>\n");
        }
        out.write("</figure>\n");
    }

    @Override
    public void evolution(dev.passage.history.CodingEvolution e) throws IOException {
        out.write("<section class=\"evolution\">\n<h2 id=\"coding-evolution\">" + escape(ReportText.EVOLUTION_TITLE) + "</h2>\n<p class=\"count\">"
                  + escape(ReportText.evolutionNote(e)) + "</p>\n<table>\n<thead><tr>");
        for (String h : ReportText.EVOLUTION_COLUMNS) {
            out.write("<th>" + escape(h) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (var row : e.rows()) {
            String[] cells = ReportText.evolutionCells(row);
            out.write("<tr>");
            for (int i = 0; i < cells.length; i++) {
                out.write((i < 2 ? "<td>" : "<td class=\"n\">") + escape(cells[i]) + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    @Override
    public void end() throws IOException {
        out.write("</main>\n</body>\n</html>\n");
        out.flush();
    }

    private static String anchor(CodeSummary c) {
        return "code-" + c.codeId();
    }
}
