package dev.passage.cli;

import dev.passage.adjudication.Disagreement;
import dev.passage.adjudication.Disagreements;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.model.Adjudication;
import dev.passage.model.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Command(name = "disagreements", description = {
    "The passages where two coders' codings of a code differ (one coded text the other did not), numbered, each with both"
    + " coders' codings, and whether it is resolved.",
    "Resolve one with --resolve N --accept a|b|both|neither [--note TEXT]: the accepted version becomes codings of the"
    + " consensus coder (--as, default \"consensus\"); the coders' own codings stay. Each decision is one edit in the"
    + " project's history."})
final class DisagreementsCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--coders", required = true, paramLabel = "A,B", split = ",", description = "The two coders to compare.")
    List<String> coders = new ArrayList<>();
    @Option(names = "--code", paramLabel = "PATH", description = "Only this code (default: every code the two used).")
    String code;
    @Option(names = "--shared-documents",
            description = "Only the documents both coders coded something in (a document one has not coded yet is left out).")
    boolean sharedDocuments;
    @Option(names = "--as", paramLabel = "NAME", description = "The consensus coder (default: consensus).")
    String consensus;
    @Option(names = "--resolve", paramLabel = "N", description = "Resolve the passage numbered N in this listing.")
    Integer resolve;
    @Option(names = "--accept", paramLabel = "a|b|both|neither", description = "With --resolve: whose version to keep.")
    String accept;
    @Option(names = "--note", paramLabel = "TEXT", description = "With --resolve: why (kept with the decision).")
    String note;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        if (coders.size() != 2) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.plain("--coders takes two coders, e.g. --coders anna,ben (got "
                                                                       + coders.size() + ")"));
        }
        if ((resolve == null) != (accept == null)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.plain("--resolve N and --accept a|b|both|neither go together"));
        }
        if (resolve == null && note != null) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.plain("--note goes with --resolve N --accept …"));
        }
        Verdict verdict = accept == null ? null
                          : Verdict.parse(accept).orElseThrow(() -> new PassageException(ErrorKind.BAD_INPUT,
                                                                                         Text.of("adjudication.badVerdict", accept)));
        try (var s = project.open()) {
            Long codeId = code == null ? null : s.codebook().resolve(s.names().codePath(code)).id();
            Disagreements found = s.adjudication().find(coders.get(0), coders.get(1), codeId, consensus, sharedDocuments);
            if (verdict == null) {
                out.result(json(found), () -> print(out, found));
                return 0;
            }
            Disagreement passage = found.number(resolve).orElseThrow(
                () -> new PassageException(ErrorKind.BAD_INPUT, Text.of("adjudication.noPassage", resolve, found.passages().size())));
            s.adjudication().resolve(passage, verdict, note, found.consensus());
            Disagreements after = s.adjudication().find(coders.get(0), coders.get(1), codeId, consensus, sharedDocuments);
            Disagreement now = after.number(resolve).orElse(passage);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("resolved", passage(now));
            result.put("remaining", after.passages().size() - after.resolvedCount());
            out.result(result, () -> {
                out.line("Resolved " + resolve + ": " + describe(now.decision(), found) + " (to change it, resolve it again)");
                passageLines(out, now);
                out.line((after.passages().size() - after.resolvedCount()) + " of " + after.passages().size() + " passages left to resolve");
            });
        }
        return 0;
    }

    private static void print(Output out, Disagreements d) {
        out.line("Where " + d.coderA() + " (A) and " + d.coderB() + " (B) differ" + (d.code() == null ? "" : " on " + d.code())
                 + (d.sharedDocumentsOnly() ? " in the documents both coded" : "") + "; consensus coder: " + d.consensus());
        d.passages().forEach(p -> passageLines(out, p));
        out.line(d.passages().size() + " passages, " + d.resolvedCount() + " resolved");
    }

    private static void passageLines(Output out, Disagreement p) {
        String state = p.resolved() ? "resolved: " + p.decision().verdict().word() : "open";
        out.line(String.format("%3d  %s  %d–%d  %s  [%s]", p.number(), p.document(), p.start(), p.end(), p.code(), state));
        out.line("     A " + p.a().coder() + ": " + stretches(p.a()));
        out.line("     B " + p.b().coder() + ": " + stretches(p.b()));
        if (p.resolved()) {
            out.line("     = " + p.consensus().coder() + ": " + stretches(p.consensus())
                     + (p.decision().note() == null ? "" : "  (note: " + Output.ellipsize(p.decision().note(), 60) + ")"));
        }
    }

    private static String stretches(Disagreement.Version v) {
        if (v.codings().isEmpty()) {
            return "(not coded)";
        }
        return v.codings().stream().map(x -> "\"" + Output.ellipsize(x.text(), 60) + "\" (" + x.start() + "–" + x.end() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String describe(Adjudication d, Disagreements found) {
        return switch (d.verdict()) {
            case A -> "accepted " + found.coderA() + "'s version";
            case B -> "accepted " + found.coderB() + "'s version";
            case BOTH -> "accepted both versions";
            case NEITHER -> "accepted neither version";
        } + " as codings of " + d.consensus();
    }

    private static Map<String, Object> json(Disagreements d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coderA", d.coderA());
        m.put("coderB", d.coderB());
        m.put("code", d.code());
        m.put("consensus", d.consensus());
        m.put("sharedDocumentsOnly", d.sharedDocumentsOnly());
        m.put("passages", d.passages().stream().map(DisagreementsCommand::passage).toList());
        m.put("total", d.passages().size());
        m.put("resolved", d.resolvedCount());
        return m;
    }

    private static Map<String, Object> passage(Disagreement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("document", p.document());
        m.put("code", p.code());
        m.put("start", p.start());
        m.put("end", p.end());
        m.put("text", p.text());
        m.put("a", version(p.a()));
        m.put("b", version(p.b()));
        m.put("resolved", p.resolved());
        if (p.resolved()) {
            Adjudication d = p.decision();
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("accept", d.verdict().word());
            decision.put("note", d.note());
            decision.put("consensus", version(p.consensus()));
            decision.put("decidedBy", d.decidedBy());
            decision.put("decidedAt", d.decidedAt().toString());
            m.put("decision", decision);
        } else {
            m.put("decision", null);
        }
        return m;
    }

    private static Map<String, Object> version(Disagreement.Version v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coder", v.coder());
        m.put("codings", v.codings().stream().map(x -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("start", x.start());
            c.put("end", x.end());
            c.put("text", x.text());
            return c;
        }).toList());
        return m;
    }
}
