package dev.passage.ui.app;

/** The tabs of the main window's dock. */
enum DockTab {
    SEGMENTS, SEARCH, MEMOS, JOINT_DISPLAYS
}
