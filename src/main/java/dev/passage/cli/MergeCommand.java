package dev.passage.cli;

import dev.passage.merge.MergeReport;
import dev.passage.merge.MergeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "merge", description = {
        "Bring a coder's copy (OTHER: a Passage project folder or a .qdpx) into the project DIR as one undoable step.",
        "Documents match by their text, codes by path (and REFI-QDA GUID); codings come with their coder. Merging the same copy "
        + "again adds nothing. An encrypted OTHER takes its password from PASSAGE_OTHER_PASSWORD, else like DIR (PASSAGE_PASSWORD or "
        + "the prompt)."})
final class MergeCommand extends PassageCommand {
    /** The password of an encrypted OTHER when it differs from DIR's ({@value Passwords#VARIABLE} otherwise serves both). */
    static final String OTHER_VARIABLE = "PASSAGE_OTHER_PASSWORD";

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(index = "1", paramLabel = "OTHER", description = "The coder's copy: a project folder (NAME.passage) or a .qdpx file.")
    String otherText;
    Path other;

    @Option(names = "--dry-run", description = "Only report what would be added, matched and in conflict; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        other = ProjectArgument.folderOnly(otherText, "merge", "merge reads a copy from a folder or a .qdpx file: "
                                                              + "pull it first (`passage pull %s COPY.passage`), then merge COPY.passage");
        Output out = output(project.json());
        try (var s = project.open()) {
            MergeService merge = s.merge();
            MergeService.Other read;
            try (var key = otherKey()) {
                read = merge.read(other, key, s.coding().coder());
            }
            MergeReport report = dryRun ? merge.preview(read) : merge.merge(read);
            out.result(json(report, dryRun), () -> {
                out.line((dryRun ? "Would merge " : "Merged ") + report.source() + " into " + s.info().name()
                         + (report.addsNothing() ? " (nothing new)" : ""));
                report.lines().forEach(out::line);
            });
        }
        return 0;
    }

    /** OTHER's key: {@value #OTHER_VARIABLE} when set (a copy with its own password), else as for any project. */
    private dev.passage.security.ProjectKey otherKey() {
        if (!MergeService.needsPassword(other)) {
            return null;
        }
        String own = Passwords.environment.apply(OTHER_VARIABLE);
        if (own != null && !own.isEmpty()) {
            char[] chars = own.toCharArray();
            try {
                return dev.passage.security.ProjectKey.fromPassword(chars);
            } finally {
                java.util.Arrays.fill(chars, '\0');
            }
        }
        return Passwords.keyFor(other, true);
    }

    static Map<String, Object> json(MergeReport r, boolean dryRun) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", r.source());
        out.put("dryRun", dryRun);
        out.put("written", r.written());
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("documents", r.documentsAdded().size());
        added.put("codes", r.codesAdded().size());
        added.put("codings", r.codingsAdded());
        added.put("memos", r.memosAdded());
        added.put("units", r.unitsAdded());
        added.put("variables", r.variablesAdded());
        added.put("values", r.valuesAdded());
        added.put("respondents", r.respondentsAdded());
        added.put("sets", r.setsAdded());
        added.put("setMemberships", r.setMembersAdded());
        out.put("added", added);
        Map<String, Object> matched = new LinkedHashMap<>();
        matched.put("documents", r.documentsMatched().size());
        matched.put("codes", r.codesMatched().size());
        matched.put("codings", r.codingsAlreadyThere());
        matched.put("memos", r.memosAlreadyThere());
        out.put("matched", matched);
        out.put("conflicts", r.conflicts().stream().map(c -> Map.of("kind", c.kind(), "item", c.item(), "resolution", c.resolution().english()))
                              .toList());
        out.put("documentsAdded", r.documentsAdded());
        out.put("codesAdded", r.codesAdded());
        out.put("codesMatched", r.codesMatched());
        out.put("notCarriedOver", r.notCarried());
        return out;
    }
}
