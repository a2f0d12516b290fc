package dev.passage.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs behind an interface, so ViewModels can be tested without windows. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message, String confirmButton);

    /**
     * Asks to choose between two ways on ({@code yes} or {@code no}, e.g. "Re-apply mine" and "Drop mine"); true for {@code yes}.
     * The default (for dialog services without one) is {@link #confirm} with its cancel standing for {@code no}.
     */
    default boolean choose(String title, String message, String yes, String no) {
        return confirm(title, message, yes);
    }

    Optional<String> askText(String title, String label, String initial);

    List<Path> chooseFilesToImport();

    Optional<Path> chooseFolder(String title);

    Optional<Path> chooseProjectToOpen();

    /**
     * Asks for a password without showing it; empty when the user cancels. The caller clears the array after use. The default
     * (for dialog services without one) always cancels.
     */
    default Optional<char[]> askPassword(String title, String message) {
        return Optional.empty();
    }

    /** Where to create a new project; the answer is the new folder (NAME.passage). */
    Optional<Path> chooseNewProjectFolder();

    /** One existing file to read, offering {@code types} (the first is preselected). */
    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    /**
     * Where to write a file: the answer ends with the chosen type's first extension (added when the user left it out).
     * {@code suggestedName} is the proposed file name without a folder.
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /** A kind of file offered by the choosers, e.g. {@code new FileType("CSV (comma-separated)", "csv")}. */
    record FileType(String description, List<String> extensions) {
        public FileType(String description, String... extensions) {
            this(description, List.of(extensions));
        }

        public FileType {
            if (extensions.isEmpty()) {
                throw new IllegalArgumentException("A file type needs at least one extension");
            }
            extensions = List.copyOf(extensions);
        }

        /** The path with this type's first extension, unless it already ends with one of them. */
        public Path withExtension(Path chosen) {
            String name = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            boolean has = extensions.stream().anyMatch(e -> e.equals("*") || name.endsWith("." + e));
            return has ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + extensions.getFirst());
        }
    }
}
