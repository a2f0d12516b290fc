package dev.passage.ui.mixed;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scatter chart whose points carry their name (a label with the style class {@code mixed-point-label} inside the point's
 * node). After each layout the names are moved so that they do not cover one another: each tries right of its point, then
 * a line above or below, then left, whichever is free first.
 */
final class LabelledScatterChart extends ScatterChart<Number, Number> {
    private static final double GAP = 7;

    LabelledScatterChart(NumberAxis x, NumberAxis y) {
        super(x, y);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        List<Node> nodes = new ArrayList<>();
        for (XYChart.Series<Number, Number> s : getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    nodes.add(d.getNode());
                }
            }
        }
        nodes.sort(Comparator.comparingDouble(Node::getLayoutX));
        List<Bounds> placed = new ArrayList<>();
        // names keep off every dot, not only off other names
        for (Node n : nodes) {
            placed.add(new BoundingBox(n.getLayoutX(), n.getLayoutY(), n.getLayoutBounds().getWidth(), n.getLayoutBounds().getHeight()));
        }
        for (Node n : nodes) {
            Label label = label(n);
            if (label == null) {
                continue;
            }
            label.autosize();
            double w = label.getWidth();
            double h = label.getHeight();
            double size = n.getLayoutBounds().getWidth();
            double cx = n.getLayoutX() + size / 2;
            double cy = n.getLayoutY() + n.getLayoutBounds().getHeight() / 2;
            double[][] tries = {{GAP, -h / 2}, {GAP, -h / 2 - h}, {GAP, h / 2}, {-GAP - w, -h / 2}, {GAP, -h / 2 - 2 * h}, {GAP, h / 2 + h}};
            double[] chosen = null;
            for (double[] t : tries) {
                Bounds b = new BoundingBox(cx + t[0], cy + t[1], w, h);
                if (inPlot(b) && placed.stream().noneMatch(b::intersects)) {
                    chosen = t;
                    break;
                }
            }
            // a name that has no free place is left out (the point's tooltip still names it) rather than drawn over another
            label.setVisible(chosen != null);
            if (chosen == null) {
                continue;
            }
            placed.add(new BoundingBox(cx + chosen[0], cy + chosen[1], w, h));
            // the label's parent is centred on the point: convert to its coordinates
            Parent parent = label.getParent();
            double px = parent.getLayoutBounds().getWidth() / 2;
            double py = parent.getLayoutBounds().getHeight() / 2;
            label.relocate(px + chosen[0], py + chosen[1]);
        }
    }

    private boolean inPlot(Bounds b) {
        double width = getXAxis().getWidth();
        double height = getYAxis().getHeight();
        return width <= 0 || height <= 0 || b.getMinX() >= 0 && b.getMaxX() <= width && b.getMinY() >= 0 && b.getMaxY() <= height;
    }

    private static Label label(Node n) {
        if (n instanceof Label l && l.getStyleClass().contains("mixed-point-label")) {
            return l;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Label l = label(child);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }
}
