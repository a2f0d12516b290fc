package dev.passage.ui.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** The feature views the main window lays out, with the dock tabs' live titles. */
record WorkbenchPanes(Node documents, Node transcript, Node codebook, Node search, Node segments, Node memos, Node jointDisplays,
                      ObservableValue<String> searchTitle, ObservableValue<String> segmentsTitle, ObservableValue<String> memosTitle) {
}
