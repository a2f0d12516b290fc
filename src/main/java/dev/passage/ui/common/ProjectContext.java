package dev.passage.ui.common;

import dev.passage.session.ProjectSession;
import dev.passage.store.ChangeListener;
import dev.passage.store.ChangeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the workbench's features share about the open project: the core session, a change signal that ticks on the UI
 * thread after every committed change (with what changed), the open document, the selected code, the most recently used
 * codes, and navigation requests ("show this passage").
 */
public final class ProjectContext implements ChangeListener {
    private final ProjectSession session;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper historyVersion = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<ChangeSet> lastChange = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Long> openDocument = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> selectedCode = new SimpleObjectProperty<>();
    private final ObjectProperty<TextLocation> reveal = new SimpleObjectProperty<>();
    private final ObjectProperty<TextLocation> transcriptSelection = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> selectedCoding = new SimpleObjectProperty<>();
    private final ObservableList<Long> recentCodes = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty colourStripesByCoder = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private volatile dev.passage.model.CoderScope seenScope;

    public ProjectContext(ProjectSession session, BackgroundTasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.seenScope = session.coders().scope();
        session.addChangeListener(this);
        session.history().addListener(() -> tasks.onUiThread(() -> historyVersion.set(historyVersion.get() + 1)));
    }

    public ProjectSession session() {
        return session;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public Messages messages() {
        return messages;
    }

    @Override
    public void committed(ChangeSet changes) {
        dev.passage.model.CoderScope scope = session.coders().scope();
        if (!scope.equals(seenScope)) {
            // whose codings are shown changed ("Show codings of", blind mode, the coder): every view reloads its codings and
            // counts, as after a change to every document's codings
            seenScope = scope;
            java.util.Set<Long> all = new java.util.LinkedHashSet<>(changes.documentIds());
            session.documents().summaries().forEach(d -> all.add(d.id()));
            changes = new ChangeSet(all, changes.codingRanges(), true, changes.variablesChanged(), changes.documentsArranged(),
                                    changes.dataVersion());
        }
        ChangeSet seen = changes;
        tasks.onUiThread(() -> {
            lastChange.set(seen);
            dataVersion.set(dataVersion.get() + 1);
        });
    }

    /**
     * Ticks (on the UI thread) once after every committed change, including those of undo and redo: views reload what
     * they show, ideally only what {@link #lastChangeProperty()} touched.
     */
    public ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    /** Ticks (on the UI thread) when the undo/redo history changed: for the Edit menu's "Undo: …" labels. */
    public ReadOnlyLongProperty historyVersionProperty() {
        return historyVersion.getReadOnlyProperty();
    }

    /** The last committed change, for views that reload only what it touched. */
    public ReadOnlyObjectProperty<ChangeSet> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    public ObjectProperty<Long> openDocumentProperty() {
        return openDocument;
    }

    public ObjectProperty<Long> selectedCodeProperty() {
        return selectedCode;
    }

    /** Set to ask the transcript view to open a document and select a range (search hits, segments). */
    public ObjectProperty<TextLocation> revealProperty() {
        return reveal;
    }

    /** The text selected in the transcript view (null when nothing is selected): what "apply code" codes. */
    public ObjectProperty<TextLocation> transcriptSelectionProperty() {
        return transcriptSelection;
    }

    /** The coding the user clicked (a highlight or a margin stripe), or null. */
    public ObjectProperty<Long> selectedCodingProperty() {
        return selectedCoding;
    }

    public void navigateTo(TextLocation location) {
        openDocument.set(location.documentId());
        reveal.set(null);
        reveal.set(location);
    }

    /** Most recently applied codes first (keys 1-9 apply them). */
    public ObservableList<Long> recentCodes() {
        return recentCodes;
    }

    public void codeUsed(long codeId) {
        recentCodes.remove(codeId);
        recentCodes.addFirst(codeId);
        if (recentCodes.size() > 9) {
            recentCodes.remove(9, recentCodes.size());
        }
    }

    /** View › Colour stripes by coder: the transcript's stripes take their coder's colour instead of their code's. */
    public javafx.beans.property.BooleanProperty colourStripesByCoderProperty() {
        return colourStripesByCoder;
    }

    /** Every coder the session may see, sorted (their colours: {@link CoderColours}); kept by the coders feature. */
    public ObservableList<String> coders() {
        return coders;
    }


    public void detach() {
        session.removeChangeListener(this);
    }
}
