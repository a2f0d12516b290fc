package dev.passage.ui.common;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** Code colours in the UI: swatches, light tints under text, and a readable text colour on a colour. */
public final class CodeColours {
    private CodeColours() {
    }

    public static Color parse(String hex) {
        try {
            return Color.web(hex);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY;
        }
    }

    /** A small rounded square in the code's colour. */
    public static Rectangle swatch(String hex, double size) {
        Rectangle r = new Rectangle(size, size, parse(hex));
        r.setArcWidth(size / 3);
        r.setArcHeight(size / 3);
        r.setStroke(parse(hex).darker());
        r.setStrokeWidth(0.5);
        r.getStyleClass().add("code-swatch");
        return r;
    }

    /** The colour at {@code alpha} opacity, as CSS ("rgba(r,g,b,a)"), for tints under text. */
    public static String cssTint(String hex, double alpha) {
        Color c = parse(hex);
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                             Math.round(c.getBlue() * 255), alpha);
    }
}
