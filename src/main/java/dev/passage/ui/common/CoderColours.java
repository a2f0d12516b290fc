package dev.passage.ui.common;

import javafx.scene.paint.Color;

import java.util.List;

/**
 * A colour per coder for the transcript's stripes coloured by coder: the coder's place among the project's coders (sorted)
 * picks from eight dark, saturated colours (ColorBrewer's diverging ends) that none of the codes' default colours uses, so a
 * stripe coloured by coder is never mistaken for one coloured by code; they repeat after eight.
 */
public final class CoderColours {
    private static final List<Color> PALETTE = List.of(
        Color.web("#7B2D8E"), Color.web("#1B7837"), Color.web("#E08214"), Color.web("#2166AC"),
        Color.web("#B2182B"), Color.web("#35978F"), Color.web("#8C510A"), Color.web("#4D4D4D"));

    private CoderColours() {
    }

    /** {@code coder}'s colour among {@code coders} (a coder not in the list gets grey). */
    public static Color of(String coder, List<String> coders) {
        int i = coders.indexOf(coder);
        return i < 0 ? Color.GRAY : PALETTE.get(i % PALETTE.size());
    }
}
