package dev.passage.ui.mixed;

import dev.passage.model.Variable;
import dev.passage.ui.common.NodeImages;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.List;

/**
 * Codes by unit score: a scatter plot of the units (score across, prevalence up, each point named), the statistics with
 * their definitions next to it (Spearman's rho, Pearson's r, n, p, 95% bootstrap CI, units left out and why), and below the
 * side-by-side quotes of the highest and lowest units and the segments of a clicked point.
 */
public final class ScoreView {
    private final ScoreViewModel vm;
    private final DisplayParts parts;
    private final BorderPane root = new BorderPane();
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final ScatterChart<Number, Number> chart = new LabelledScatterChart(xAxis, yAxis);
    private final VBox stats = new VBox(6);
    private final HBox figure;
    private final VBox highest = new VBox(8);
    private final VBox lowest = new VBox(8);

    public ScoreView(ScoreViewModel vm, DisplayParts parts) {
        this.vm = vm;
        this.parts = parts;
        var m = parts.messages();
        root.getStyleClass().add("mixed-score");

        ComboBox<CodeChoice> code = parts.codeCombo(vm.codes());
        code.valueProperty().bindBidirectional(vm.codeProperty());
        ComboBox<Variable> score = parts.combo(vm.scores(), Variable::name, "mixed-score-variable");
        score.valueProperty().bindBidirectional(vm.scoreProperty());
        score.setPromptText(m.get("mixed.score.noScores"));
        ComboBox<Measure> measure = parts.combo(FXCollections.observableArrayList(vm.measures()), x -> m.get(x.key()), "mixed-measure");
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        CheckBox sub = new CheckBox(m.get("mixed.includeSubCodes"));
        sub.getStyleClass().add("mixed-subcodes");
        sub.selectedProperty().bindBidirectional(vm.includeSubCodesProperty());
        HBox bar = parts.bar(vm.statusProperty(), parts.caption("mixed.codeLabel"), code, parts.caption("mixed.score.scoreLabel"), score,
                             parts.caption("mixed.measureLabel"), measure, sub);
        bar.getChildren().add(parts.exportMenu(vm::exportCsv, this::exportPng));
        code.setPrefWidth(250);
        code.setMinWidth(140);
        score.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        measure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sub.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setTop(bar);

        chart.getStyleClass().add("mixed-scatter");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        xAxis.labelProperty().bind(vm.xTitleProperty());
        // the y title is long ("Share of characters coded Barriers/Fear of blame (%)"): as the chart's title it reads whole,
        // where the rotated axis label was cut at the chart's height
        chart.titleProperty().bind(vm.yTitleProperty());
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        xAxis.setForceZeroInRange(false);
        yAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() > 100.0001 || n.doubleValue() < -0.0001 ? "" : parts.number(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        chart.setMinSize(320, 200);
        HBox.setHgrow(chart, Priority.ALWAYS);

        stats.getStyleClass().add("mixed-stats");
        stats.setMinWidth(300);
        stats.setPrefWidth(340);
        ScrollPane statsScroll = new ScrollPane(stats);
        statsScroll.setFitToWidth(true);
        statsScroll.getStyleClass().add("mixed-stats-scroll");
        statsScroll.setMinWidth(300);
        figure = new HBox(chart, statsScroll);
        figure.getStyleClass().add("mixed-figure");

        Label placeholder = parts.placeholder(vm.stateProperty(), vm.errorProperty(), "mixed.score.needsChoice", "mixed.score.empty");
        StackPane chartArea = new StackPane(figure, placeholder);
        figure.visibleProperty().bind(Bindings.isNotEmpty(vm.points()).or(vm.spearmanProperty().isNotNull()));
        placeholder.visibleProperty().bind(figure.visibleProperty().not());

        ScrollPane highScroll = quoteColumn(highest, "mixed.score.highest");
        ScrollPane lowScroll = quoteColumn(lowest, "mixed.score.lowest");
        SegmentList unitSegments = new SegmentList(vm.unitSegments(), vm.unitTitleProperty(), m.get("mixed.score.clickPoint"), vm::open);
        SplitPane quotes = new SplitPane(highScroll, lowScroll, unitSegments.root());
        quotes.setDividerPositions(0.36, 0.72);
        quotes.getStyleClass().add("mixed-quotes");

        SplitPane split = new SplitPane(chartArea, quotes);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        root.setCenter(split);
        root.setBottom(parts.definition(vm.definitionProperty()));

        vm.points().addListener((ListChangeListener<ScorePoint>) c -> plot());
        vm.spearmanProperty().addListener((o, a, b) -> showStats());
        vm.pearsonProperty().addListener((o, a, b) -> showStats());
        vm.excluded().addListener((ListChangeListener<Exclusion>) c -> showStats());
        vm.highest().addListener((ListChangeListener<QuoteBlock>) c -> fill(highest, vm.highest(), "mixed.score.noHighest"));
        vm.lowest().addListener((ListChangeListener<QuoteBlock>) c -> fill(lowest, vm.lowest(), "mixed.score.noLowest"));
        plot();
        showStats();
        fill(highest, vm.highest(), "mixed.score.noHighest");
        fill(lowest, vm.lowest(), "mixed.score.noLowest");
    }

    public Node root() {
        return root;
    }

    ScatterChart<Number, Number> chart() {
        return chart;
    }

    private void exportPng() {
        vm.exportPng("codes-by-score.png", () -> NodeImages.image(figure, 2));
    }

    // ---- the plot

    private void plot() {
        chart.getData().clear();
        List<ScorePoint> points = List.copyOf(vm.points());
        if (points.isEmpty()) {
            return;
        }
        double minX = points.stream().mapToDouble(ScorePoint::score).min().orElse(0);
        double maxX = points.stream().mapToDouble(ScorePoint::score).max().orElse(1);
        double span = Math.max(maxX - minX, 1e-9);
        // room at the right for the last point's name
        range(xAxis, minX - 0.08 * span, maxX + 0.3 * span);
        double maxY = points.stream().mapToDouble(p -> p.prevalence() * 100).max().orElse(100);
        // headroom above the highest point for its name; no tick above 100%
        double top = Math.max(maxY * 1.12, 5);
        range(yAxis, -0.06 * top, top);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (ScorePoint p : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.score(), p.prevalence() * 100);
            d.setNode(pointNode(p));
            series.getData().add(d);
        }
        chart.getData().add(series);
    }

