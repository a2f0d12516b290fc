package dev.passage.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs behind an interface, so ViewModels can be tested without windows. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message, String confirmButton);

    Optional<String> askText(String title, String label, String initial);

    List<Path> chooseFilesToImport();

    Optional<Path> chooseFolder(String title);

    Optional<Path> chooseProjectToOpen();

    /** Where to create a new project; the answer is the new folder (NAME.passage). */
    Optional<Path> chooseNewProjectFolder();
}
