package dev.passage.ui.mixed;

/** A code as the displays list it: id, full path, its own name, depth in the hierarchy (0 = top) and colour (#RRGGBB). */
public record CodeChoice(long id, String path, String name, int depth, String colour) {
    @Override
    public String toString() {
        return path;
    }
}
