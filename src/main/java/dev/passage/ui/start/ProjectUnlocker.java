package dev.passage.ui.start;

import dev.passage.session.ProjectFolders;
import dev.passage.session.ProjectSession;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens a project in the background, asking for its password first when it is encrypted: a wrong password says so and
 * asks again; cancelling opens nothing. A project just created with a password is opened with the key handed over by its
 * creator, so the user does not type the password a third time. Keys are destroyed once the project is open.
 */
public final class ProjectUnlocker {
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final Map<Path, ProjectKey> handedOver = new HashMap<>();

    public ProjectUnlocker(BackgroundTasks tasks, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
    }

    /** The key of a project just created; the next {@link #open} of {@code folder} uses it (once) instead of asking. */
    synchronized void handOver(Path folder, ProjectKey key) {
        ProjectKey old = handedOver.put(folder.toAbsolutePath().normalize(), key);
        if (old != null) {
            old.destroy();
        }
    }

    private synchronized ProjectKey takeHandedOver(Path folder) {
        return handedOver.remove(folder.toAbsolutePath().normalize());
    }

    /**
     * Opens {@code folder} as {@code coder}; on the UI thread calls {@code onOpen} with the session, {@code onFailure} with any
     * error but a wrong password, or {@code onCancel} when the user cancels the password dialog.
     */
    public void open(Path folder, String coder, Consumer<ProjectSession> onOpen, Consumer<Throwable> onFailure, Runnable onCancel) {
        if (!ProjectFolders.isEncrypted(folder)) {
            tasks.submit(m.get("start.task.open"), p -> ProjectSession.open(folder, coder), onOpen, onFailure);
            return;
        }
        ProjectKey given = takeHandedOver(folder);
        if (given != null) {
            submit(folder, coder, () -> given, onOpen, onFailure, onCancel);
            return;
        }
        Optional<char[]> password = dialogs.askPassword(m.get("start.password.title"),
                                                        m.get("start.password.message", folder.getFileName()));
        if (password.isEmpty()) {
            onCancel.run();
            return;
        }
        char[] chars = password.get();
        submit(folder, coder, () -> {
            try {
                return ProjectKey.fromPassword(chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }, onOpen, onFailure, onCancel);
    }

    private void submit(Path folder, String coder, java.util.function.Supplier<ProjectKey> key, Consumer<ProjectSession> onOpen,
                        Consumer<Throwable> onFailure, Runnable onCancel) {
        tasks.submit(m.get("start.task.open"), p -> {
            try (ProjectKey k = key.get()) {
                return ProjectSession.open(folder, coder, k);
            }
        }, onOpen, e -> {
            if (e instanceof ProjectPasswordException) {
                dialogs.showError(m.get("start.password.wrongTitle"), m.get("start.password.wrong", folder.getFileName()));
                open(folder, coder, onOpen, onFailure, onCancel);
            } else {
                onFailure.accept(e);
            }
        });
    }
}
