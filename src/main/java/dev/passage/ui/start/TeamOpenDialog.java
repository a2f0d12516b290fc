package dev.passage.ui.start;

import dev.passage.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Open team project…: the server address, a password field (left empty, PGPASSWORD or ~/.pgpass is used), a line
 * saying what went wrong, and Open / Cancel. It stays open while the project opens and closes once it is open.
 */
public final class TeamOpenDialog {
    private final TeamOpenViewModel vm;
    private final Messages m;
    private final VBox root;
    private Stage stage;

    public TeamOpenDialog(TeamOpenViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.root = build();
        vm.doneProperty().addListener((obs, o, n) -> {
            if (n && stage != null) {
                stage.close();
            }
        });
        // an error line of several lines makes the dialog taller (it is not resizable): it is never cut to "…"
        vm.errorProperty().addListener((obs, o, n) -> javafx.application.Platform.runLater(() -> {
            if (stage != null) {
                stage.sizeToScene();
            }
        }));
    }

    public Parent root() {
        return root;
    }

    /** Shows the dialog over {@code owner} (modal) and returns at once. */
    public void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("team_open.title"));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setResizable(false);
        stage.show();
        // an address given (a recent project, the command line) leaves only the password to type
        String given = vm.addressProperty().get();
        root.lookup(given == null || given.isBlank() ? "#team-open-address" : "#team-open-password").requestFocus();
    }

    private VBox build() {
        Label heading = new Label(m.get("team_open.title"));
        heading.getStyleClass().add("title-3");
        Label intro = new Label(m.get("team_open.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("text-muted");

        TextField address = new TextField();
        address.setId("team-open-address");
        address.setPromptText(m.get("team_open.addressPrompt"));
        address.setPrefColumnCount(36);
        address.textProperty().bindBidirectional(vm.addressProperty());
        PasswordField password = new PasswordField();
        password.setId("team-open-password");
        password.setPromptText(m.get("team_open.passwordPrompt"));
        password.textProperty().bindBidirectional(vm.passwordProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        Label addressLabel = new Label(m.get("team_open.address"));
        addressLabel.setLabelFor(address);
        Label passwordLabel = new Label(m.get("team_open.password"));
        passwordLabel.setLabelFor(password);
        addressLabel.setMinWidth(Region.USE_PREF_SIZE);
        passwordLabel.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(0, addressLabel, address);
        form.addRow(1, passwordLabel, password);
        GridPane.setHgrow(address, Priority.ALWAYS);
        Label passwordHint = new Label(m.get("team_open.passwordHint"));
        passwordHint.setWrapText(true);
        passwordHint.setMinHeight(Region.USE_PREF_SIZE);
        passwordHint.getStyleClass().addAll("text-muted", "text-small");
        form.add(passwordHint, 1, 2);

        Label error = new Label();
        error.setId("team-open-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(520);
        error.setMinHeight(Region.USE_PREF_SIZE);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(18, 18);
        Label opening = new Label(m.get("team_open.opening"));
        HBox busy = new HBox(8, spinner, opening);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Button cancel = new Button(m.get("team_open.cancel"));
        cancel.setId("team-open-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (stage != null) {
                stage.close();
            }
        });
        Button open = new Button(m.get("team_open.open"));
        open.setId("team-open-ok");
        open.setDefaultButton(true);
        open.getStyleClass().add("accent");
        open.disableProperty().bind(vm.canOpenProperty().not());
        open.setOnAction(e -> vm.open());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, busy, gap, cancel, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(12, heading, intro, form, error, buttons);
        box.setPadding(new Insets(20));
        box.setPrefWidth(560);
        box.setId("team-open");
        return box;
    }
}
