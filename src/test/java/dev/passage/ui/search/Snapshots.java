package dev.passage.ui.search;

import javafx.scene.Node;

import java.io.File;

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
        dev.passage.ui.PngSnapshots.write(node, file.toPath());
    }
}
