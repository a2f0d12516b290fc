package dev.passage.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.files.AtomicWrite;
import javafx.scene.control.SplitPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Remembers the window's layout per project, in the project folder (workbench-layout.json): the divider positions, the
 * window's size, the dock's front tab, whether it is maximised and which tabs are in their own windows. Written whole or not at
 * all ({@link AtomicWrite}).
 */
final class LayoutMemory {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE = "workbench-layout.json";

    record Layout(double[] columns, double[] rows, double width, double height, Long document, String dockTab, Boolean dockMaximised,
                  List<String> poppedOut) {
    }

    private LayoutMemory() {
    }

    /** Restores the dividers and the dock; returns what was remembered (null if nothing). Popped-out tabs are left to the caller. */
    static Layout restore(Path project, SplitPane columns, Dock dock) {
        Path file = project.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Layout l = JSON.readValue(file.toFile(), Layout.class);
            if (l.columns() != null && l.columns().length == columns.getDividers().size()) {
                columns.setDividerPositions(l.columns());
            }
            if (l.rows() != null && l.rows().length == 1) {
                dock.setDividers(l.rows());
            }
            DockTab front = tab(l.dockTab());
            if (front != null) {
                dock.show(front);
            }
            if (Boolean.TRUE.equals(l.dockMaximised())) {
                dock.setMaximised(true);
            }
            return l;
        } catch (IOException e) {
            LOG.warn("ignoring unreadable layout {}: {}", file, e.getMessage());
            return null;
        }
    }

    /** The popped-out tabs a layout names (unknown names are ignored). */
    static List<DockTab> poppedOut(Layout l) {
        return l == null || l.poppedOut() == null ? List.of() : l.poppedOut().stream().map(LayoutMemory::tab).filter(Objects::nonNull).toList();
    }

    private static DockTab tab(String name) {
        try {
            return name == null ? null : DockTab.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void save(Path project, SplitPane columns, Dock dock, double width, double height, Long document) {
        DockTab front = dock.selected();
        try {
            Layout layout = new Layout(columns.getDividerPositions(), dock.dividers(), width, height, document,
                                       front == null ? null : front.name(), dock.isMaximised(),
                                       dock.poppedOut().stream().map(Enum::name).toList());
            byte[] json = JSON.writeValueAsBytes(layout);
            AtomicWrite.replace(project.resolve(FILE), out -> {
                out.write(json);
                return null;
            });
        } catch (IOException e) {
            LOG.warn("could not save the layout: {}", e.getMessage());
        }
    }
}
