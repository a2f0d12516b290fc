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
    }

    private final int paragraph;
    private final Host host;
    private final List<Rectangle> bars = new ArrayList<>();
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
            Rectangle bar = new Rectangle(BAR, 1, host.colour(s.codeId()));
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
        requestLayout();
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
        for (Rectangle bar : bars) {
            CodingLayout.Stripe s = (CodingLayout.Stripe) bar.getUserData();
            double top = s.first() ? 4 : 0;
            double bottom = s.last() ? 4 : 0;
            bar.setHeight(Math.max(2, h - top - bottom));
            bar.relocate(STRIPE_PAD + s.lane() * LANE, top);
        }
        double right = stripes + GUTTER;
        double y = SPEAKER_TOP;
        if (speaker != null) {
            speaker.relocate(right - speaker.getLayoutBounds().getWidth(), y);
            y += speaker.getLayoutBounds().getHeight() + 1;
        }
        if (time != null) {
            time.relocate(right - time.getLayoutBounds().getWidth(), y);
        }
    }
}
