package dev.passage.ui.cases;

import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

import static dev.passage.ui.common.actions.Action.action;

/**
 * The workbench's entry points for units, scores and survey answers: each opens its window (owned by the main window; the
 * imports ask for the file first). Registered in the workbench's actions: File › Import unit scores/survey answers,
 * View › Units and variables, Code › Link documents to units.
 */
public final class CasesActions {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Messages m;

    public CasesActions(ProjectContext context, DialogService dialogs, Supplier<Window> owner) {
        this.context = context;
        this.dialogs = dialogs;
        this.owner = owner;
        this.m = context.messages();
    }

    /** Registers the entry points in the workbench's menus and command palette. */
    public CasesActions(ActionRegistry registry, ProjectContext context, DialogService dialogs, Supplier<Window> owner) {
        this(context, dialogs, owner);
        registry.add(action("cases:importUnitScores", "cases.menu.importUnitScores", this::importUnitScores).in(TopMenu.FILE, 1, 30));
        registry.add(action("cases:importSurvey", "cases.menu.importSurvey", this::importSurvey).in(TopMenu.FILE, 1, 40));
        registry.add(action("cases:units", "cases.menu.units", this::showUnits).in(TopMenu.VIEW, 1, 40));
        registry.add(action("cases:link", "cases.menu.link", this::linkDocuments).in(TopMenu.CODE, 2, 10));
        registry.add(action("cases:classify", "cases.menu.classify", this::classifyDocuments).in(TopMenu.CODE, 2, 20));
    }

    /** File > Import unit scores…: asks for a CSV/XLSX file, then previews and imports it. Null when the user cancelled. */
    public Stage importUnitScores() {
        UnitImportViewModel vm = new UnitImportViewModel(context, dialogs);
        if (!vm.chooseFile()) {
            return null;
        }
        UnitImportView view = new UnitImportView(vm, m);
        Stage stage = window(m.get("cases.menu.importUnitScores.title"), view.root(), Modality.WINDOW_MODAL);
        view.setOnClose(stage::close);
        stage.show();
        return stage;
    }

    /** File > Import survey answers…: asks for the file, then previews and imports it. Null when the user cancelled. */
    public Stage importSurvey() {
        SurveyImportViewModel vm = new SurveyImportViewModel(context, dialogs);
        if (!vm.chooseFile()) {
            return null;
        }
        SurveyImportView view = new SurveyImportView(vm, m);
        Stage stage = window(m.get("cases.menu.importSurvey.title"), view.root(), Modality.WINDOW_MODAL);
        view.setOnClose(stage::close);
        stage.show();
        return stage;
    }

    /** View > Units and variables: a window that follows the project (the lead may dock {@link #unitsView()} instead). */
    public Stage showUnits() {
        UnitsViewModel vm = new UnitsViewModel(context, dialogs);
        Stage stage = window(m.get("cases.menu.units.title"), new UnitsView(vm, m).root(), Modality.NONE);
        stage.setOnHidden(e -> vm.dispose());
        stage.show();
        return stage;
    }

    /** The units view for a dock tab (call {@code dispose()} on its ViewModel when the tab closes). */
    public UnitsView unitsView() {
        return new UnitsView(new UnitsViewModel(context, dialogs), m);
    }

    /** Code > Link documents to units…: by attribute or name pattern with a live preview; one undo step. */
    public Stage linkDocuments() {
        LinkView view = new LinkView(new LinkViewModel(context, dialogs), m);
        Stage stage = window(m.get("cases.menu.link.title"), view.root(), Modality.WINDOW_MODAL);
        view.setOnClose(stage::close);
        stage.show();
        return stage;
    }

    /** Code > Classify documents…: a grid of the documents' variables to edit, each edit undoable; follows the project. */
    public Stage classifyDocuments() {
        ClassificationGridViewModel vm = new ClassificationGridViewModel(context, dialogs);
        Stage stage = window(m.get("cases.menu.classify.title"), new ClassificationGridView(vm, m).root(), Modality.NONE);
        stage.setOnHidden(e -> vm.dispose());
        stage.show();
        return stage;
    }

    private Stage window(String title, javafx.scene.Node root, Modality modality) {
        Stage stage = new Stage();
        Window o = owner.get();
        if (o != null) {
            stage.initOwner(o);
            stage.initModality(modality);
        }
        stage.setTitle(title + " \u2013 Passage");
        stage.setScene(new Scene((Parent) root));
        return stage;
    }
}
