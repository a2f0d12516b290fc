package dev.passage.adjudication;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.Adjudication;
import dev.passage.model.Coding;
import dev.passage.model.EditRecord;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.Verdict;
import dev.passage.store.Tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves one passage: the consensus coder's codings of the code in it become the accepted version (A's, B's, both joined,
 * or none) and the decision with its note is stored. Consensus codings already inside the passage and earlier decisions on
 * it (same coders, overlapping) are replaced. The coders' own codings stay. Undo takes the new codings and the decision
 * away and puts back what was replaced, ids and all; redo does it again with the same ids.
 */
final class ResolveCommand implements EditCommand {
    private final Disagreement passage;
    private final Verdict verdict;
    private final String note;
    private final String consensus;
    private final String decidedBy;
    private final List<Coding> replacedCodings = new ArrayList<>();
    private final List<Memo> replacedMemos = new ArrayList<>();
    private final List<Adjudication> replacedDecisions = new ArrayList<>();
    private final List<Coding> created = new ArrayList<>();
    private Adjudication decision;

    ResolveCommand(Disagreement passage, Verdict verdict, String note, String consensus, String decidedBy) {
        this.passage = passage;
        this.verdict = verdict;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.consensus = consensus;
        this.decidedBy = decidedBy;
    }

    @Override
    public Text label() {
        Text what = switch (verdict) {
            case A -> Text.of("adjudication.verdict.one", passage.a().coder());
            case B -> Text.of("adjudication.verdict.one", passage.b().coder());
            case BOTH -> Text.of("adjudication.verdict.both");
            case NEITHER -> Text.of("adjudication.verdict.neither");
        };
        return Text.of("adjudication.label", passage.code(), passage.document(), what);
    }

    @Override
    public void execute(Tx tx) {
        replacedCodings.clear();
        replacedMemos.clear();
        replacedDecisions.clear();
        for (Coding c : tx.codings().overlapping(passage.documentId(), passage.start(), passage.end())) {
            if (c.coder().equals(consensus) && c.codeId() == passage.codeId() && c.start() >= passage.start() && c.end() <= passage.end()) {
                replacedCodings.add(c);
            }
        }
        for (Adjudication d : tx.adjudications().all()) {
            if (d.codeId() == passage.codeId() && d.overlaps(passage.documentId(), passage.start(), passage.end())
                && d.between(passage.a().coder(), passage.b().coder())) {
                replacedDecisions.add(d);
            }
        }
        for (Coding c : replacedCodings) {
            for (Memo m : tx.memos().forTarget(MemoTarget.CODING, c.id())) {
                replacedMemos.add(m);
                tx.memos().delete(m);
            }
            tx.codings().delete(c);
        }
        replacedDecisions.forEach(tx.adjudications()::delete);
        if (decision == null) {
            Instant now = Instant.now();
            for (PassageFinder.Range r : accepted()) {
                long id = tx.codings().insert(passage.documentId(), r.start(), r.end(), passage.codeId(), consensus, now, null);
                created.add(tx.codings().find(id).orElseThrow());
            }
            Adjudication row = new Adjudication(0, passage.documentId(), passage.codeId(), passage.start(), passage.end(),
                                                passage.a().coder(), passage.b().coder(), consensus, verdict, note, decidedBy, now);
            long id = tx.adjudications().insert(row);
            decision = tx.adjudications().find(id).orElseThrow();
        } else {
            created.forEach(tx.codings()::restore);
            tx.adjudications().restore(decision);
        }
    }

    /** The ranges the consensus coder gets: the accepted version's text, overlapping codings joined. */
    private List<PassageFinder.Range> accepted() {
        return switch (verdict) {
            case A -> PassageFinder.cover(ranges(passage.a()));
            case B -> PassageFinder.cover(ranges(passage.b()));
            case BOTH -> PassageFinder.cover(concat(ranges(passage.a()), ranges(passage.b())));
            case NEITHER -> List.of();
        };
    }

    private static List<PassageFinder.Range> ranges(Disagreement.Version v) {
        return v.codings().stream().map(s -> new PassageFinder.Range(s.start(), s.end())).toList();
    }

    private static List<PassageFinder.Range> concat(List<PassageFinder.Range> x, List<PassageFinder.Range> y) {
        List<PassageFinder.Range> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    @Override
    public void undo(Tx tx) {
        tx.adjudications().delete(decision);
        created.forEach(tx.codings()::delete);
        replacedDecisions.forEach(tx.adjudications()::restore);
        replacedCodings.forEach(tx.codings()::restore);
        replacedMemos.forEach(tx.memos()::restore);
    }

    /** The decision as stored (after the first execute). */
    Adjudication decision() {
        return decision;
    }

    List<Coding> created() {
        return List.copyOf(created);
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of("adjudication.resolve", "adjudication", decision.id(), passage.code() + " @ " + passage.document())
                         .withCount(created.size())
                         .withAfter(EditRecord.values("verdict", verdict.word(), "coder_a", passage.a().coder(), "coder_b",
                                                      passage.b().coder(), "consensus", consensus, "start", passage.start(),
                                                      "end", passage.end(), "codings", created.size(), "note", note == null ? "" : note,
                                                      "replaced_codings", replacedCodings.size()));
    }
}
