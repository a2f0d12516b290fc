package dev.passage.cli;

import dev.passage.ui.app.PassageApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "gui", description = "Open the workbench (on PROJECT if given; otherwise the start screen).")
final class GuiCommand extends PassageCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "A project folder (NAME.passage).")
    Path project;

    @Option(names = "--lang", paramLabel = "da|sv|en", description = "Language of the workbench (default: your system's).")
    String language;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (project != null) {
            if (!Files.isDirectory(project)) {
                throw new IllegalArgumentException(project + " does not exist. Create the sample study with `passage sample "
                                                   + project + "`, or start `passage gui` without a project.");
            }
            args.add(project.toAbsolutePath().toString());
        }
        if (language != null) {
            args.add("--lang=" + language);
        }
        PassageApp.launchWorkbench(args);
        return 0;
    }
}
