package dev.passage.ui.common;

import javafx.scene.paint.Color;

import java.util.List;

/**
 * A colour per coder for the transcript's stripes coloured by coder: the coder's place among the project's coders (sorted)
 * picks from a palette told apart also with the common colour-vision deficiencies (Okabe–Ito), repeating after eight.
 */
public final class CoderColours {
    private static final List<Color> PALETTE = List.of(
        Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#D55E00"), Color.web("#56B4E9"), Color.web("#7F6A00"), Color.web("#000000"));

    private CoderColours() {
    }

    /** {@code coder}'s colour among {@code coders} (a coder not in the list gets grey). */
    public static Color of(String coder, List<String> coders) {
        int i = coders.indexOf(coder);
        return i < 0 ? Color.GRAY : PALETTE.get(i % PALETTE.size());
    }
}
