package dev.passage.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.SplitPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Remembers the window's divider positions per project, in the project folder (workbench-layout.json). */
final class LayoutMemory {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE = "workbench-layout.json";

    record Layout(double[] columns, double[] rows, double width, double height, Long document) {
    }

    private LayoutMemory() {
    }

    /** Restores the dividers; returns the document that was open last time, if any. */
    static Long restore(Path project, SplitPane columns, SplitPane rows) {
        Path file = project.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Layout l = JSON.readValue(file.toFile(), Layout.class);
            if (l.columns() != null && l.columns().length == columns.getDividers().size()) {
                columns.setDividerPositions(l.columns());
            }
            if (l.rows() != null && l.rows().length == rows.getDividers().size()) {
                rows.setDividerPositions(l.rows());
            }
            return l.document();
        } catch (IOException e) {
            LOG.warn("ignoring unreadable layout {}: {}", file, e.getMessage());
            return null;
        }
    }

    static void save(Path project, SplitPane columns, SplitPane rows, double width, double height, Long document) {
        try {
            JSON.writeValue(project.resolve(FILE).toFile(),
                            new Layout(columns.getDividerPositions(), rows.getDividerPositions(), width, height, document));
        } catch (IOException e) {
            LOG.warn("could not save the layout: {}", e.getMessage());
        }
    }
}
