package dev.passage.ui.start;

import dev.passage.model.Language;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.nio.file.Path;

/**
 * The start screen, shown when Passage starts without a project: new project (a small form), open project, the sample study,
 * and the recent projects (double-click or Enter opens; missing ones are greyed with a remove button).
 */
public final class StartView {
    public static final KeyCombination NEW_PROJECT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination OPEN_PROJECT = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CHOOSE_FOLDER = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination OPEN_SAMPLE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final StartViewModel vm;
    private final Messages m;
    private final StackPane root = new StackPane();
    private final TextField nameField = new TextField();
    private final ListView<StartViewModel.RecentRow> recentList = new ListView<>();
    private final String home = System.getProperty("user.home", "");

    public StartView(StartViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;

        Label title = new Label(m.get("start.title"));
        title.getStyleClass().add("start-title");
        Label tagline = new Label(m.get("start.tagline"));
        tagline.getStyleClass().add("start-tagline");
        tagline.setWrapText(true);
        VBox heading = new VBox(2, title, tagline);

        StackPane choices = new StackPane(actions(), form());
        choices.setAlignment(Pos.TOP_LEFT);
        VBox left = new VBox(20, choices, busyBar());
        left.getStyleClass().add("start-left");
        left.setMinWidth(320);
        left.setPrefWidth(350);
        left.setMaxWidth(360);
        Node recents = recents();
        HBox.setHgrow(recents, Priority.ALWAYS);
        HBox columns = new HBox(32, left, recents);
        VBox.setVgrow(columns, Priority.ALWAYS);

        VBox card = new VBox(24, heading, columns);
        card.getStyleClass().add("start-card");
        card.setMaxWidth(860);
        card.setMaxHeight(560);
        card.setPrefHeight(520);

        root.getChildren().add(card);
        root.getStyleClass().add("start-screen");
        root.getStylesheets().add(StartView.class.getResource("start.css").toExternalForm());
        installKeys();
    }

    /** The screen, to show as the window's content while no project is open. */
    public Node root() {
        return root;
    }

    /** Shows the new-project form (Ctrl+N). */
    public void newProject() {
        vm.showNewProjectForm();
        nameField.requestFocus();
    }

    /** Asks for a project folder and opens it (Ctrl+O). */
    public void openProject() {
        vm.openProject();
    }

    /** Opens the sample study, building it on first use (Ctrl+Shift+O). */
    public void openSample() {
        vm.openSample();
    }

    /** In the new-project form: asks where the project goes (Ctrl+L). */
    public void chooseFolder() {
        vm.chooseNewProjectFolder();
    }

    /** Closes the new-project form (Escape). */
    public void cancelNewProject() {
        vm.cancelNewProject();
    }

    /** Opens the recent project selected in the list (Enter). */
    public void openSelectedRecent() {
        vm.open(recentList.getSelectionModel().getSelectedItem());
    }

    /** Takes the selected recent project off the list (Delete). */
    public void removeSelectedRecent() {
        vm.remove(recentList.getSelectionModel().getSelectedItem());
    }

    // ---- parts

    private Node actions() {
        Button create = action("start-new", m.get("start.new"), m.get("start.newHint"), "Ctrl+N", this::newProject);
        create.getStyleClass().add("primary-action");
        Button open = action("start-open", m.get("start.open"), m.get("start.openHint"), "Ctrl+O", this::openProject);
        Button team = action("start-team", m.get("team_open.start"), m.get("team_open.startHint"), null, vm::openTeamProject);
        Button sample = action("start-sample", m.get("start.sample"), m.get("start.sampleHint"), "Ctrl+Shift+O", this::openSample);
        VBox box = new VBox(10, create, open, team, sample);
        box.setFillWidth(true);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.getStyleClass().add("start-actions");
        box.visibleProperty().bind(vm.formOpenProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Button action(String id, String title, String hint, String shortcut, Runnable run) {
        Label t = new Label(title);
        t.getStyleClass().add("action-title");
        t.setMinWidth(0);
        Label h = new Label(hint);
        h.getStyleClass().add("action-hint");
        h.setMinWidth(0);
        Label key = new Label(shortcut == null ? "" : shortcut);
        key.getStyleClass().add("action-key");
        key.setVisible(shortcut != null);
        key.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, t, gap, key);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox graphic = new VBox(3, top, h);
        graphic.setMinWidth(0);
        Button b = new Button(null, graphic);
        // the content takes the button's width, so titles and hints use all of it (and end in "..." only when they must)
        graphic.prefWidthProperty().bind(Bindings.createDoubleBinding(
            () -> Math.max(0, b.getWidth() - b.snappedLeftInset() - b.snappedRightInset()), b.widthProperty(), b.insetsProperty()));
        b.setId(id);
        b.getStyleClass().add("start-action");
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Region.USE_PREF_SIZE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> run.run());
        b.disableProperty().bind(vm.busyProperty());
        b.setAccessibleText(title);
        Tooltip tip = new Tooltip(title + "\n" + hint + (shortcut == null ? "" : " (" + shortcut + ")"));
        tip.setShowDelay(javafx.util.Duration.millis(600));
        b.setTooltip(tip);
        return b;
    }

