package dev.passage.ui.merge;

import dev.passage.merge.MergeReport;
import dev.passage.merge.MergeService;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.DialogService.FileType;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * File &gt; Merge project…: choose a coder's copy (a project folder or a .qdpx), read it and preview what the merge will add,
 * match and find in conflict (nothing written), then merge it as one undoable step and show the report. A copy chosen
 * while another is still being read replaces it (the older reading is dropped when it ends).
 */
public final class MergeViewModel {
    /** One line of the preview: what kind of line it is and its text. */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { ADDED, MATCHED, CONFLICT, NOT_CARRIED }

    private record Loaded(MergeService.Other other, MergeReport preview) {
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final ReadOnlyObjectWrapper<Path> other = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MergeReport> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final BooleanBinding canMerge;
    private MergeService.Other loaded;
    private long generation;

    public MergeViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        status.set(m.get("merge.status.choose"));
        canMerge = Bindings.createBooleanBinding(() -> preview.get() != null && !busy.get() && !preview.get().addsNothing(),
                                                 preview, busy);
    }

    public Messages messages() {
        return m;
    }

    public ReadOnlyObjectProperty<Path> otherProperty() {
        return other.getReadOnlyProperty();
    }

    /** The preview of the chosen copy, or null while there is none. */
    public ReadOnlyObjectProperty<MergeReport> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canMergeProperty() {
        return canMerge;
    }

    /** The preview's lines: what will be added, matched, in conflict, and what a .qdpx could not carry over. */
    public ObservableList<Line> lines() {
        return lines;
    }

    public void chooseFolder() {
        dialogs.chooseFolder(m.get("merge.chooseFolderTitle")).ifPresent(this::use);
    }

    public void chooseQdpx() {
        dialogs.chooseFileToOpen(m.get("merge.chooseFileTitle"), List.of(new FileType(m.get("merge.type.qdpx"), "qdpx")))
               .ifPresent(this::use);
    }

    /** Reads {@code path} (asking for its password when it is an encrypted project) and previews the merge. */
    public void use(Path path) {
        char[] password = null;
        if (MergeService.needsPassword(path)) {
            Optional<char[]> given = dialogs.askPassword(m.get("merge.passwordTitle"), m.get("merge.password", path.getFileName()));
            if (given.isEmpty()) {
                return;
            }
            password = given.get();
        }
        char[] chars = password;
        long mine = ++generation;
        other.set(path);
        preview.set(null);
        loaded = null;
        lines.clear();
        busy.set(true);
        status.set(m.get("merge.status.reading", path.getFileName()));
        MergeService service = context.session().merge();
        String coder = context.session().coding().coder();
        context.tasks().submit(m.get("merge.task.read", path.getFileName()), progress -> {
            try (ProjectKey key = chars == null ? null : ProjectKey.fromPassword(chars)) {
                MergeService.Other read = service.read(path, key, coder);
                return new Loaded(read, service.preview(read));
            } finally {
                if (chars != null) {
                    Arrays.fill(chars, '\0');
                }
            }
        }, result -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            loaded = result.other();
            preview.set(result.preview());
            lines.setAll(lines(result.preview()));
            status.set(result.preview().addsNothing() ? m.get("merge.status.nothing", path.getFileName())
                                                      : m.get("merge.status.ready", path.getFileName()));
        }, error -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            status.set(error instanceof ProjectPasswordException ? m.get("merge.status.wrongPassword", path.getFileName())
                                                                 : m.get("merge.status.failed", m.message(error)));
        });
    }

    /** Starts the merge; false (the dialog stays open) when there is nothing ready to merge. */
    public boolean merge() {
        MergeService.Other ready = loaded;
        if (ready == null || !canMerge.get()) {
            return false;
        }
        busy.set(true);
        MergeService service = context.session().merge();
        context.tasks().submit(m.get("merge.task.merge", ready.name()), progress -> service.merge(ready), report -> {
            busy.set(false);
            List<String> text = new ArrayList<>();
            text.add(m.get("merge.done", report.source(), context.session().info().name()));
            text.add("");
            text.addAll(summary(report));
            report.conflicts().forEach(c -> text.add("! " + c.line(m.locale())));
            text.add("");
            text.add(m.get("merge.undoHint"));
            dialogs.showInfo(m.get("merge.doneTitle"), String.join("\n", text));
        }, error -> {
            busy.set(false);
            dialogs.showError(m.get("merge.failedTitle", ready.name()), m.get("merge.failed", m.message(error)));
        });
        return true;
    }

    /** The three counts lines: added, matched, in conflict. */
    public List<String> summary(MergeReport r) {
        return List.of(m.get("merge.summary.added", r.documentsAdded().size(), r.codesAdded().size(), r.codingsAdded(), r.memosAdded(),
                             r.unitsAdded() + r.variablesAdded() + r.valuesAdded() + r.respondentsAdded(),
                             r.setsAdded() + r.setMembersAdded()),
                       m.get("merge.summary.matched", r.documentsMatched().size(), r.codesMatched().size(), r.codingsAlreadyThere(),
                             r.memosAlreadyThere()),
                       m.get("merge.summary.conflicts", r.conflicts().size()));
    }

    private List<Line> lines(MergeReport r) {
        List<Line> out = new ArrayList<>();
        r.conflicts().forEach(c -> out.add(new Line(Kind.CONFLICT, c.line(m.locale()))));
        r.documentsAdded().forEach(d -> out.add(new Line(Kind.ADDED, m.get("merge.line.document", d))));
        r.codesAdded().forEach(c -> out.add(new Line(Kind.ADDED, m.get("merge.line.code", c))));
        r.documentsMatched().forEach(d -> out.add(new Line(Kind.MATCHED, m.get("merge.line.document", d))));
        r.codesMatched().forEach(c -> out.add(new Line(Kind.MATCHED, m.get("merge.line.code", c))));
        r.notCarried().forEach(n -> out.add(new Line(Kind.NOT_CARRIED, n)));
        return out;
    }
}
