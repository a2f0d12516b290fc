package dev.passage.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.PrintWriter;

/** Writes a command's result as text for people or, with --json, as JSON for scripts. */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    void line(String s) {
        if (!json) {
            out.println(s);
        }
    }

    /** Prints {@code value} as JSON in --json mode; otherwise runs {@code text}. */
    void result(Object value, Runnable text) {
        if (json) {
            try {
                out.println(JSON.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        } else {
            text.run();
        }
        out.flush();
    }

    /** Keeps the end of {@code s} (the words next to a hit), cutting at the start. */
    static String ellipsizeLeft(String s, int max) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= max ? flat : "…" + flat.substring(flat.length() - max + 1);
    }

    static String ellipsize(String s, int max) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
