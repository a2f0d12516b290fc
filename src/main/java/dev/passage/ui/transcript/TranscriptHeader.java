package dev.passage.ui.transcript;

import dev.passage.ui.common.Messages;
import dev.passage.ui.transcript.TranscriptViewModel.OpenDocument;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Map;

/** The transcript's header: the document's name, its unit and attributes as chips, and its length, turns and codings. */
final class TranscriptHeader {
    private final Messages messages;
    private final HBox box = new HBox(16);
    private final Label title = new Label();
    private final FlowPane facts = new FlowPane(6, 4);
    private final Label stats = new Label();

    TranscriptHeader(Messages messages) {
        this.messages = messages;
        box.getStyleClass().add("transcript-header");
        box.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("transcript-title");
        title.setMinWidth(0);
        facts.getStyleClass().add("transcript-facts");
        VBox left = new VBox(6, title, facts);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);
        stats.getStyleClass().add("transcript-stats");
        stats.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().addAll(left, stats);
    }

    HBox node() {
        return box;
    }

    Label title() {
        return title;
    }

    void show(OpenDocument d, CodingLayout layout) {
        title.setText(d.name());
        facts.getChildren().clear();
        if (d.unit() != null && !d.unit().isBlank()) {
            facts.getChildren().add(chip(null, d.unit()));
        }
        for (Map.Entry<String, String> a : d.attributes().entrySet()) {
            if (a.getKey().equals("unit") || a.getValue() == null || a.getValue().isBlank()) {
                continue;
            }
            facts.getChildren().add(chip(a.getKey().replace('_', ' '), a.getValue()));
        }
        showStats(d, layout);
    }

    private Node chip(String key, String value) {
        HBox chip = new HBox(5);
        chip.getStyleClass().add("fact-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        if (key != null) {
            Label k = new Label(key);
            k.getStyleClass().add("fact-key");
            chip.getChildren().add(k);
        }
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        chip.getChildren().add(v);
        return chip;
    }

    /** The last time stamp, the speaker turns and the codings (empty without a document). */
    void showStats(OpenDocument d, CodingLayout layout) {
        if (d == null) {
            stats.setText("");
            return;
        }
        long speakerTurns = d.turns().stream().filter(t -> t.speaker() != null).count();
        int codings = layout == null ? 0 : layout.codings().size();
        Long last = d.lastTimestampMs();
        String text = messages.get("transcript.stats", speakerTurns, codings);
        if (last != null) {
            text = CodingLayout.clock(last) + "  ·  " + text;
        }
        stats.setText(text);
    }
}