    /** "Encrypt with a password": a check box, then the password twice and a line on what is wrong with it. */
    private Node encryption() {
        NewProjectPassword pw = vm.newPassword();
        javafx.scene.control.CheckBox encrypt = new javafx.scene.control.CheckBox(m.get("start.form.encrypt"));
        encrypt.setId("start-encrypt");
        encrypt.selectedProperty().bindBidirectional(pw.encrypt());
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("start-password");
        password.setPromptText(m.get("start.form.password"));
        password.textProperty().bindBidirectional(pw.password());
        javafx.scene.control.PasswordField repeat = new javafx.scene.control.PasswordField();
        repeat.setId("start-password-repeat");
        repeat.setPromptText(m.get("start.form.passwordRepeat"));
        repeat.textProperty().bindBidirectional(pw.repeat());
        Label problem = new Label();
        problem.setId("start-password-problem");
        problem.getStyleClass().add("field-hint");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> switch (pw.problem().get()) {
            case NONE -> m.get("start.form.encryptHint");
            case EMPTY -> m.get("start.form.encryptHint");
            case DIFFER -> m.get("start.form.passwordsDiffer");
            case SHORT -> m.get("start.form.passwordShort");
        }, pw.problem()));
        VBox fields = new VBox(6, password, repeat, problem);
        fields.visibleProperty().bind(pw.encrypt());
        fields.managedProperty().bind(fields.visibleProperty());
        return new VBox(6, encrypt, fields);
    }

    private Node form() {
        Label heading = new Label(m.get("start.form.title"));
        heading.getStyleClass().add("section-title");

        nameField.setId("start-name");
        nameField.setPromptText(m.get("start.form.namePrompt"));
        nameField.textProperty().bindBidirectional(vm.newNameProperty());

        ComboBox<Language> language = new ComboBox<>();
        language.setId("start-language");
        language.getItems().setAll(Language.DA, Language.SV, Language.EN);
        language.valueProperty().bindBidirectional(vm.newLanguageProperty());
        language.setMaxWidth(Double.MAX_VALUE);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : m.get("start.language." + l.code());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        Label languageHint = new Label(m.get("start.form.languageHint"));
        languageHint.getStyleClass().add("field-hint");
        languageHint.setWrapText(true);

        Label folder = new Label();
        folder.setId("start-folder");
        folder.getStyleClass().add("folder-path");
        folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        folder.setMaxWidth(Double.MAX_VALUE);
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.newFolderProperty().get() == null
                                                                      ? m.get("start.form.folderUnset")
                                                                      : shortPath(vm.newFolderProperty().get()),
                                                                vm.newFolderProperty()));
        Tooltip folderTip = new Tooltip();
        folderTip.textProperty().bind(folder.textProperty());
        folder.setTooltip(folderTip);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(m.get("start.form.choose"));
        choose.setId("start-choose-folder");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> chooseFolder());
        choose.setTooltip(new Tooltip(m.get("start.form.chooseTip")));
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("start-form-grid");
        grid.add(fieldLabel(m.get("start.form.name")), 0, 0);
        grid.add(nameField, 0, 1);
        grid.add(fieldLabel(m.get("start.form.language")), 0, 2);
        grid.add(language, 0, 3);
        grid.add(languageHint, 0, 4);
        grid.add(fieldLabel(m.get("start.form.folder")), 0, 5);
        grid.add(folderRow, 0, 6);
        grid.add(encryption(), 0, 7);
        GridPane.setHgrow(nameField, Priority.ALWAYS);
        grid.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.ColumnConstraints col = new javafx.scene.layout.ColumnConstraints();
        col.setHgrow(Priority.ALWAYS);
        col.setFillWidth(true);
        grid.getColumnConstraints().add(col);

        Button create = new Button(m.get("start.form.create"));
        create.setId("start-create");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.canCreateProperty().not());
        create.setOnAction(e -> vm.createProject());
        Button cancel = new Button(m.get("start.form.cancel"));
        cancel.setId("start-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancelNewProject());
        HBox buttons = new HBox(8, create, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("form-buttons");

        VBox box = new VBox(12, heading, grid, buttons);
        box.getStyleClass().add("start-form");
        box.visibleProperty().bind(vm.formOpenProperty());
        box.managedProperty().bind(box.visibleProperty());
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelNewProject();
                e.consume();
            } else if (CHOOSE_FOLDER.match(e)) {
                chooseFolder();
                e.consume();
            }
        });
        vm.busyProperty().addListener((o, a, b) -> grid.setDisable(b));
        return box;
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private Node recents() {
        Label heading = new Label(m.get("start.recent").toUpperCase(m.locale()));
        heading.getStyleClass().add("section-title");

        recentList.setId("start-recent");
        recentList.getStyleClass().add("recent-list");
        recentList.setItems(vm.recentProjects());
        recentList.setCellFactory(l -> new RecentCell());
        Label empty = new Label(m.get("start.recentEmpty"));
        empty.getStyleClass().add("recent-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(260);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        recentList.setPlaceholder(empty);
        recentList.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedRecent();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelectedRecent();
                e.consume();
            }
        });
        MenuItem open = new MenuItem(m.get("start.recentOpen"));
        open.setOnAction(e -> openSelectedRecent());
        MenuItem remove = new MenuItem(m.get("start.recentRemove"));
        remove.setOnAction(e -> removeSelectedRecent());
        recentList.setContextMenu(new ContextMenu(open, remove));
        VBox.setVgrow(recentList, Priority.ALWAYS);

        VBox box = new VBox(8, heading, recentList);
        box.getStyleClass().add("start-recents");
        box.setMinWidth(280);
        return box;
    }

    private Node busyBar() {
        ProgressBar bar = new ProgressBar(-1);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.getStyleClass().add("busy-message");
        text.setWrapText(true);
        text.textProperty().bind(vm.busyMessageProperty());
        VBox box = new VBox(6, text, bar);
        box.setId("start-busy");
        box.getStyleClass().add("start-busy");
        box.visibleProperty().bind(vm.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    String shortPath(Path p) {
        String s = p.toAbsolutePath().normalize().toString();
        return !home.isEmpty() && s.startsWith(home + java.io.File.separator) ? "~" + s.substring(home.length()) : s;
    }

    private final class RecentCell extends ListCell<StartViewModel.RecentRow> {
        private final Label name = new Label();
        private final Label path = new Label();
        private final Label missing = new Label(m.get("start.recentMissing"));
        private final Button remove = new Button(m.get("start.recentRemoveShort"));
        private final HBox box;

        RecentCell() {
            name.getStyleClass().add("recent-name");
            name.setMinWidth(0);
            path.getStyleClass().add("recent-path");
            path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            path.setMinWidth(0);
            missing.getStyleClass().add("recent-missing");
            missing.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(8, name, missing);
            top.setAlignment(Pos.BASELINE_LEFT);
            VBox text = new VBox(2, top, path);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            remove.getStyleClass().addAll("small", "flat", "recent-remove");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> vm.remove(getItem()));
            box = new HBox(8, text, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                    vm.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(StartViewModel.RecentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                pseudoClassStateChanged(MISSING, false);
                return;
            }
            name.setText(row.name());
            path.setText(row.team() ? row.server() : shortPath(row.folder()));
            missing.setVisible(row.missing());
            missing.setManaged(row.missing());
            remove.setVisible(row.missing());
            remove.setManaged(row.missing());
            setText(row.name());
            pseudoClassStateChanged(MISSING, row.missing());
            setTooltip(new Tooltip(row.team() ? m.get("team_open.recentTip", row.server())
                                   : row.missing() ? m.get("start.recentMissingTip", row.folder().toString())
                                                 : m.get("start.recentTip", row.folder().toString())));
            setGraphic(box);
        }
    }

    private static final javafx.css.PseudoClass MISSING = javafx.css.PseudoClass.getPseudoClass("missing");

    private void installKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (OPEN_SAMPLE.match(e)) {
                openSample();
                e.consume();
            } else if (OPEN_PROJECT.match(e)) {
                openProject();
                e.consume();
            } else if (NEW_PROJECT.match(e)) {
                newProject();
                e.consume();
            }
        });
    }
}
