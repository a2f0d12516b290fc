package dev.passage.ui.transcript;

import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The left margin of one paragraph, made by the text area's paragraph graphic factory only for paragraphs on screen:
 * MAXQDA-style coding stripes (one thin bar per coding covering this paragraph, overlaps side by side in lanes, read from
 * the layout's precomputed per-paragraph index) and, on the first paragraph of a speaker turn, the speaker (small caps)
 * and timestamp. {@link #refresh()} rebuilds the bars only when what they show changed.
 */
final class CodingMargin extends Region {
    static final double LANE = 6;
    static final double BAR = 4;
    static final double STRIPE_PAD = 6;
    static final int MIN_LANES = 2;
    static final int MAX_LANES = 10;
    static final double GUTTER = 104;
    /** Longer speaker names are shortened with an ellipsis so they stay in their column. */
    static final int MAX_SPEAKER = 16;
    static final double GUTTER_GAP = 18;
    /** Lines the speaker name up with the first line of the paragraph's text. */
    static final double SPEAKER_TOP = 8;

    /** What the margin needs from its view. */
    interface Host {
        CodingLayout layout();

        Long selectedCodingId();

        void stripeClicked(long codingId);

        void stripeHovered(long codingId, Node bar);

        void hoverEnded();

        Locale locale();

        /** The code's colour (stripes are coloured in code, so they need no per-code CSS). */
        Color colour(long codeId);

        /** A stripe's colour: its code's, or its coder's when stripes are coloured by coder. */
        default Color stripeColour(CodingLayout.Stripe stripe) {
            return colour(stripe.codeId());
        }

        /** The code's name, for the label beside its stripe. */
        String codeName(long codeId);

        /**
         * The top and bottom (in {@code margin}'s coordinates) of the lines holding characters [from, to) of the paragraph,
         * or null when the text is not laid out (then the stripe covers the whole paragraph).
         */
        double[] lineSpan(CodingMargin margin, int paragraph, int from, int to);
    }

    /** A code name beside the start of its stripe: at most this wide (shortened with an ellipsis), or left out. */
    static final double NAME_MIN = 28;
    static final double MEMO_MARK = 8;

    private final int paragraph;
    private final Host host;
    private final List<Rectangle> bars = new ArrayList<>();
    /** Names and memo markers beside the stripes that start in this paragraph (placed in layout, where they fit). */
    private final List<Node> labels = new ArrayList<>();
    private final Text speaker;
    private final Text time;
    private List<CodingLayout.Stripe> shown = List.of();
    private Long shownSelected;
    private int shownLanes = -1;
    private boolean built;
    private boolean recolour;

    CodingMargin(int paragraph, Host host) {
        this.paragraph = paragraph;
        this.host = host;
        getStyleClass().add("coding-margin");
        // plain Text nodes, not Labels: margins are made for every paragraph scrolled into view, so they must be cheap
        CodingLayout layout = host.layout();
        CodingLayout.TurnLabel label = layout == null || paragraph >= layout.paragraphCount() ? null : layout.turnLabel(paragraph);
        speaker = label == null || label.speaker() == null ? null : text(shorten(label.speaker().toUpperCase(host.locale())), "turn-speaker");
        time = label == null || label.timestampMs() == null ? null : text(CodingLayout.clock(label.timestampMs()), "turn-time");
        refresh();
    }

    private Text text(String value, String styleClass) {
        Text t = new Text(value);
        t.getStyleClass().add(styleClass);
        t.setTextOrigin(VPos.TOP);
        t.setMouseTransparent(true);
        t.setManaged(false);
        getChildren().add(t);
        return t;
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_SPEAKER) {
            return name;
        }
        int cut = MAX_SPEAKER - 1;
        if (Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        return name.substring(0, cut).strip() + "…";
    }

    /** The speaker name shown (upper case), or null. */
    String speakerText() {
        return speaker == null ? null : speaker.getText();
    }

    int paragraph() {
        return paragraph;
    }

    /** The stripes currently drawn (for tests and refresh). */
    List<CodingLayout.Stripe> shownStripes() {
        return shown;
    }

    static double stripeColumnWidth(CodingLayout layout) {
        int lanes = layout == null ? MIN_LANES : Math.max(MIN_LANES, Math.min(layout.lanes(), MAX_LANES));
        return STRIPE_PAD + lanes * LANE + STRIPE_PAD;
    }

    static double width(CodingLayout layout) {
        return stripeColumnWidth(layout) + GUTTER + GUTTER_GAP;
    }

    /** Brings the bars up to date with the host's layout and selected coding; does nothing when they already are. */
    void refresh() {
        CodingLayout layout = host.layout();
        List<CodingLayout.Stripe> stripes = layout == null || paragraph >= layout.paragraphCount() ? List.of() : layout.stripes(paragraph);
        int lanes = layout == null ? 0 : layout.lanes();
        Long selected = containsCoding(stripes, host.selectedCodingId()) ? host.selectedCodingId() : null;
        if (built && !recolour && stripes.equals(shown) && lanes == shownLanes && Objects.equals(selected, shownSelected)) {
            return;
        }
        built = true;
        recolour = false;
        shown = stripes;
        shownLanes = lanes;
        shownSelected = selected;
        getChildren().removeAll(bars);
        bars.clear();
        for (CodingLayout.Stripe s : stripes) {
            if (s.lane() >= MAX_LANES) {
                continue;
            }
            // Rectangles coloured in code (no per-code CSS): cheap to make for every paragraph scrolled into view
            Rectangle bar = new Rectangle(BAR, 1, host.stripeColour(s));
            bar.getStyleClass().add("coding-stripe");
            bar.setArcWidth(3);
            bar.setArcHeight(3);
            bar.setStrokeType(StrokeType.OUTSIDE);
            bar.setStroke(Color.TRANSPARENT);   // widens what the mouse can hit by a pixel each side
            bar.setStrokeWidth(1);
            if (Objects.equals(selected, s.codingId())) {
                bar.getStyleClass().add("selected");
            }
            bar.setUserData(s);
            bar.setCursor(Cursor.HAND);
            long codingId = s.codingId();
            bar.setOnMousePressed(e -> e.consume());
            bar.setOnMouseReleased(e -> e.consume());
            bar.setOnMouseClicked(e -> {
                host.stripeClicked(codingId);
                e.consume();
            });
            bar.setOnMouseEntered(e -> {
                bar.setWidth(LANE - 1);
                host.stripeHovered(codingId, bar);
            });
            bar.setOnMouseExited(e -> {
                bar.setWidth(BAR);
                host.hoverEnded();
            });
            bars.add(bar);
        }
        getChildren().addAll(bars);
        getChildren().removeAll(labels);
        labels.clear();
        for (Rectangle bar : bars) {
            CodingLayout.Stripe s = (CodingLayout.Stripe) bar.getUserData();
            if (s.memo()) {
                labels.add(memoMarker(s));
            }
            if (s.first()) {
                Text name = new Text(host.codeName(s.codeId()));
                name.getStyleClass().add("coding-stripe-name");
                name.setFill(host.stripeColour(s));
                name.setTextOrigin(VPos.TOP);
                name.setManaged(false);
                name.setMouseTransparent(true);
                name.setUserData(s);
                labels.add(name);
            }
        }
        getChildren().addAll(labels);
        requestLayout();
    }

    /** A small note mark beside a coding with a memo: hover shows the memo (the info card), a click selects the coding. */
    private Node memoMarker(CodingLayout.Stripe s) {
        javafx.scene.shape.SVGPath mark = new javafx.scene.shape.SVGPath();
        mark.setContent("M0 0 H5 L8 3 V9 H0 Z M5 0 V3 H8");   // a page with a folded corner
        mark.getStyleClass().add("coding-memo-marker");
        mark.setStroke(host.stripeColour(s));
        mark.setStrokeWidth(1);
        mark.setManaged(false);
        mark.setUserData(s);
        mark.setCursor(Cursor.HAND);
        long codingId = s.codingId();
        mark.setOnMousePressed(e -> e.consume());
        mark.setOnMouseReleased(e -> e.consume());
        mark.setOnMouseClicked(e -> {
            host.stripeClicked(codingId);
            e.consume();
        });
        mark.setOnMouseEntered(e -> host.stripeHovered(codingId, mark));
        mark.setOnMouseExited(e -> host.hoverEnded());
        return mark;
    }

    /** The names and memo markers placed beside the stripes (for tests). */
    List<Node> stripeLabels() {
        return labels.stream().filter(Node::isVisible).toList();
    }

    /** The code colours changed: rebuild the bars at the next refresh. */
    void recolour() {
        recolour = true;
        refresh();
    }

    private static boolean containsCoding(List<CodingLayout.Stripe> stripes, Long codingId) {
        if (codingId == null) {
            return false;
        }
        for (CodingLayout.Stripe s : stripes) {
            if (s.codingId() == codingId) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected double computePrefWidth(double height) {
        return width(host.layout());
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0; // the paragraph's text decides the height
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double stripes = stripeColumnWidth(host.layout());
        CodingLayout layout = host.layout();
        int length = layout == null || paragraph >= layout.paragraphCount() ? 0 : layout.paragraphEnd(paragraph) - layout.paragraphStart(paragraph);
        java.util.Map<Long, double[]> spans = new java.util.HashMap<>();
        for (Rectangle bar : bars) {
            CodingLayout.Stripe s = (CodingLayout.Stripe) bar.getUserData();
            double top = s.first() ? 4 : 0;
            double bottom = h - (s.last() ? 4 : 0);
            // exactly the coded lines: from the line where the coding starts to the line where it ends
            if ((s.from() > 0 || s.to() < length) && s.to() > s.from()) {
                double[] span = host.lineSpan(this, paragraph, s.from(), s.to());
                if (span != null) {
                    top = s.from() > 0 ? Math.max(0, span[0]) : top;
                    bottom = s.to() < length ? Math.min(h, span[1]) : bottom;
                }
            }
            bar.setHeight(Math.max(2, bottom - top));
            bar.relocate(STRIPE_PAD + s.lane() * LANE, top);
            spans.put(s.codingId(), new double[] {top, bottom});
        }
        double right = stripes + GUTTER;
        double y = SPEAKER_TOP;
        double blockWidth = 0;
        if (speaker != null) {
            speaker.relocate(right - speaker.getLayoutBounds().getWidth(), y);
            y += speaker.getLayoutBounds().getHeight() + 1;
            blockWidth = speaker.getLayoutBounds().getWidth();
        }
        if (time != null) {
            time.relocate(right - time.getLayoutBounds().getWidth(), y);
            y += time.getLayoutBounds().getHeight();
            blockWidth = Math.max(blockWidth, time.getLayoutBounds().getWidth());
        }
        layoutLabels(spans, stripes, y, blockWidth);
    }

    /**
     * Each stripe's memo marker and code name go in the gutter beside the stripe's first line, where they fit: not over the
     * speaker and time, not over one another; a name too long for the room left is shortened, and left out below {@link #NAME_MIN}.
     */
    private void layoutLabels(java.util.Map<Long, double[]> spans, double x0, double speakerBottom, double speakerWidth) {
        List<double[]> taken = new ArrayList<>();
        for (Node n : labels) {
            CodingLayout.Stripe s = (CodingLayout.Stripe) n.getUserData();
            double[] span = spans.get(s.codingId());
            boolean memo = !(n instanceof Text);
            double rowTop = span == null ? 0 : span[0];
            double rowHeight = memo ? MEMO_MARK + 2 : Math.max(10, n.getLayoutBounds().getHeight());
            boolean besideSpeaker = rowTop < speakerBottom && rowTop + rowHeight > SPEAKER_TOP - 2 && speakerWidth > 0;
            double x = x0 + 2;
            double room = GUTTER - 6 - (besideSpeaker ? speakerWidth + 8 : 0);
            for (double[] t : taken) {
                if (rowTop < t[1] && rowTop + rowHeight > t[0]) {
                    x = Math.max(x, t[2] + 3);
                }
            }
            room -= x - (x0 + 2);
            boolean fits;
            if (memo) {
                fits = span != null && room >= MEMO_MARK;
            } else {
                fits = span != null && room >= NAME_MIN && span[1] - span[0] >= rowHeight * 0.8 && fit((Text) n, host.codeName(s.codeId()), room);
            }
            n.setVisible(fits);
            if (fits) {
                n.relocate(x, rowTop + (memo ? 3 : 1));
                taken.add(new double[] {rowTop, rowTop + rowHeight, x + n.getLayoutBounds().getWidth()});
            }
        }
    }

    /**
     * The top and bottom of the lines holding [from, to) of the paragraph beside {@code margin}, in the margin's coordinates:
     * read from the paragraph's text flow (its sibling) without touching the scene graph, so it is safe inside layout.
     */
    static double[] lineSpan(CodingMargin margin, int from, int to) {
        if (!(margin.getParent() instanceof javafx.scene.Parent box)) {
            return null;
        }
        for (Node n : box.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.text.TextFlow flow) {
                double[] a = yRange(flow.rangeShape(from, from + 1));
                double[] b = yRange(flow.rangeShape(to - 1, to));
                if (a == null || b == null) {
                    return null;
                }
                double dy = flow.getBoundsInParent().getMinY() - flow.getBoundsInLocal().getMinY() - margin.getBoundsInParent().getMinY()
                            + margin.getBoundsInLocal().getMinY();
                return new double[] {a[0] + dy, b[1] + dy};
            }
        }
        return null;
    }

    private static double[] yRange(javafx.scene.shape.PathElement[] shape) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (javafx.scene.shape.PathElement e : shape) {
            double y = e instanceof javafx.scene.shape.MoveTo m ? m.getY() : e instanceof javafx.scene.shape.LineTo l ? l.getY() : Double.NaN;
            if (!Double.isNaN(y)) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        return min > max ? null : new double[] {min, max};
    }

    /** Shortens {@code t} to {@code full} cut with an ellipsis to fit {@code room}; false when not even a few letters fit. */
    private static boolean fit(Text t, String full, double room) {
        t.setText(full);
        if (t.getLayoutBounds().getWidth() <= room) {
            return true;
        }
        int lo = 1;
        int hi = full.length() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            t.setText(full.substring(0, mid).strip() + "…");
            if (t.getLayoutBounds().getWidth() <= room) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best < 3) {
            t.setText(full);
            return false;
        }
        int cut = Character.isHighSurrogate(full.charAt(best - 1)) ? best - 1 : best;
        t.setText(full.substring(0, cut).strip() + "…");
        return true;
    }
}
