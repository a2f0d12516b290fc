package dev.passage.ui.coders;

import dev.passage.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** View › Show codings of › Chosen coders…: a tick box per coder. */
public final class ChooseCodersDialog implements CodersViewModel.CoderChooser {
    private final Messages messages;
    private final Supplier<Window> owner;

    public ChooseCodersDialog(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<List<String>> choose(List<String> coders, List<String> chosen) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("coders.choose.title"));
        dialog.setHeaderText(messages.get("coders.choose.header"));
        VBox box = new VBox(8);
        box.getStyleClass().add("choose-coders");
        List<CheckBox> boxes = new ArrayList<>();
        for (String c : coders) {
            CheckBox b = new CheckBox(c);
            b.setSelected(chosen.contains(c));
            boxes.add(b);
        }
        if (coders.isEmpty()) {
            box.getChildren().add(new Label(messages.get("coders.choose.noCoders")));
        }
        box.getChildren().addAll(boxes);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK)
                     .map(b -> boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList());
    }
}
