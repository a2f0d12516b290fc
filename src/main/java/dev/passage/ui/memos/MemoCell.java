package dev.passage.ui.memos;

import dev.passage.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A memo in the list: its title, then author and date in a muted line; a coding's note is marked as such. */
final class MemoCell extends ListCell<MemoEntry> {
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(2, title, meta);

    MemoCell(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale())
                                      .withZone(ZoneId.systemDefault());
        getStyleClass().add("memo-cell");
        title.getStyleClass().add("memo-cell-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        meta.getStyleClass().add("memo-cell-meta");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(MemoEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("note"), false);
            return;
        }
        if (entry.isNote()) {
            title.setText(entry.text().isBlank() ? messages.get("memos.codingNoteEmpty") : messages.get("memos.codingNote"));
        } else {
            title.setText(entry.title());
        }
        meta.setText(messages.get("memos.byOn", entry.author(), entry.updated() == null ? "" : dates.format(entry.updated())));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("note"), entry.isNote());
        setGraphic(box);
    }
}
