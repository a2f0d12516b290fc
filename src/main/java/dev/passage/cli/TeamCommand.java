package dev.passage.cli;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;
import dev.passage.team.TeamRoles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "team", description = {
    "Leads and coders of a team project on a server: list them (the project's record and the server's grants), print the "
    + "SQL that sets up the project's roles (--sql), or add or remove a member.",
    "Leads may change everything; coders may code and write memos. The server enforces it with two roles, DATABASE_lead "
    + "and DATABASE_coder: the project's owner (or a DBA) runs the --sql output once, e.g. passage team URL --sql | psql URL."})
final class TeamCommand extends PassageCommand {
    @Parameters(index = "0", paramLabel = "URL", description = "The team project: postgresql://USER@HOST[:PORT]/DATABASE")
    String url;

    @Mixin
    SessionOptions project = new SessionOptions();

    @ArgGroup(exclusive = true)
    What what;

    static final class What {
        @Option(names = "--sql", description = "Print the SQL that creates the project's roles and grants them (run it as the project's owner).")
        boolean sql;

        @ArgGroup(exclusive = false)
        Add add;

        @Option(names = "--remove", paramLabel = "NAME", description = "Take NAME (a login on the server) out of the team.")
        String remove;
    }

    static final class Add {
        @Option(names = "--add", required = true, paramLabel = "NAME", description = "Make NAME (a login on the server) a member.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "lead|coder", description = "The member's role: lead or coder.")
        String role;
    }

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json);
        ProjectAddress address = ProjectAddress.parse(url);
        if (!(address instanceof ProjectAddress.Server server)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("team.needsServer", address.display()));
        }
        char[] password = Passwords.forServer(server);
        try (ProjectSession s = ProjectSession.openServer(server, password,
                                                          project.coder != null ? project.coder : ProjectSession.defaultCoder())) {
            TeamRoles roles = s.roles();
            if (what != null && what.sql) {
                String sql = roles.setupSql();
                out.result(Map.of("sql", sql), () -> out.line(sql.stripTrailing()));
            } else if (what != null && (what.add != null || what.remove != null)) {
                TeamRoles.Change change = what.add != null ? roles.add(what.add.name, TeamRoles.Role.parse(what.add.role))
                                                           : roles.remove(what.remove);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("name", change.name());
                json.put("role", change.role() == null ? null : change.role().word());
                json.put("granted", change.granted());
                json.put("sqlToRun", change.sqlToRun());
                json.put("roleMissing", change.roleMissing());
                out.result(json, () -> {
                    String done = change.role() == null ? change.name() + " is no longer in the team of " + server.display()
                                                        : change.name() + " is a " + change.role().word() + " in " + server.display();
                    if (change.granted()) {
                        out.line(done);
                    } else {
                        out.line(done + " (recorded); " + (change.roleMissing()
                            ? "the server has no role " + change.name() + ", or the project's roles are not set up yet (passage team "
                              + server.display() + " --sql). Once both exist, run:"
                            : server.user() + " may not grant roles on the server, so ask its owner or a DBA to run:"));
                        out.line(change.sqlToRun().stripTrailing());
                    }
                });
            } else {
                List<TeamRoles.Member> members = roles.members();
                out.result(members.stream().map(TeamCommand::json).toList(), () -> {
                    for (TeamRoles.Member m : members) {
                        out.line(String.format("%-20s %-6s %s", m.name(), m.recorded() == null ? "-" : m.recorded().word(), grants(m)));
                    }
                    out.line(members.size() + (members.size() == 1 ? " member" : " members"));
                    if (members.stream().allMatch(m -> m.granted().isEmpty())) {
                        out.line("The server grants none of the project's roles yet: passage team " + server.display()
                                 + " --sql prints the SQL that sets them up");
                    }
                });
            }
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
        return 0;
    }

    private static Map<String, Object> json(TeamRoles.Member m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", m.name());
        o.put("role", m.recorded() == null ? null : m.recorded().word());
        o.put("granted", m.granted().stream().map(TeamRoles.Role::word).sorted().toList());
        o.put("consistent", m.consistent());
        return o;
    }

    private static String grants(TeamRoles.Member m) {
        if (m.consistent()) {
            return "";
        }
        if (m.granted().isEmpty()) {
            return "(the server grants no role: run passage team URL --add " + m.name() + " --role "
                   + (m.recorded() == null ? "coder" : m.recorded().word()) + " as a lead)";
        }
        return "(the server grants " + String.join(", ", m.granted().stream().map(TeamRoles.Role::word).sorted().toList()) + ")";
    }
}
