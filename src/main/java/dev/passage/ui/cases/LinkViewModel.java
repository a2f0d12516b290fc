package dev.passage.ui.cases;

import dev.passage.cases.LinkReport;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Link documents to units": by a document attribute (pick it) or by a regular expression on the document name (or the path
 * it was imported from), with a live preview of which document goes to which unit (new units marked) and which match
 * nothing. Apply links them all as one undoable step. Survey answers are left alone: their unit is their respondent's.
 */
public final class LinkViewModel {
    /** How the unit is found. */
    public enum Mode { ATTRIBUTE, PATTERN }

    /** A line of the preview: a document and the unit it goes to (null: no match); {@code newUnit} when that unit is created. */
    public record LinkRow(String document, String unit, boolean newUnit) {
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.PATTERN);
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObjectProperty<String> attribute = new SimpleObjectProperty<>(this, "attribute");
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", "");
    private final ObservableList<LinkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final LatestOnly loads = new LatestOnly();

    public LinkViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        mode.addListener((o, a, b) -> preview());
        attribute.addListener((o, a, b) -> preview());
        pattern.addListener((o, a, b) -> preview());
        var cases = context.session().caseOverview();
        context.tasks().submit(m.get("cases.link.attributesTask"), p -> cases.attributeNames(), names -> {
            attributes.setAll(names);
            attribute.set(names.stream().filter(n -> Set.of("unit", "site", "enhed", "workplace").contains(n.toLowerCase(Locale.ROOT)))
                               .findFirst().orElse(names.isEmpty() ? null : names.getFirst()));
        }, e -> error.set(Problems.describe(e, m)));
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The document attributes in the project (by name). */
    public ObservableList<String> attributes() {
        return attributes;
    }

    public ObjectProperty<String> attributeProperty() {
        return attribute;
    }

    /** The regular expression: the group named {@code unit}, else the first group, else the whole match names the unit. */
    public StringProperty patternProperty() {
        return pattern;
    }

    /** The preview: documents that would move (with their unit), then those that match nothing. */
    public ObservableList<LinkRow> rows() {
        return rows;
    }

    /** "12 documents go to 5 units (2 new) · 3 already there · 4 not matched". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the pattern or attribute cannot be used (e.g. an unclosed group); empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What Apply did. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** Links the documents as previewed, as one undoable step. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        var editor = context.session().caseEditor();
        Mode how = mode.get();
        String what = how == Mode.PATTERN ? pattern.get() : attribute.get();
        canApply.set(false);
        context.tasks().submit(m.get("cases.link.task"),
                               p -> how == Mode.PATTERN ? editor.linkByPattern(what) : editor.linkByAttribute(what),
                               r -> {
                                   result.set(m.get("cases.link.done", r.linked().size(), r.unitsCreated().size()));
                                   preview();
                               },
                               e -> dialogs.showError(m.get("cases.link.failedTitle"), Problems.describe(e, m)));
    }

    private void preview() {
        LatestOnly.Ticket gen = loads.start();
        Mode how = mode.get();
        String what = how == Mode.PATTERN ? pattern.get() : attribute.get();
        if (what == null || what.isBlank()) {
            rows.clear();
            summary.set(m.get(how == Mode.PATTERN ? "cases.link.typePattern" : "cases.link.pickAttribute"));
            error.set("");
            canApply.set(false);
            return;
        }
        var editor = context.session().caseEditor();
        context.tasks().submit(m.get("cases.link.previewTask"),
                               p -> how == Mode.PATTERN ? editor.previewByPattern(what) : editor.previewByAttribute(what),
                               r -> {
                                   if (gen.isCurrent()) {
                                       show(r);
                                   }
                               }, e -> {
                                   if (gen.isCurrent()) {
                                       rows.clear();
                                       summary.set("");
                                       canApply.set(false);
                                       error.set(Problems.describe(e, m));
                                   }
                               });
    }

    private void show(LinkReport r) {
        Set<String> created = new HashSet<>();
        r.unitsCreated().forEach(u -> created.add(u.toLowerCase(Locale.ROOT)));
        List<LinkRow> out = new ArrayList<>();
        r.linked().forEach(l -> out.add(new LinkRow(l.document(), l.unit(), created.contains(l.unit().toLowerCase(Locale.ROOT)))));
        r.unmatched().forEach(d -> out.add(new LinkRow(d, null, false)));
        rows.setAll(out);
        long units = r.linked().stream().map(l -> l.unit().toLowerCase(Locale.ROOT)).distinct().count();
        summary.set(m.get("cases.link.summary", r.linked().size(), units, r.unitsCreated().size(), r.alreadyLinked(), r.unmatched().size()));
        error.set("");
        canApply.set(!r.linked().isEmpty());
    }
}
