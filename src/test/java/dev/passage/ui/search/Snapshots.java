package dev.passage.ui.search;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a node to a PNG so a person can look at it (used by the look tests, not an assertion). */
public final class Snapshots {
    private Snapshots() {
    }

    /** The folder to write to, from -Dpassage.snapshots=DIR, or null when snapshots are off. */
    public static File folder() {
        String dir = System.getProperty("passage.snapshots");
        return dir == null || dir.isBlank() ? null : new File(dir);
    }

    /** Call on the FX thread after layout. */
    public static void write(Node node, File file) {
        WritableImage img = node.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            file.getParentFile().mkdirs();
            ImageIO.write(out, "png", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
