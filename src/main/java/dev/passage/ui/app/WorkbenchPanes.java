package dev.passage.ui.app;

import javafx.scene.Node;

/** The feature views the main window lays out. */
record WorkbenchPanes(Node documents, Node transcript, Node codebook, Node search, Node segments, Node memos) {
}
