package dev.passage.ui.transcript;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/** Renders a node to a PNG in the temp folder (for looking at the view; no javafx-swing needed). Call on the FX thread. */
final class Snapshots {
    private Snapshots() {
    }

    static void write(Node node, String fileName) {
        String path = new File(System.getProperty("java.io.tmpdir"), fileName).getPath();
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
            ImageIO.write(out, "png", new File(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
