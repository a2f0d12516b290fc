package dev.passage.ui.adjudication;

import dev.passage.adjudication.Adjudicator;
import dev.passage.adjudication.Disagreement;
import dev.passage.adjudication.Disagreements;
import dev.passage.coding.Codebook;
import dev.passage.model.Verdict;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Analyse › Disagreements: choose two coders and a code (or every code), go through the passages where their codings
 * differ, see each coder's version side by side, and resolve a passage (accept A's version, B's, both or neither, with a
 * note) as one undoable edit whose result is codings of the consensus coder. Reloads when the data change (an undo in the
 * main window shows here at once); a listing the choices have moved on from is never shown.
 */
public final class AdjudicationViewModel {
    /** Characters of context shown either side of a passage. */
    static final int AROUND = 220;

    /** A code to narrow to; {@code id} null: every code. */
    public record CodeChoice(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One coder's version of the current passage: the text shown (with context) and the coded ranges in it (relative). */
    public record Side(String coder, String text, List<int[]> coded, int passageStart, int passageEnd) {
    }

    private final ProjectContext context;
    private final Messages messages;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObjectProperty<String> coderA = new SimpleObjectProperty<>();
    private final ObjectProperty<String> coderB = new SimpleObjectProperty<>();
    private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();
    private final ObjectProperty<CodeChoice> code = new SimpleObjectProperty<>();
    private final StringProperty consensus = new SimpleStringProperty(Adjudicator.DEFAULT_CONSENSUS);
    private final javafx.beans.property.BooleanProperty sharedOnly = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ObservableList<Disagreement> passages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Disagreement> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Side> sideA = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Side> sideB = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Side> sideConsensus = new ReadOnlyObjectWrapper<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final LatestOnly listings = new LatestOnly();
    private final Map<Long, String> texts = new HashMap<>();
    private final ChangeListener<Number> onData = (o, a, b) -> find();
    private final ChangeListener<Object> onChoice = (o, a, b) -> find();
    private boolean loadingChoices;

    public AdjudicationViewModel(ProjectContext context) {
        this.context = context;
        this.messages = context.messages();
        coderA.addListener(onChoice);
        coderB.addListener(onChoice);
        code.addListener(onChoice);
        sharedOnly.addListener(onChoice);
        context.dataVersionProperty().addListener(onData);
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObjectProperty<String> coderAProperty() {
        return coderA;
    }

    public ObjectProperty<String> coderBProperty() {
        return coderB;
    }

    public ObservableList<CodeChoice> codes() {
        return codes;
    }

    public ObjectProperty<CodeChoice> codeProperty() {
        return code;
    }

    /** The coder whose codings hold the decisions ("consensus" unless the lead names another). */
    public StringProperty consensusProperty() {
        return consensus;
    }

    /** Only the documents both coders coded something in (a document one of them has not coded yet is left out). */
    public javafx.beans.property.BooleanProperty sharedOnlyProperty() {
        return sharedOnly;
    }

    public ObservableList<Disagreement> passages() {
        return passages;
    }

    /** The index of the passage shown in {@link #passages()}, -1 when none. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Disagreement> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Side> sideAProperty() {
        return sideA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Side> sideBProperty() {
        return sideB.getReadOnlyProperty();
    }

    /** The consensus coder's codings of the passage (null while it is not resolved). */
    public ReadOnlyObjectProperty<Side> sideConsensusProperty() {
        return sideConsensus.getReadOnlyProperty();
    }

    /** The note to keep with the next decision (filled with the decision's note when a resolved passage is shown). */
    public StringProperty noteProperty() {
        return note;
    }

    /** What the list shows, or why it is empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Passage 2 of 7 · Trust". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** "Interview 03 · characters 120–188". */
    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    /** How the current passage was resolved ("Resolved by lead: accepted anna's version"), or that it is open. */
    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** The last decision, undo or redo made here ("Done: resolve Trust in Interview 1: accept anna's version"). */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    /** Whether a decision is being written (the buttons wait for it). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Loads the coders and codes to choose from (the first two coders besides the consensus, unless chosen), then lists. */
    public void refresh() {
        ProjectSession session = context.session();
        record Choices(List<String> coders, List<CodeChoice> codes) {
        }
        context.tasks().submit(messages.get("adjudication.task.choices"), p -> {
            Codebook book = session.codebook().codebook();
            List<CodeChoice> list = new ArrayList<>();
            list.add(new CodeChoice(null, messages.get("adjudication.allCodes")));
            book.all().forEach(c -> list.add(new CodeChoice(c.id(), book.path(c.id()))));
            return new Choices(session.adjudication().coders(), list);
        }, c -> {
            loadingChoices = true;
            try {
                coders.setAll(c.coders());
                codes.setAll(c.codes());
                CodeChoice chosen = code.get();
                code.set(c.codes().stream().filter(x -> chosen != null && Objects.equals(x.id(), chosen.id())).findFirst()
                          .orElse(c.codes().getFirst()));
                List<String> others = c.coders().stream().filter(n -> !n.equals(consensus.get().strip())).toList();
                if (coderA.get() == null || !c.coders().contains(coderA.get())) {
                    coderA.set(others.isEmpty() ? null : others.getFirst());
                }
                if (coderB.get() == null || !c.coders().contains(coderB.get())) {
                    coderB.set(others.stream().filter(n -> !n.equals(coderA.get())).findFirst().orElse(null));
                }
            } finally {
                loadingChoices = false;
            }
            find();
        }, e -> status.set(messages.message(e)));
    }

    /** Lists the passages for the choices as they are now, keeping the passage shown when it is still there. */
    public void find() {
        if (loadingChoices) {
            return;
        }
        find(-1);
    }

    private void find(int showIndex) {
        String a = coderA.get();
        String b = coderB.get();
        LatestOnly.Ticket ticket = listings.start();
        if (a == null || b == null) {
            show(null, Map.of(), -1);
            status.set(messages.get(coders.size() < 2 ? "adjudication.needTwoCoders" : "adjudication.chooseCoders"));
            return;
        }
        CodeChoice c = code.get();
        Long codeId = c == null ? null : c.id();
        String cons = consensus.get();
        boolean shared = sharedOnly.get();
        ProjectSession session = context.session();
        record Found(Disagreements list, Map<Long, String> texts) {
        }
        status.set(messages.get("adjudication.finding"));
        context.tasks().submit(messages.get("adjudication.task.find"), p -> {
            Disagreements d = session.adjudication().find(a, b, codeId, cons, shared);
            Map<Long, String> t = new HashMap<>();
            d.passages().stream().map(Disagreement::documentId).distinct()
             .forEach(id -> t.put(id, session.documents().text(id).orElse("")));
            return new Found(d, t);
        }, f -> {
            if (ticket.isCurrent()) {
                show(f.list(), f.texts(), showIndex);
            }
        }, e -> {
            if (ticket.isCurrent()) {
                show(null, Map.of(), -1);
                status.set(messages.message(e));
            }
        });
    }

    private void show(Disagreements d, Map<Long, String> newTexts, int showIndex) {
        Disagreement before = current.get();
        texts.clear();
        texts.putAll(newTexts);
        List<Disagreement> list = d == null ? List.of() : d.passages();
        passages.setAll(list);
        int at = showIndex;
        if (at < 0 && before != null) {
            for (int i = 0; i < list.size(); i++) {
                Disagreement p = list.get(i);
                if (p.documentId() == before.documentId() && p.codeId() == before.codeId() && p.start() == before.start()) {
                    at = i;
                }
            }
        }
        if (at < 0 || at >= list.size()) {
            at = list.isEmpty() ? -1 : Math.min(Math.max(0, index.get()), list.size() - 1);
        }
        select(at);
        if (d != null) {
            status.set(list.isEmpty() ? messages.get("adjudication.none", d.coderA(), d.coderB())
                                      : messages.get("adjudication.count", list.size(), d.resolvedCount()));
        }
    }

    /** Shows the passage at {@code i} of {@link #passages()} (-1: none). */
    public void select(int i) {
        Disagreement p = i >= 0 && i < passages.size() ? passages.get(i) : null;
        index.set(p == null ? -1 : i);
        current.set(p);
        canDecide.set(p != null);
        if (p == null) {
            sideA.set(null);
            sideB.set(null);
            sideConsensus.set(null);
            position.set("");
            place.set("");
            decision.set("");
            note.set("");
            return;
        }
        String text = texts.getOrDefault(p.documentId(), "");
        sideA.set(side(p.a(), text, p));
        sideB.set(side(p.b(), text, p));
        sideConsensus.set(p.resolved() ? side(p.consensus(), text, p) : null);
        position.set(messages.get("adjudication.position", p.number(), passages.size(), p.code()));
        place.set(messages.get("adjudication.place", p.document(), p.start(), p.end()));
        decision.set(p.resolved() ? messages.get("adjudication.resolvedAs", p.decision().decidedBy(), verdictText(p, p.decision().verdict()),
                                                 p.decision().consensus())
                                  : messages.get("adjudication.open"));
        note.set(p.resolved() && p.decision().note() != null ? p.decision().note() : "");
    }

    public void next() {
        if (index.get() + 1 < passages.size()) {
            select(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            select(index.get() - 1);
        }
    }

    /** Resolves the passage shown as one undoable edit, then shows the next one. */
    public void accept(Verdict verdict) {
        Disagreement p = current.get();
        if (p == null || busy.get()) {
            return;
        }
        int at = index.get();
        String text = note.get();
        String cons = consensus.get();
        ProjectSession session = context.session();
        busy.set(true);
        context.tasks().submit(messages.get("adjudication.task.resolve"), x -> {
            session.adjudication().resolve(p, verdict, text, cons);
            return session.history().undoLabel().orElseThrow();
        }, label -> {
            busy.set(false);
            lastAction.set(messages.get("adjudication.done", messages.text(label)));
            find(Math.min(at + 1, passages.size() - 1));
        }, e -> {
            busy.set(false);
            lastAction.set(messages.message(e));
        });
    }

    /** Undoes the project's last edit (Ctrl+Z in this window, as in the main window). */
    public void undo() {
        ProjectSession session = context.session();
        context.tasks().submit(messages.get("adjudication.task.undo"), x -> session.history().undo(),
                               label -> label.ifPresent(l -> lastAction.set(messages.get("adjudication.undone", messages.text(l)))),
                               e -> lastAction.set(messages.message(e)));
    }

    public void redo() {
        ProjectSession session = context.session();
        context.tasks().submit(messages.get("adjudication.task.redo"), x -> session.history().redo(),
                               label -> label.ifPresent(l -> lastAction.set(messages.get("adjudication.redone", messages.text(l)))),
                               e -> lastAction.set(messages.message(e)));
    }

    /** Shows the passage in the transcript of the main window. */
    public void showInTranscript() {
        Disagreement p = current.get();
        if (p != null) {
            context.navigateTo(new dev.passage.ui.common.TextLocation(p.documentId(), p.start(), p.end()));
        }
    }

    /** "accept anna's version", "accept both versions", … in the workbench's language. */
    public String verdictText(Disagreement p, Verdict v) {
        return switch (v) {
            case A -> messages.get("adjudication.verdict.one", p.a().coder());
            case B -> messages.get("adjudication.verdict.one", p.b().coder());
            case BOTH -> messages.get("adjudication.verdict.both");
            case NEITHER -> messages.get("adjudication.verdict.neither");
        };
    }

    public void dispose() {
        listings.supersede();
        context.dataVersionProperty().removeListener(onData);
    }

    /** A coder's version: the passage with context, and their codings in it relative to the text shown. */
    static Side side(Disagreement.Version v, String text, Disagreement p) {
        int[] bounds = Adjudicator.contextBounds(text, p.start(), p.end(), AROUND);
        int from = bounds[0];
        int to = bounds[1];
        List<int[]> coded = new ArrayList<>();
        for (Disagreement.Stretch s : v.codings()) {
            int a = Math.max(s.start(), from) - from;
            int b = Math.min(s.end(), to) - from;
            if (b > a) {
                coded.add(new int[] {a, b});
            }
        }
        String shown = text.substring(Math.min(from, text.length()), Math.min(to, text.length()));
        return new Side(v.coder(), shown, coded, p.start() - from, p.end() - from);
    }
}
