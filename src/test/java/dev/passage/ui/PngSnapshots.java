package dev.passage.ui;

import javafx.scene.Node;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders a node to a PNG, to look at a view as a user would (no javafx-swing needed). Call on the JavaFX thread. */
public final class PngSnapshots {
    private PngSnapshots() {
    }

    /** Where snapshots go: -Dpassage.snapshots=DIR, else the temp folder. */
    public static Path folder() {
        return Path.of(System.getProperty("passage.snapshots", System.getProperty("java.io.tmpdir")));
    }

    /** The node as it is drawn now (CSS and layout applied first). */
    public static BufferedImage image(Node node) {
        return dev.passage.ui.common.NodeImages.image(node, 1);
    }

    public static BufferedImage write(Node node, Path file) {
        BufferedImage out = image(node);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Mean relative luminance 0..1: tells a light rendering from a dark one. */
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
