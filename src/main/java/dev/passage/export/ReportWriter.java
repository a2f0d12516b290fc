package dev.passage.export;

import java.io.IOException;
import java.util.List;

/**
 * One report file format (DOCX, HTML). The codebook report and the excerpts report both write through this shape:
 * {@link #begin}, then the codebook table and/or code sections with their excerpts, then {@link #end}.
 */
public interface ReportWriter extends AutoCloseable {
    /** The title, a line under it, and the codes the report covers (for a table of contents), in order. */
    void begin(String title, String subtitle, List<CodeSummary> contents) throws IOException;

    /** The codebook as a table: code, definition, segments, documents. */
    void codebookTable(List<CodeSummary> codes) throws IOException;

    /** A heading for the code at its level; with {@code full}, its whole description, else only its definition. */
    void code(CodeSummary code, boolean full) throws IOException;

    /** One coded excerpt under the current code: the excerpt emphasised in its context, and where it comes from. */
    void excerpt(Excerpt excerpt) throws IOException;

    /** "How the coding evolved": the project's edits per month and coder (a format may leave it out). */
    default void evolution(dev.passage.history.CodingEvolution evolution) throws IOException {
    }

    /** Completes the file (the caller closes the stream). */
    void end() throws IOException;

    @Override
    default void close() throws IOException {
    }
}