    private static void range(NumberAxis axis, double low, double high) {
        double tick = niceTick((high - low) / 5);
        axis.setLowerBound(Math.floor(low / tick) * tick);
        axis.setUpperBound(Math.ceil(high / tick) * tick);
        axis.setTickUnit(tick);
    }

    private static double niceTick(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
    }

    /**
     * A dot with the unit's name beside it (the label does not move the dot); click lists the unit's segments. The chart
     * restyles the node it is given as a "chart-symbol", so the dot and name sit in a plain, transparent holder.
     */
    private Node pointNode(ScorePoint p) {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("mixed-point-dot");
        Label name = new Label(p.unitName());
        name.getStyleClass().add("mixed-point-label");
        name.setManaged(false);
        name.setMouseTransparent(true);
        StackPane point = new StackPane(dot, name);
        point.getStyleClass().add("mixed-point");
        point.setUserData(p);
        Tooltip.install(point, parts.tooltip(parts.messages().get("mixed.score.pointTooltip", p.unitName(), parts.number(p.score()),
                                                                  parts.percent(p.prevalence())) + "\n" + parts.details(p.counts())));
        point.setOnMouseClicked(e -> vm.selectUnit(p.unitId(), p.unitName()));
        StackPane holder = new StackPane(point);
        holder.setStyle("-fx-background-color: transparent; -fx-padding: 0; -fx-background-radius: 0;");
        return holder;
    }

    // ---- the statistics

