package dev.passage.ui.start;

import dev.passage.model.Language;
import dev.passage.sample.SampleStudy;
import dev.passage.session.ProjectFolders;
import dev.passage.session.ProjectSession;
import dev.passage.security.ProjectKey;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The start screen (no project open yet): create a project, open one, reopen a recent one, or open the sample study (built on
 * first use). It opens no windows: when a project is ready it hands the folder to {@code onOpen} (the shell opens the
 * workbench). Everything that touches files runs as a background task; problems become dialogs.
 */
public final class StartViewModel {
    /** A recent project as listed: missing ones (moved or deleted) are shown greyed with a remove action. */
    public record RecentRow(Path folder, String name, Instant opened, boolean missing, String server) {
        public RecentRow(Path folder, String name, Instant opened, boolean missing) {
            this(folder, name, opened, missing, null);
        }

        /** A team project on a server (listed by its address; never missing, since its folder is only a local cache). */
        public boolean team() {
            return server != null;
        }
    }

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final RecentProjects recents;
    private final Path projectsHome;
    private final Consumer<Path> onOpen;
    private final ProjectUnlocker unlocker;

    private final ObservableList<RecentRow> recentRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper(this, "busyMessage", "");

    private final BooleanProperty formOpen = new SimpleBooleanProperty(this, "formOpen", false);
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObjectProperty<Language> newLanguage = new SimpleObjectProperty<>(this, "newLanguage");
    private final ObjectProperty<Path> chosenFolder = new SimpleObjectProperty<>(this, "chosenFolder");
    private final NewProjectPassword password = new NewProjectPassword();
    private final ObjectBinding<Path> newFolder;
    private final BooleanBinding canCreate;
    private Consumer<dev.passage.errors.DamagedProjectException> onDamaged;
    private Consumer<String> onOpenTeam = address -> { };
    private final ReadOnlyObjectWrapper<Path> lastOpened = new ReadOnlyObjectWrapper<>(this, "lastOpened");

    /**
     * @param projectsHome where new projects go unless a folder is chosen, and where the sample study is built
     *                     ({@code ~/Passage}, see {@link #defaultProjectsHome()})
     * @param onOpen       opens the workbench on a project folder (called on the UI thread, after the folder was checked)
     */
    public StartViewModel(BackgroundTasks tasks, DialogService dialogs, Messages messages, RecentProjects recents, Path projectsHome,
                          Consumer<Path> onOpen) {
        this(tasks, dialogs, messages, recents, projectsHome, onOpen, new ProjectUnlocker(tasks, dialogs, messages));
    }

