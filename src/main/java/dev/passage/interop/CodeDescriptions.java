package dev.passage.interop;

import dev.passage.model.CodeDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code's four description parts as one readable REFI-QDA {@code Description}: the definition first, then paragraphs
 * headed "When to use:", "When not to use:" and "Example:". Reading reverses it; a description from another program
 * without these headings becomes the definition.
 */
final class CodeDescriptions {
    static final String WHEN_TO_USE = "When to use:";
    static final String WHEN_NOT_TO_USE = "When not to use:";
    static final String EXAMPLE = "Example:";
    private static final Pattern HEADING = Pattern.compile("(?m)^(When to use:|When not to use:|Example:)[ \\t]*");

    private CodeDescriptions() {
    }

    /** The description text, or "" when all parts are blank. */
    static String format(CodeDescription d) {
        List<String> parts = new ArrayList<>();
        if (!d.definition().isBlank()) {
            parts.add(d.definition().strip());
        }
        add(parts, WHEN_TO_USE, d.whenToUse());
        add(parts, WHEN_NOT_TO_USE, d.whenNotToUse());
        add(parts, EXAMPLE, d.example());
        return String.join("\n\n", parts);
    }

    private static void add(List<String> parts, String heading, String text) {
        if (!text.isBlank()) {
            parts.add(heading + " " + text.strip());
        }
    }

    /** Splits a description written by {@link #format} (or by anyone else) into the four parts. */
    static CodeDescription parse(String description) {
        if (description == null || description.isBlank()) {
            return CodeDescription.EMPTY;
        }
        String text = description.replace("\r\n", "\n").strip();
        String[] values = {"", "", "", ""};
        Matcher m = HEADING.matcher(text);
        int slot = 0;
        int from = 0;
        while (m.find()) {
            if (m.start() > 0 && !text.startsWith("\n\n", m.start() - 2)) {
                continue; // a heading only counts at the start of a paragraph
            }
            values[slot] = join(values[slot], text.substring(from, m.start()));
            slot = switch (m.group(1)) {
                case WHEN_TO_USE -> 1;
                case WHEN_NOT_TO_USE -> 2;
                default -> 3;
            };
            from = m.end();
        }
        values[slot] = join(values[slot], text.substring(from));
        return new CodeDescription(values[0], values[1], values[2], values[3]);
    }

    private static String join(String before, String more) {
        String m = more.strip();
        return before.isEmpty() ? m : m.isEmpty() ? before : before + "\n\n" + m;
    }
}
