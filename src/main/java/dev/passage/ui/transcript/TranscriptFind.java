package dev.passage.ui.transcript;

import dev.passage.ui.common.Messages;
import dev.passage.ui.transcript.CodingLayout.Mark;
import dev.passage.ui.transcript.TranscriptViewModel.OpenDocument;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Find in the open transcript (Ctrl+F): the find bar, the matches (at most {@link TranscriptView#FIND_LIMIT}), the current one,
 * and stepping through them (F3 / Shift+F3). The matches are marked in the text through {@link #addMarks}; a change of them
 * restyles the affected text through {@link Restyle}.
 */
final class TranscriptFind implements FindBar.Actions {
    /** Restyles the text in [from, to). */
    interface Restyle {
        void range(int from, int to);
    }

    private final StyleClassedTextArea area;
    private final Messages messages;
    private final Supplier<OpenDocument> document;
    private final Supplier<CodingLayout> layout;
    private final Restyle restyle;
    private final FindBar bar;
    private int[] hits = new int[0];
    private int length;
    private int current = -1;

    TranscriptFind(StyleClassedTextArea area, Messages messages, Supplier<OpenDocument> document, Supplier<CodingLayout> layout,
                   Restyle restyle) {
        this.area = area;
        this.messages = messages;
        this.document = document;
        this.layout = layout;
        this.restyle = restyle;
        this.bar = new FindBar(messages, this);
        bar.setVisible(false);
        bar.setManaged(false);
    }

    FindBar bar() {
        return bar;
    }

    boolean isOpen() {
        return bar.isVisible();
    }

    int[] hits() {
        return hits;
    }

    /** Opens the find bar (prefilled with a short selection) and searches at once. */
    void open() {
        if (document.get() == null) {
            return;
        }
        String selected = area.getSelectedText();
        bar.setVisible(true);
        bar.setManaged(true);
        if (!selected.isEmpty() && selected.length() <= 60 && !selected.contains("\n")) {
            bar.field().setText(selected);
        }
        bar.field().requestFocus();
        bar.field().selectAll();
        bar.flush(this::search);
    }

    /** A new text is shown: the old matches no longer apply (call {@link #searchAgain} once the text is in the area). */
    void forget() {
        hits = new int[0];
        current = -1;
    }

    /** Searches the shown text again for what the open find bar holds. */
    void searchAgain() {
        if (bar.isVisible()) {
            search(bar.field().getText());
        }
    }

    /** Adds the marks of the matches that overlap [from, to). */
    void addMarks(int from, int to, List<Mark> marks) {
        if (hits.length == 0) {
            return;
        }
        int i = Arrays.binarySearch(hits, Math.max(0, from - length));
        i = i >= 0 ? i : -i - 1;
        for (; i < hits.length && hits[i] < to; i++) {
            if (hits[i] + length > from) {
                marks.add(new Mark(hits[i], hits[i] + length, i == current ? "find-current" : "find-hit"));
            }
        }
    }

    @Override
    public void search(String query) {
        int[] old = hits;
        int oldLength = length;
        OpenDocument d = document.get();
        hits = d == null ? new int[0] : TextFinder.find(d.text(), query, TranscriptView.FIND_LIMIT);
        length = query == null ? 0 : query.length();
        current = -1;
        restyleHits(old, oldLength);
        if (hits.length == 0) {
            bar.setCount(query == null || query.isEmpty() ? "" : messages.get("transcript.find.none"));
            restyleHits(hits, length);
            return;
        }
        int caret = area.getSelection().getStart();
        int first = Arrays.binarySearch(hits, caret);
        first = first >= 0 ? first : -first - 1;
        goTo(first >= hits.length ? 0 : first);
        restyleHits(hits, length);
    }

    @Override
    public void next() {
        step(1);
    }

    @Override
    public void previous() {
        step(-1);
    }

    @Override
    public void close() {
        int[] old = hits;
        int oldLength = length;
        hits = new int[0];
        current = -1;
        bar.setVisible(false);
        bar.setManaged(false);
        restyleHits(old, oldLength);
        area.requestFocus();
    }

    private void restyleHits(int[] hits, int length) {
        if (hits.length == 0) {
            return;
        }
        restyle.range(hits[0], hits[hits.length - 1] + length);
    }

    private void step(int delta) {
        if (!bar.isVisible()) {
            open();
            return;
        }
        bar.flush(this::search);
        if (hits.length == 0) {
            return;
        }
        int next = current < 0 ? 0 : Math.floorMod(current + delta, hits.length);
        goTo(next);
    }

    private void goTo(int index) {
        int previous = current;
        current = index;
        if (previous >= 0 && previous < hits.length) {
            restyle.range(hits[previous], hits[previous] + length);
        }
        int start = hits[index];
        restyle.range(start, start + length);
        CodingLayout l = layout.get();
        area.showParagraphAtCenter(l == null ? 0 : l.paragraphOf(start));
        area.selectRange(start, start + length);
        String suffix = hits.length >= TranscriptView.FIND_LIMIT ? "+" : "";
        bar.setCount(messages.get("transcript.find.count", index + 1, hits.length + suffix));
    }
}
