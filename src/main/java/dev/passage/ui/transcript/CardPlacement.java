package dev.passage.ui.transcript;

import dev.passage.ui.transcript.CodingLayout.Range;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.function.Supplier;

/** Places the transcript's floating cards (picker, memo editor, coding info) in its overlay, near text or the pointer. */
final class CardPlacement {
    private final Pane overlay;
    private final StyleClassedTextArea area;
    private final Supplier<CodingLayout> layout;

    CardPlacement(Pane overlay, StyleClassedTextArea area, Supplier<CodingLayout> layout) {
        this.overlay = overlay;
        this.area = area;
        this.layout = layout;
    }

    /** True when {@code target} is {@code container} or inside it. */
    static boolean inside(Object target, Node container) {
        Node n = target instanceof Node node ? node : null;
        while (n != null) {
            if (n == container) {
                return true;
            }
            n = n.getParent();
        }
        return false;
    }

    /** Places a card just below (or above) a text range, inside the view. */
    void atRange(Region card, double width, Range range) {
        card.applyCss();
        card.autosize();
        double w = Math.max(width, card.prefWidth(-1));
        double h = card.prefHeight(w);
        card.resize(w, h);
        Bounds b = null;
        CodingLayout layout = this.layout.get();
        if (range != null && range.end() > range.start() && layout != null) {
            int p = layout.paragraphOf(range.start());
            if (area.allParToVisibleParIndex(p).isEmpty()) {
                area.showParagraphAtCenter(p);
                area.layout();
            }
            int end = Math.min(range.end(), layout.paragraphEnd(p));
            b = area.getCharacterBoundsOnScreen(range.start(), Math.max(range.start() + 1, end)).orElse(null);
        }
        double ow = overlay.getWidth();
        double oh = overlay.getHeight();
        double x;
        double y;
        if (b == null) {
            x = (ow - w) / 2;
            y = Math.max(8, (oh - h) / 3);
        } else {
            Bounds local = overlay.screenToLocal(b);
            x = local.getMinX();
            y = local.getMaxY() + 6;
            if (y + h > oh - 8 && local.getMinY() - h - 6 >= 8) {
                y = local.getMinY() - h - 6;
            }
        }
        x = Math.max(8, Math.min(x, ow - w - 8));
        y = Math.max(8, Math.min(y, oh - h - 8));
        card.relocate(x, y);
    }

    /** Places a card beside a point on screen (the pointer), kept inside the view. */
    void near(Region card, Point2D screen) {
        card.applyCss();
        double w = Math.min(card.getMaxWidth(), card.prefWidth(-1));
        double h = card.prefHeight(w);
        card.resize(w, h);
        Point2D p = overlay.screenToLocal(screen);
        if (p == null) {
            return;
        }
        double x = p.getX() + 14;
        double y = p.getY() + 18;
        if (x + w > overlay.getWidth() - 8) {
            x = overlay.getWidth() - w - 8;
        }
        if (y + h > overlay.getHeight() - 8) {
            y = p.getY() - h - 10;
        }
        card.relocate(Math.max(8, x), Math.max(8, y));
    }
}
