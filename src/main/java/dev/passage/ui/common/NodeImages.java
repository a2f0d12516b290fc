package dev.passage.ui.common;

import dev.passage.files.AtomicWrite;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a node (a chart, a table) to an image and writes it as PNG, without javafx-swing. Call on the JavaFX thread.
 * Files are written whole or not at all ({@link AtomicWrite}), so a failed export never leaves half a picture.
 */
public final class NodeImages {
    private NodeImages() {
    }

    /** The node as it is drawn now (CSS and layout applied first), at {@code scale} (2 gives print-quality charts). */
    public static BufferedImage image(Node node, double scale) {
        node.applyCss();
        if (node instanceof Parent p) {
            p.layout();
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        WritableImage img = node.snapshot(params, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** Writes the image as PNG to {@code file} atomically. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        AtomicWrite.replace(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer is available in this Java runtime");
            }
            return null;
        });
    }
}
