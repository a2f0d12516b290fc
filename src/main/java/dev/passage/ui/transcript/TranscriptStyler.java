package dev.passage.ui.transcript;

import dev.passage.model.Coding;
import dev.passage.ui.transcript.CodingLayout.Mark;
import dev.passage.ui.transcript.CodingLayout.Range;
import dev.passage.ui.transcript.CodingLayout.Run;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The transcript text's style classes: the codings' tints from the layout plus the view's own marks (the selected coding,
 * find matches, and the short flash on a revealed passage). Only the ranges asked for are restyled.
 */
final class TranscriptStyler {
    private final StyleClassedTextArea area;
    private final Supplier<CodingLayout> layout;
    private final TranscriptFind find;
    private final PauseTransition flashTimer = new PauseTransition(Duration.millis(1300));
    private Range selected;
    private Range flash;

    TranscriptStyler(StyleClassedTextArea area, Supplier<CodingLayout> layout, TranscriptFind find) {
        this.area = area;
        this.layout = layout;
        this.find = find;
        flashTimer.setOnFinished(e -> endFlash());
    }

    /** Restyles [from, to): codings from the layout plus the view's marks (selected coding, find hits, flash). */
    void restyle(int from, int to) {
        CodingLayout l = layout.get();
        if (l == null) {
            return;
        }
        from = Math.max(0, from);
        to = Math.min(to, area.getLength());
        if (from >= to) {
            return;
        }
        List<Run> runs = l.runs(from, to, marks(from, to));
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(runs.size());
        for (Run r : runs) {
            spans.add(r.classes(), r.length());
        }
        area.setStyleSpans(from, spans.create());
    }

    private List<Mark> marks(int from, int to) {
        List<Mark> marks = new ArrayList<>();
        if (selected != null && selected.start() < to && selected.end() > from) {
            marks.add(new Mark(selected.start(), selected.end(), "selected-coding"));
        }
        if (flash != null && flash.start() < to && flash.end() > from) {
            marks.add(new Mark(flash.start(), flash.end(), "flash"));
        }
        find.addMarks(from, to, marks);
        return marks;
    }

    /** A new text is shown: no coding is marked as selected, no passage flashes. */
    void forget() {
        selected = null;
        flash = null;
    }

    /** Takes {@code coding} as the selected one without restyling; returns the ranges whose mark changed. */
    List<Range> takeSelected(Coding coding) {
        Range old = selected;
        selected = coding == null ? null : new Range(coding.start(), coding.end());
        List<Range> changed = new ArrayList<>(2);
        if (!Objects.equals(old, selected)) {
            if (old != null) {
                changed.add(old);
            }
            if (selected != null) {
                changed.add(selected);
            }
        }
        return changed;
    }

    /** The selected coding changed: its old and new ranges are restyled. */
    void selectedChanged(Coding coding) {
        Range old = selected;
        selected = coding == null ? null : new Range(coding.start(), coding.end());
        if (old != null) {
            restyle(old.start(), old.end());
        }
        if (selected != null) {
            restyle(selected.start(), selected.end());
        }
    }

    /** Marks [start, end) for a moment (at least one character), e.g. a passage jumped to from elsewhere. */
    void flash(int start, int end) {
        Range old = flash;
        flash = new Range(start, Math.max(end, Math.min(start + 1, area.getLength())));
        if (old != null) {
            restyle(old.start(), old.end());
        }
        restyle(flash.start(), flash.end());
        flashTimer.playFromStart();
    }

    private void endFlash() {
        Range old = flash;
        flash = null;
        if (old != null) {
            restyle(old.start(), old.end());
        }
    }

    void stop() {
        flashTimer.stop();
    }
}
