package dev.passage.ui.documents;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders a node to a PNG (to look at it) and measures it. Call on the JavaFX thread. */
public final class PngSnapshot {
    private PngSnapshot() {
    }

    /** Where snapshots go: -Dpassage.snapshots=DIR, else the temp folder. */
    public static Path folder() {
        return Path.of(System.getProperty("passage.snapshots", System.getProperty("java.io.tmpdir")));
    }

    public static BufferedImage write(Node node, String name) {
        node.applyCss();
        if (node instanceof javafx.scene.Parent p) {
            p.layout();
        }
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
            Files.createDirectories(folder());
            ImageIO.write(out, "png", folder().resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Mean relative luminance 0..1 of the image. */
    public static double meanLuminance(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255.0;
            }
        }
        return sum / ((double) img.getWidth() * img.getHeight());
    }
}
