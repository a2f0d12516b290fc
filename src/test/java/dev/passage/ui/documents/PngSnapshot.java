package dev.passage.ui.documents;

import dev.passage.ui.PngSnapshots;
import javafx.scene.Node;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** The documents tests' names for {@link PngSnapshots}. */
public final class PngSnapshot {
    private PngSnapshot() {
    }

    public static Path folder() {
        return PngSnapshots.folder();
    }

    public static BufferedImage write(Node node, String name) {
        return PngSnapshots.write(node, folder().resolve(name + ".png"));
    }

    public static double meanLuminance(BufferedImage img) {
        return PngSnapshots.meanLuminance(img);
    }
}
