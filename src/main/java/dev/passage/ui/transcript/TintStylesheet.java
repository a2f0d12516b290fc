package dev.passage.ui.transcript;

import dev.passage.model.Code;
import dev.passage.ui.common.CodeColours;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;

/**
 * The per-code CSS generated at runtime from the codebook's colours: a light tint under coded text ({@code .tint-ID}, darker
 * where codings overlap: {@code .depth-2}, {@code .depth-3}) (the margin stripes are coloured in code).
 * Served as a data: URL, regenerated when the codebook changes.
 */
final class TintStylesheet {
    static final double TINT = 0.24;
    static final double TINT_DEPTH_2 = 0.38;
    static final double TINT_DEPTH_3 = 0.52;

    private TintStylesheet() {
    }

    static String css(Collection<Code> codes) {
        StringBuilder sb = new StringBuilder(codes.size() * 260);
        for (Code c : codes) {
            long id = c.id();
            String colour = c.colour();
            sb.append(".tint-").append(id).append(" { -rtfx-background-color: ").append(CodeColours.cssTint(colour, TINT)).append("; }\n");
            sb.append(".tint-").append(id).append(".depth-2 { -rtfx-background-color: ").append(CodeColours.cssTint(colour, TINT_DEPTH_2))
              .append("; }\n");
            sb.append(".tint-").append(id).append(".depth-3 { -rtfx-background-color: ").append(CodeColours.cssTint(colour, TINT_DEPTH_3))
              .append("; }\n");
        }
        return sb.toString();
    }

    static String dataUrl(Collection<Code> codes) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(codes).getBytes(StandardCharsets.UTF_8));
    }
}