    /** @param unlocker opens projects for the shell; a project created here with a password is handed to it with its key */
    public StartViewModel(BackgroundTasks tasks, DialogService dialogs, Messages messages, RecentProjects recents, Path projectsHome,
                          Consumer<Path> onOpen, ProjectUnlocker unlocker) {
        this.unlocker = unlocker;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
        this.recents = recents;
        this.projectsHome = projectsHome;
        this.onOpen = onOpen;
        newLanguage.set(defaultLanguage(messages.locale()));
        newFolder = Bindings.createObjectBinding(() -> chosenFolder.get() != null ? chosenFolder.get()
                                                       : newName.get() == null || newName.get().isBlank() ? null
                                                       : projectsHome.resolve(folderName(newName.get())), chosenFolder, newName);
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && newName.get() != null && !newName.get().isBlank()
                                                        && newLanguage.get() != null && newFolder.get() != null
                                                        && password.acceptable(),
                                                  busy, newName, newLanguage, newFolder, password.encrypt(), password.password(),
                                                  password.repeat());
        refreshRecents();
    }

    /** Who hears of a damaged project (the recovery dialog); without one, its message is shown as an error. */
    public void setOnDamaged(Consumer<dev.passage.errors.DamagedProjectException> onDamaged) {
        this.onDamaged = onDamaged;
    }

    /**
     * Who opens a team project (File › Open team project…): called with a recent team project's address, or with null to
     * ask for one.
     */
    public void setOnOpenTeam(Consumer<String> onOpenTeam) {
        this.onOpenTeam = java.util.Objects.requireNonNull(onOpenTeam);
    }

    /** Opens a team project on a server: asks for its address (and password, unless PGPASSWORD or ~/.pgpass has it). */
    public void openTeamProject() {
        if (!busy.get()) {
            onOpenTeam.accept(null);
        }
    }

    /** {@code ~/Passage}: where new projects and the sample study go by default. */
    public static Path defaultProjectsHome() {
        return Path.of(System.getProperty("user.home"), "Passage");
    }

    public Path sampleFolder() {
        return projectsHome.resolve("sample.passage");
    }

    // ---- state

    public ObservableList<RecentRow> recentProjects() {
        return recentRows;
    }

    /** True while a project is being created, checked or the sample built: the actions wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    /** The "new project" form is showing. */
    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Language> newLanguageProperty() {
        return newLanguage;
    }

    /** Where the new project will be created: the chosen folder, or NAME.passage in the projects folder. */
    public ObjectBinding<Path> newFolderProperty() {
        return newFolder;
    }

    /** "Encrypt with a password" in the new-project form, its password and repeat fields and what is wrong with them. */
    public NewProjectPassword newPassword() {
        return password;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** The last folder handed to {@code onOpen}. */
    public ReadOnlyObjectProperty<Path> lastOpenedProperty() {
        return lastOpened.getReadOnlyProperty();
    }

    // ---- actions

    public void showNewProjectForm() {
        if (busy.get()) {
            return;
        }
        newName.set("");
        chosenFolder.set(null);
        newLanguage.set(defaultLanguage(m.locale()));
        password.reset();
        formOpen.set(true);
    }

    public void cancelNewProject() {
        password.reset();
        formOpen.set(false);
    }

    /** Asks where to create the project; a name typed later keeps this folder. */
    public void chooseNewProjectFolder() {
        dialogs.chooseNewProjectFolder().ifPresent(folder -> {
            chosenFolder.set(folder);
            if (newName.get() == null || newName.get().isBlank()) {
                String n = folder.getFileName().toString();
                newName.set(n.endsWith(".passage") ? n.substring(0, n.length() - ".passage".length()) : n);
            }
        });
    }

    /** Creates the project from the form in the background, then opens it. */
    public void createProject() {
        if (!canCreate.get()) {
            if (newName.get() == null || newName.get().isBlank()) {
                dialogs.showError(m.get("start.create.errorTitle"), m.get("start.create.needName"));
            }
            return;
        }
        String name = newName.get().strip();
        Language language = newLanguage.get();
        Path folder = newFolder.get();
        char[] secret = password.take();
        run(m.get("start.task.create"), m.get("start.create.progress", name), progress -> {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            ProjectKey key = null;
            try {
                key = secret == null ? null : ProjectKey.fromPassword(secret);
            } finally {
                if (secret != null) {
                    java.util.Arrays.fill(secret, '\0');
                }
            }
            try (ProjectSession created = ProjectSession.create(folder, name, language, ProjectSession.defaultCoder(), key)) {
                recents.add(created.folder(), key == null ? created.info().name() : hiddenName(created.folder()));
            } catch (RuntimeException | IOException e) {
                if (key != null) {
                    key.destroy();
                }
                throw e;
            }
            if (key != null) {
                unlocker.handOver(folder, key);
            }
            return folder;
        }, f -> {
            formOpen.set(false);
            handOver(f);
        }, m.get("start.create.errorTitle"));
    }

    /** Asks for a project folder and opens it. */
    public void openProject() {
        if (busy.get()) {
            return;
        }
        dialogs.chooseProjectToOpen().ifPresent(this::open);
    }

    /** Opens a recent project; a missing one offers to take it off the list. */
    public void open(RecentRow row) {
        if (busy.get() || row == null) {
            return;
        }
        if (row.team()) {
            onOpenTeam.accept(row.server());
            return;
        }
        if (row.missing()) {
            if (dialogs.confirm(m.get("start.missing.title"), m.get("start.missing.message", row.name(), row.folder().toString()),
                                m.get("start.missing.remove"))) {
                remove(row);
            }
            return;
        }
        open(row.folder());
    }

    /** Checks the project can be opened (a Passage project, not open elsewhere), lists it as recent, then hands it over. */
    public void open(Path folder) {
        if (busy.get() || folder == null) {
            return;
        }
        run(m.get("start.task.open"), m.get("start.open.progress", folder.getFileName()), progress -> {
            checkAndRemember(folder);
            return folder;
        }, this::handOver, m.get("start.open.errorTitle"));
    }

    /** Takes a project off the recent list (its files stay). */
    public void remove(RecentRow row) {
        if (row == null) {
            return;
        }
        recentRows.remove(row);
        tasks.submit(m.get("start.task.recent"), progress -> {
            recents.remove(row.folder());
            return readRecents();
        }, recentRows::setAll, e -> { });
    }

    /** Opens the sample study, building it first in the projects folder when it is not there yet. */
    public void openSample() {
        if (busy.get()) {
            return;
        }
        Path target = sampleFolder();
        run(m.get("start.task.sample"), m.get("start.sample.opening"), progress -> {
            if (!ProjectFolders.isProject(target)) {
                say(progress, m.get("start.sample.building"));
                buildSample(target);
            }
            say(progress, m.get("start.sample.opening"));
            checkAndRemember(target);
            return target;
        }, this::handOver, m.get("start.sample.errorTitle"));
    }

    /** Reads the recent list again (and which of its folders still exist). */
    public void refreshRecents() {
        tasks.submit(m.get("start.task.recent"), progress -> readRecents(), recentRows::setAll, e -> { });
    }

    // ---- work

    private List<RecentRow> readRecents() {
        List<RecentRow> rows = new ArrayList<>();
        for (RecentProjects.Entry e : recents.list()) {
            boolean missing = !e.team() && !ProjectFolders.isProject(e.folder());
            rows.add(new RecentRow(e.folder(), e.name(), e.opened(), missing, e.server()));
        }
        return rows;
    }

    private void checkAndRemember(Path folder) {
        if (ProjectFolders.isEncrypted(folder)) {
            // its name is inside the encrypted database: the shell asks for the password when it opens the project
            recents.add(folder, hiddenName(folder));
            return;
        }
        recents.add(folder, ProjectFolders.name(folder));
    }

    /** What the recent list shows for an encrypted project: its folder's name (the study's name is encrypted). */
    public static String hiddenName(Path folder) {
        String n = folder.getFileName().toString();
        return n.endsWith(".passage") ? n.substring(0, n.length() - ".passage".length()) : n;
    }

    /** Builds into a hidden sibling first and moves it into place, so a failed build never leaves a half sample behind. */
    private static void buildSample(Path target) throws IOException {
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new IOException(target + " already exists but is not a Passage project; move it away to get a fresh sample study");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + target.getFileName() + ".building");
        dev.passage.files.Trees.delete(staging);
        try {
            SampleStudy.build(staging);
            Files.deleteIfExists(staging.resolve(".passage.lock"));
            if (Files.exists(target)) {
                Files.delete(target); // an empty folder
            }
            Files.move(staging, target);
        } finally {
            dev.passage.files.Trees.delete(staging);
        }
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (var s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }


    private <T> void run(String title, String message, BackgroundTasks.Work<T> work, Consumer<T> done, String errorTitle) {
        busy.set(true);
        busyMessage.set(message);
        tasks.submit(title, work, result -> {
            busy.set(false);
            busyMessage.set("");
            done.accept(result);
        }, e -> {
            busy.set(false);
            busyMessage.set("");
            if (e instanceof dev.passage.errors.DamagedProjectException damaged && onDamaged != null) {
                onDamaged.accept(damaged);
            } else {
                dialogs.showError(errorTitle, clearMessage(e));
            }
            refreshRecents();
        });
    }

    private void say(BackgroundTasks.Progress progress, String message) {
        progress.update(0, -1, message);
        tasks.onUiThread(() -> {
            if (busy.get()) {
                busyMessage.set(message);
            }
        });
    }

    private void handOver(Path folder) {
        refreshRecents();
        try {
            onOpen.accept(folder);
            lastOpened.set(folder);
        } catch (RuntimeException e) {
            dialogs.showError(m.get("start.open.errorTitle"), clearMessage(e));
        }
    }

    /** A message fit to show: the core's messages name the project and the problem; file errors say which file and why. */
    String clearMessage(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return m.get("start.error.accessDenied", a.getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return m.get("start.error.file", f.getFile(), f.getReason());
        }
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? m.message(t) : m.get("start.error.unexpected", e.getClass().getSimpleName());
    }

    static Language defaultLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "da" -> Language.DA;
            case "sv" -> Language.SV;
            default -> Language.EN;
        };
    }

    /** A folder name for a study: "Læringskultur 2026" becomes "læringskultur-2026.passage" (letters and digits, hyphens). */
    static String folderName(String name) {
        String folded = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && !b.isEmpty()) {
                    b.append('-');
                }
                b.appendCodePoint(cp);
                dash = false;
            } else {
                dash = true;
            }
        }
        String base = b.isEmpty() ? "study" : b.toString();
        return (base.length() > 60 ? base.substring(0, 60) : base) + ".passage";
    }
}
