package dev.passage.cli;

import dev.passage.model.BlindLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "blind", description = {
    "Blind coding: lock the project so that every coder sees only their own codings (on), lift it (off; only the coder who "
    + "locked it), or show whether it is on (status). Locking and lifting are edits in the project's history.",
    "Blind mode hides codings in Passage; it does not protect them: anyone with the project files can read the database."})
final class BlindCommand extends PassageCommand {
    enum Switch { on, off, status }

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(index = "1", paramLabel = "on|off|status", description = "on, off or status")
    Switch what;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var s = project.session.open(project.dir, false)) { // it says the blind state itself
            var coders = s.coders();
            switch (what) {
                case on -> coders.lock();
                case off -> coders.lift();
                case status -> { }
            }
            var lock = coders.blindLock();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("blind", lock.isPresent());
            json.put("lead", lock.map(BlindLock::lead).orElse(null));
            json.put("since", lock.map(l -> l.since().toString()).orElse(null));
            json.put("coder", s.coding().coder());
            out.result(json, () -> out.line(lock.map(l -> switch (what) {
                case on -> "Blind coding is on: every coder now sees only their own codings; only " + l.lead() + " can lift it";
                default -> "Blind coding is on (locked by " + l.lead() + " at " + l.since() + "): you (" + s.coding().coder()
                           + ") see only your own codings" + (l.lead().equals(s.coding().coder()) ? "; you can lift it" : "");
            }).orElse(what == Switch.off ? "Blind coding is lifted: everyone sees every coder's codings again"
                                          : "Blind coding is off")));
        }
        return 0;
    }
}