    private void showStats() {
        var m = parts.messages();
        stats.getChildren().clear();
        Stat rho = vm.spearmanProperty().get();
        Stat r = vm.pearsonProperty().get();
        if (rho == null || r == null) {
            return;
        }
        stats.getChildren().add(stat(rho, "mixed.score.spearman"));
        stats.getChildren().add(stat(r, "mixed.score.pearson"));
        Label n = new Label(m.get("mixed.score.n", rho.n()));
        n.getStyleClass().add("mixed-stat-note");
        n.setWrapText(true);
        stats.getChildren().add(n);
        if (!vm.excluded().isEmpty()) {
            Label title = new Label(m.get("mixed.score.excludedTitle", vm.excluded().size()));
            title.getStyleClass().add("mixed-stat-heading");
            stats.getChildren().add(title);
            for (Exclusion e : vm.excluded()) {
                Label l = new Label(m.get("mixed.score.excludedUnit", e.unitName(), e.reason()));
                l.getStyleClass().add("mixed-excluded");
                l.setWrapText(true);
                stats.getChildren().add(l);
            }
        }
    }

    private VBox stat(Stat s, String key) {
        var m = parts.messages();
        Label head = new Label();
        head.getStyleClass().add("mixed-stat-value");
        VBox box = new VBox(2, head);
        box.getStyleClass().add("mixed-stat");
        if (!s.computable()) {
            head.setText(m.get(key + "Missing"));
            Label why = new Label(m.get("mixed.score.notComputable", s.notComputable()));
            why.getStyleClass().add("mixed-not-computable");
            why.setWrapText(true);
            box.getChildren().add(why);
        } else {
            head.setText(m.get(key, s.coefficient()));
            Label p = new Label(m.get("mixed.score.p", s.pValue() < 0.001 ? m.get("mixed.score.pTiny") : m.get("mixed.score.pValue", s.pValue())));
            p.getStyleClass().add("mixed-stat-note");
            Label ci = new Label(s.hasInterval() ? m.get("mixed.score.ci", s.ciLow(), s.ciHigh(), s.resamples()) : s.ciNote());
            ci.getStyleClass().add("mixed-stat-note");
            ci.setWrapText(true);
            box.getChildren().addAll(p, ci);
        }
        Tooltip.install(box, parts.tooltip(s.definition()));
        return box;
    }

    // ---- the quotes

    private ScrollPane quoteColumn(VBox column, String titleKey) {
        Label title = new Label(parts.messages().get(titleKey, ScoreViewModel.UNITS_PER_SIDE));
        title.getStyleClass().add("mixed-quotes-title");
        VBox box = new VBox(6, title, column);
        box.getStyleClass().add("mixed-quote-column");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("mixed-quote-scroll");
        return scroll;
    }

    private void fill(VBox column, List<QuoteBlock> blocks, String emptyKey) {
        var m = parts.messages();
        column.getChildren().clear();
        if (blocks.isEmpty()) {
            Label none = new Label(m.get(emptyKey));
            none.getStyleClass().add("mixed-placeholder");
            none.setWrapText(true);
            column.getChildren().add(none);
            return;
        }
        for (QuoteBlock b : blocks) {
            Label unit = new Label(m.get("mixed.score.quoteUnit", b.rank(), b.unitName(), parts.number(b.score()), b.segments()));
            unit.getStyleClass().add("mixed-quote-unit");
            unit.setOnMouseClicked(e -> vm.selectUnit(b.unitId(), b.unitName()));
            unit.setTooltip(parts.tooltip(m.get("mixed.score.quoteUnitTooltip")));
            column.getChildren().add(unit);
            if (b.quotes().isEmpty()) {
                Label none = new Label(m.get("mixed.score.noQuotes"));
                none.getStyleClass().add("mixed-quote-none");
                column.getChildren().add(none);
            }
            for (var q : b.quotes()) {
                String t = q.text().strip().replaceAll("\\s+", " ");
                Label quote = new Label("“" + (t.length() > 280 ? t.substring(0, 280) + " …" : t) + "”");
                quote.getStyleClass().add("mixed-quote");
                quote.setWrapText(true);
                quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                quote.setAlignment(Pos.TOP_LEFT);
                quote.setTooltip(parts.tooltip(m.get("mixed.score.quoteTooltip", q.document(), q.speaker())));
                quote.setOnMouseClicked(e -> vm.open(q));
                column.getChildren().add(quote);
            }
        }
    }
}
