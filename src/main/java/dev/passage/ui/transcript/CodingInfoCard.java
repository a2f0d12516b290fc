package dev.passage.ui.transcript;

import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import dev.passage.ui.transcript.TranscriptViewModel.CodingInfo;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The card shown when hovering a tinted passage or a margin stripe: code path, coder, date and memo of each coding there. */
final class CodingInfoCard extends VBox {
    static final int MAX_SHOWN = 4;
    private final Messages messages;
    private final DateTimeFormatter dates;

    CodingInfoCard(Messages messages) {
        super(8);
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        getStyleClass().add("coding-info-card");
        setMouseTransparent(true);
        setMaxWidth(360);
        setMaxHeight(Region.USE_PREF_SIZE);
        setVisible(false);
    }

    void show(List<CodingInfo> infos) {
        getChildren().clear();
        int n = 0;
        for (CodingInfo i : infos) {
            if (n++ == MAX_SHOWN) {
                Label more = new Label(messages.get("transcript.info.more", infos.size() - MAX_SHOWN));
                more.getStyleClass().add("coding-info-meta");
                getChildren().add(more);
                break;
            }
            Region swatch = new Region();
            swatch.getStyleClass().add("coding-info-swatch");
            swatch.setStyle("-fx-background-color: " + CodeColours.cssTint(i.colour(), 1.0) + ";");
            swatch.setMinSize(10, 10);
            swatch.setMaxSize(10, 10);
            Label path = new Label(i.codePath());
            path.getStyleClass().add("coding-info-path");
            path.setWrapText(true);
            String when = i.created() == null ? "" : dates.format(i.created());
            Label meta = new Label(messages.get("transcript.info.meta", i.coder(), when));
            meta.getStyleClass().add("coding-info-meta");
            VBox text = new VBox(2, path, meta);
            if (i.memo() != null && !i.memo().isBlank()) {
                Label memo = new Label(i.memo().length() > 400 ? i.memo().substring(0, 400) + "…" : i.memo());
                memo.getStyleClass().add("coding-info-memo");
                memo.setWrapText(true);
                text.getChildren().add(memo);
                if (i.memoAuthor() != null) { // the memo's own credit: it may be someone else's, written later
                    String memoWhen = i.memoUpdated() == null ? "" : dates.format(i.memoUpdated());
                    Label memoMeta = new Label(messages.get("transcript.info.memoMeta", i.memoAuthor(), memoWhen));
                    memoMeta.getStyleClass().add("coding-info-meta");
                    text.getChildren().add(memoMeta);
                }
            }
            HBox row = new HBox(8, swatch, text);
            row.setAlignment(Pos.TOP_LEFT);
            HBox.setMargin(swatch, new javafx.geometry.Insets(4, 0, 0, 0));
            getChildren().add(row);
        }
        setVisible(true);
        autosize();
    }

    void hide() {
        setVisible(false);
    }
}
