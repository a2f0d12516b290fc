package dev.passage.cli;

import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;

@Command(name = "init", description = "Create a new, empty project folder.")
final class InitCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new project folder, e.g. my-study.passage")
    Path dir;

    @Option(names = "--name", required = true, paramLabel = "N", description = "The study's name.")
    String name;

    @Option(names = "--language", required = true, paramLabel = "da|sv|en", description = "Language of the texts (search stemming).")
    String language;

    @Option(names = "--encrypt", description = "Encrypt the project with a password (PASSAGE_PASSWORD, else asked twice).")
    boolean encrypt;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Language lang = Language.fromCode(language);
        try (var key = encrypt ? Passwords.newKey(dir, Passwords.VARIABLE) : null;
             var session = ProjectSession.create(dir, name, lang, ProjectSession.defaultCoder(), key)) {
            var info = session.info();
            output(json).result(Map.of("folder", session.folder().toString(), "name", info.name(), "language", lang.code(),
                                       "encrypted", encrypt),
                                () -> spec.commandLine().getOut().printf("Created project \"%s\" (%s) in %s%n", info.name(),
                                                                         lang.displayName(), session.folder()
                                                                         + (encrypt ? " (encrypted)" : "")));
        }
        return 0;
    }
}
