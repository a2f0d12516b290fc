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
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT",
                description = "A project folder (NAME.passage), or a team project's address (postgresql://USER@HOST/DATABASE).")
    String project;

    @Option(names = "--lang", paramLabel = "da|sv|en", description = "Language of the workbench (default: your system's).")
    String language;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (project != null && dev.passage.store.ProjectAddress.isServer(project)) {
            dev.passage.store.ProjectAddress.parse(project); // a bad address is said here, not in the window
            args.add(project.strip());
        } else if (project != null) {
            Path folder = Path.of(project);
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException(project + " does not exist. Create the sample study with `passage sample "
                                                   + project + "`, or start `passage gui` without a project.");
            }
            args.add(folder.toAbsolutePath().toString());
        }
        if (language != null) {
            args.add("--lang=" + language);
        }
        PassageApp.launchWorkbench(args);
        return 0;
    }
}
