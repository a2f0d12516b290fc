package dev.passage.cli;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;

@Command(name = "init", description = {"Create a new, empty project: a folder, or a team project in an empty database on a "
                                       + "PostgreSQL server (postgresql://USER@HOST[:PORT]/DATABASE; the password from "
                                       + "PGPASSWORD, ~/.pgpass or a prompt)."})
final class InitCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "DIR|URL", description = "The new project folder, e.g. my-study.passage, or an empty "
                                                                   + "database: postgresql://USER@HOST[:PORT]/DATABASE")
    String dir;

    @Option(names = "--name", required = true, paramLabel = "N", description = "The study's name.")
    String name;

    @Option(names = "--language", required = true, paramLabel = "da|sv|en", description = "Language of the texts (search stemming).")
    String language;

    @Option(names = "--encrypt", description = "Encrypt the project with a password (PASSAGE_PASSWORD, else asked twice); folders only.")
    boolean encrypt;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Language lang = Language.fromCode(language);
        if (ProjectAddress.parse(dir) instanceof ProjectAddress.Server server) {
            return initServer(server, lang);
        }
        Path folder = Path.of(dir);
        try (var key = encrypt ? Passwords.newKey(folder, Passwords.VARIABLE) : null;
             var session = ProjectSession.create(folder, name, lang, ProjectSession.defaultCoder(), key)) {
            var info = session.info();
            output(json).result(Map.of("folder", session.folder().toString(), "name", info.name(), "language", lang.code(),
                                       "encrypted", encrypt),
                                () -> spec.commandLine().getOut().printf("Created project \"%s\" (%s) in %s%n", info.name(),
                                                                         lang.displayName(), session.folder()
                                                                         + (encrypt ? " (encrypted)" : "")));
        }
        return 0;
    }

    private Integer initServer(ProjectAddress.Server server, Language lang) throws Exception {
        if (encrypt) {
            throw new PassageException(ErrorKind.BAD_INPUT, "--encrypt is for project folders: a team project on a server is "
                                                            + "protected by the server (its roles and disks; TLS with ?sslmode=verify-full)");
        }
        char[] password = Passwords.forServer(server);
        try (var session = ProjectSession.initServer(server, password, name, lang, ProjectSession.defaultCoder())) {
            var info = session.info();
            output(json).result(Map.of("address", server.display(), "name", info.name(), "language", lang.code(), "encrypted", false),
                                () -> spec.commandLine().getOut().printf("Created the team project \"%s\" (%s) at %s%n", info.name(),
                                                                         lang.displayName(), server.display()));
        } finally {
            Passwords.clear(password);
        }
        return 0;
    }
}
