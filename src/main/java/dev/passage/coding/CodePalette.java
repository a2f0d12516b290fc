package dev.passage.coding;

import dev.passage.errors.Text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Default code colours: Okabe-Ito (colour-blind safe), then Tableau 10. */
public final class CodePalette {
    public static final List<String> COLOURS = List.of(
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
        "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC");
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private CodePalette() {
    }

    public static String colourFor(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }

    /** Normalises "#abcdef" or "abcdef" to "#ABCDEF"; rejects anything else with a clear message. */
    public static String normalise(String colour) {
        String c = colour.strip();
        if (!c.startsWith("#")) {
            c = "#" + c;
        }
        if (!HEX.matcher(c).matches()) {
            throw new CodingException(Text.of("coding.colourUseRrggbbE", colour));
        }
        return c.toUpperCase(Locale.ROOT);
    }
}
