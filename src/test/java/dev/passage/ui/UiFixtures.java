package dev.passage.ui;

import dev.passage.sample.SampleStudy;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Shared test set-up for the workbench: the sample study (built once per JVM and copied), contexts, a scripted dialog service. */
public final class UiFixtures {
    private static Path sampleTemplate;

    private UiFixtures() {
    }

    /** A fresh copy of the sample study in {@code dir}, opened as coder "anna". */
    public static synchronized ProjectSession sample(Path dir) throws Exception {
        if (sampleTemplate == null) {
            Path t = Files.createTempDirectory("passage-sample-template").resolve("sample.passage");
            SampleStudy.build(t, false); // the interviews; tests that need unit scores or the survey import them
            sampleTemplate = t;
        }
        Path copy = dir.resolve("sample.passage");
        try (var files = Files.walk(sampleTemplate)) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().equals(".passage.lock")) {
                    continue;
                }
                Path target = copy.resolve(sampleTemplate.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return ProjectSession.open(copy, "anna");
    }

    public static ProjectContext context(ProjectSession session, BackgroundTasks tasks) {
        return new ProjectContext(session, tasks, Messages.english());
    }

    /** Answers dialogs from a script and records what was shown. */
    public static final class ScriptedDialogs implements DialogService {
        public final List<String> errors = new ArrayList<>();
        public final List<String> infos = new ArrayList<>();
        public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
        public final Deque<String> textAnswers = new ArrayDeque<>();
        public final Deque<List<Path>> fileAnswers = new ArrayDeque<>();
        public final Deque<Path> folderAnswers = new ArrayDeque<>();
        public final List<String> confirmations = new ArrayList<>();
        /** Answers for chooseFileToOpen and chooseFileToSave, in order. */
        public final Deque<Path> pathAnswers = new ArrayDeque<>();
        /** Answers for askPassword, in order; none left means the user cancels. */
        public final Deque<String> passwordAnswers = new ArrayDeque<>();
        public final List<String> passwordQuestions = new ArrayList<>();

        @Override
        public Optional<char[]> askPassword(String title, String message) {
            passwordQuestions.add(message);
            return Optional.ofNullable(passwordAnswers.poll()).map(String::toCharArray);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String confirmButton) {
            confirmations.add(message);
            return !confirmAnswers.isEmpty() && confirmAnswers.pop();
        }

        @Override
        public Optional<String> askText(String title, String label, String initial) {
            return Optional.ofNullable(textAnswers.poll());
        }

        @Override
        public List<Path> chooseFilesToImport() {
            return fileAnswers.isEmpty() ? List.of() : fileAnswers.pop();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.ofNullable(folderAnswers.poll());
        }

        @Override
        public Optional<Path> chooseProjectToOpen() {
            return Optional.ofNullable(folderAnswers.poll());
        }

        @Override
        public Optional<Path> chooseNewProjectFolder() {
            return Optional.ofNullable(folderAnswers.poll());
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
            return Optional.ofNullable(pathAnswers.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
            return Optional.ofNullable(pathAnswers.poll()).map(p -> types.getFirst().withExtension(p));
        }
    }
}
