package dev.passage.ui.transcript;

import javafx.scene.Node;


/** Renders a node to a PNG in the temp folder (for looking at the view; no javafx-swing needed). Call on the FX thread. */
final class Snapshots {
    private Snapshots() {
    }

    static void write(Node node, String fileName) {
        dev.passage.ui.PngSnapshots.write(node, java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), fileName));
    }
}
