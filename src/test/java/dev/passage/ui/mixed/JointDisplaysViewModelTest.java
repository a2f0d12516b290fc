package dev.passage.ui.mixed;

import dev.passage.mixed.BootstrapSettings;
import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.CodeUnitMatrix;
import dev.passage.mixed.Crosstab;
import dev.passage.mixed.GroupSplit;
import dev.passage.mixed.JointDisplay;
import dev.passage.mixed.MatrixRow;
import dev.passage.mixed.PrevalenceMeasure;
import dev.passage.mixed.TidyCsv;
import dev.passage.model.Memo;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.segments.SegmentRow;
import dev.passage.session.SessionStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JointDisplaysViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    SynchronousTasks tasks;
    UiFixtures.ScriptedDialogs dialogs;
    JointDisplaysViewModel vm;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        MixedUiFixture.addScores(session);
        tasks = new SynchronousTasks();
        context = UiFixtures.context(session, tasks);
        dialogs = new UiFixtures.ScriptedDialogs();
        vm = new JointDisplaysViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    private long code(String path) {
        return session.codebook().resolve(path).id();
    }

    private Variable variable(String name) {
        return session.mixed().variable(name);
    }

    private static List<CSVRecord> readCsv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    private static List<String> header(Path file) throws Exception {
        return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).getFirst().split(","));
    }

    // ---- matrix

    private static int kultur(MatrixViewModel m) {
        return m.columns().stream().map(MatrixColumn::name).toList().indexOf("Kultur");
    }

    @Test
    void matrixShowsTheCoresCountsWithTotalsAndTheUnitWithoutText() {
        MatrixViewModel m = vm.matrix();
        assertThat(m.stateProperty().get()).isEqualTo(Recompute.State.READY);
        CodeUnitMatrix core = session.mixed().matrix(List.of(), CodeAggregation.AGGREGATED);

        assertThat(m.columns()).extracting(MatrixColumn::name).containsExactlyElementsOf(core.units().stream().map(u -> u.name()).toList());
        assertThat(m.columns()).hasSize(10).filteredOn(c -> !c.hasText()).extracting(MatrixColumn::name).containsExactly("Kultur");
        assertThat(m.lines()).hasSize(core.rows().size() + 1);
        for (int i = 0; i < core.rows().size(); i++) {
            MatrixRow row = core.rows().get(i);
            MatrixLine line = m.lines().get(i);
            assertThat(line.code().id()).isEqualTo(row.codeId());
            assertThat(line.cells()).extracting(Counts::segments, Counts::shareChars, Counts::shareCarriers)
                .containsExactlyElementsOf(row.cells().stream().map(t -> tuple(t.segments(), t.shareChars(), t.shareCarriers())).toList());
            assertThat(line.total().segments()).isEqualTo(row.total().segments());
        }
        MatrixLine total = m.lines().getLast();
        assertThat(total.isTotal()).isTrue();
        assertThat(total.total().segments()).isEqualTo(core.total().total().segments());
        assertThat(m.definitionProperty().get()).isEqualTo(core.definition());

        // the child codes are indented under their parent
        MatrixLine speakingUp = m.lines().stream().filter(l -> !l.isTotal() && l.code().path().equals("Psychological safety/Speaking up"))
                                 .findFirst().orElseThrow();
        assertThat(speakingUp.code().depth()).isEqualTo(1);
        assertThat(speakingUp.cells().get(kultur(m)).value(Measure.SEGMENTS)).as("Kultur has no text").isNull();
    }

    @Test
    void shadingIsRelativeToTheHighestCodeCellOfTheMeasure() {
        MatrixViewModel m = vm.matrix();
        m.measureProperty().set(Measure.CODED_SHARE);
        double top = m.lines().stream().filter(l -> !l.isTotal()).flatMap(l -> l.cells().stream()).map(c -> c.value(Measure.CODED_SHARE))
                      .filter(d -> d != null).mapToDouble(Double::doubleValue).max().orElseThrow();
        Counts someCell = m.lines().getFirst().cells().getFirst();
        assertThat(m.shade(someCell)).isCloseTo(someCell.shareChars() / top, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.shade(m.lines().getFirst().cells().get(kultur(m)))).isZero();
    }

    @Test
    void selectingACellListsItsSegmentsAndOpeningOneNavigates() {
        MatrixViewModel m = vm.matrix();
        int unit = m.columns().stream().map(MatrixColumn::name).toList().indexOf("Hjemmepleje Nord");
        MatrixLine line = m.lines().stream().filter(l -> !l.isTotal() && l.code().path().equals("Psychological safety")).findFirst().orElseThrow();

        m.select(line, unit);

        assertThat(m.cellSegments()).hasSize(line.cells().get(unit).segments()).isNotEmpty();
        assertThat(m.cellTitleProperty().get()).isEqualTo("Psychological safety in Hjemmepleje Nord: "
                                                          + line.cells().get(unit).segments() + " segments");
        SegmentRow second = m.cellSegments().get(1);
        m.open(second);
        assertThat(context.revealProperty().get()).isEqualTo(second.location());

        m.select(line, MatrixViewModel.TOTAL_COLUMN);
        assertThat(m.cellSegments()).hasSize(line.total().segments());
    }

    @Test
    void matrixRecountsWithoutSubCodes() {
        MatrixViewModel m = vm.matrix();
        m.includeSubCodesProperty().set(false);
        CodeUnitMatrix core = session.mixed().matrix(List.of(), CodeAggregation.CODE_ONLY);
        assertThat(m.lines().getFirst().total().segments()).isEqualTo(core.rows().getFirst().total().segments());
        assertThat(m.matrix().aggregation()).isEqualTo(CodeAggregation.CODE_ONLY);
    }

    @Test
    void matrixExportsTidyCsvAndPng() throws Exception {
        Path csv = dir.resolve("out/matrix");
        dialogs.pathAnswers.add(csv);
        vm.matrix().exportCsv();

        Path written = dir.resolve("out/matrix.csv");
        assertThat(header(written)).startsWith(TidyCsv.COLUMNS.toArray(String[]::new)).contains("psych_safety", "sector");
        List<CSVRecord> rows = readCsv(written);
        assertThat(rows).hasSize(10 * (vm.matrix().lines().size() - 1));
        CSVRecord kultur = rows.stream().filter(r -> r.get("unit").equals("Kultur")).findFirst().orElseThrow();
        assertThat(kultur.get("share_chars")).isEqualTo("NA");
        assertThat(kultur.get("psych_safety")).isEqualTo("3.9");
        assertThat(vm.matrix().statusProperty().get()).isEqualTo("Wrote " + rows.size() + " rows to matrix.csv");

        Path png = dir.resolve("out/matrix.png");
        dialogs.pathAnswers.add(png);
        vm.matrix().exportPng("matrix.png", () -> new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(40);
        assertThat(dialogs.errors).isEmpty();
    }

    // ---- codes by unit score

    @Test
    void scoreShowsTheCoresCorrelationsPointsAndExcludedUnits() {
        vm.displayProperty().set(JointDisplaysViewModel.Display.SCORE);
        ScoreViewModel s = vm.score();
        s.codeProperty().set(vm.codes().stream().filter(c -> c.path().equals("Psychological safety/Speaking up")).findFirst().orElseThrow());
        assertThat(s.scoreProperty().get().name()).isEqualTo("psych_safety");
        assertThat(s.scores()).extracting(Variable::name).containsExactly("psych_safety");
        assertThat(s.stateProperty().get()).isEqualTo(Recompute.State.READY);

        JointDisplay core = session.mixed().joint(code("Psychological safety/Speaking up"), variable("psych_safety"),
                                                  PrevalenceMeasure.CARRIERS, CodeAggregation.AGGREGATED, BootstrapSettings.DEFAULT);
        assertThat(s.points()).extracting(ScorePoint::unitName, ScorePoint::score, ScorePoint::prevalence)
            .containsExactlyElementsOf(core.points().stream().map(p -> tuple(p.unitName(), p.score(), p.prevalence())).toList());
        assertThat(s.points()).hasSize(8);
        assertThat(s.excluded()).extracting(Exclusion::unitName, Exclusion::reason)
            .containsExactlyInAnyOrder(tuple("Borgerservice", "no score"), tuple("Kultur", "no text"));
        Stat rho = s.spearmanProperty().get();
        assertThat(rho.computable()).isTrue();
        assertThat(rho.coefficient()).isEqualTo(core.spearman().coefficient());
        assertThat(rho.pValue()).isEqualTo(core.spearman().pValue());
        assertThat(rho.ciLow()).isEqualTo(core.spearman().ciLow());
        assertThat(rho.ciHigh()).isEqualTo(core.spearman().ciHigh());
        assertThat(rho.n()).isEqualTo(8);
        assertThat(s.pearsonProperty().get().coefficient()).isEqualTo(core.pearson().coefficient());
        assertThat(s.definitionProperty().get()).contains(core.definition());
        assertThat(s.xTitleProperty().get()).isEqualTo("psych_safety");
        assertThat(s.yTitleProperty().get()).isEqualTo("% carrying Speaking up");

        assertThat(s.highest()).hasSize(3).first().extracting(QuoteBlock::unitName).isEqualTo("Dagtilbud Solsikken");
        assertThat(s.lowest()).hasSize(3).first().extracting(QuoteBlock::unitName).isEqualTo("Plejecenter Egebo");

        s.measureProperty().set(Measure.CODED_SHARE);
        JointDisplay chars = session.mixed().joint(code("Psychological safety/Speaking up"), variable("psych_safety"),
                                                   PrevalenceMeasure.CHARS, CodeAggregation.AGGREGATED, BootstrapSettings.DEFAULT);
        assertThat(s.spearmanProperty().get().coefficient()).isEqualTo(chars.spearman().coefficient());
        assertThat(s.points()).extracting(ScorePoint::prevalence).containsExactlyElementsOf(chars.points().stream().map(p -> p.prevalence()).toList());
    }

    @Test
    void scoreSaysPlainlyWhenACorrelationCannotBeComputed() {
        vm.displayProperty().set(JointDisplaysViewModel.Display.SCORE);
        long unitsOnly = SessionStores.of(session).database().write(tx -> {
            long id = tx.variables().ensure(VariableScope.UNIT, "two_units", dev.passage.model.VariableType.NUMBER);
            var ids = tx.units().idsByName();
            tx.variables().set(dev.passage.model.VariableValue.ofNumber(id, ids.get("Vej og Park"), 1));
            tx.variables().set(dev.passage.model.VariableValue.ofNumber(id, ids.get("Østre Skole"), 2));
            return id;
        });
        ScoreViewModel s = vm.score();
        s.scoreProperty().set(s.scores().stream().filter(v -> v.id() == unitsOnly).findFirst().orElseThrow());

        assertThat(s.spearmanProperty().get().computable()).isFalse();
        assertThat(s.spearmanProperty().get().notComputable()).isEqualTo("needs at least 3 units with both text and a score, there are 2");
        assertThat(s.excluded()).hasSize(8);
    }

    @Test
    void selectingAPointListsTheUnitsSegmentsAndQuotesNavigate() {
        vm.displayProperty().set(JointDisplaysViewModel.Display.SCORE);
        ScoreViewModel s = vm.score();
        context.selectedCodeProperty().set(code("Peer coaching"));
        assertThat(s.codeProperty().get().path()).as("follows the codebook").isEqualTo("Peer coaching");
        ScorePoint point = s.points().stream().filter(p -> p.counts().segments() > 0).findFirst().orElseThrow();

        s.selectUnit(point.unitId(), point.unitName());

        assertThat(s.unitSegments()).hasSize(point.counts().segments());
        assertThat(s.unitTitleProperty().get()).startsWith("Peer coaching in " + point.unitName());
        SegmentRow quote = s.highest().stream().flatMap(b -> b.quotes().stream()).findFirst().orElseThrow();
        s.open(quote);
        assertThat(context.revealProperty().get()).isEqualTo(quote.location());
    }

    @Test
    void scoreExportsOneRowPerUnitWithTheReasonForLeftOutUnits() throws Exception {
        vm.displayProperty().set(JointDisplaysViewModel.Display.SCORE);
        Path file = dir.resolve("score.csv");
        dialogs.pathAnswers.add(file);
        vm.score().exportCsv();

        List<CSVRecord> rows = readCsv(file);
        assertThat(rows).hasSize(10);
        assertThat(header(file)).startsWith("unit", "psych_safety", "share_carriers");
        ScorePoint first = vm.score().points().getFirst();
        assertThat(rows.getFirst().get("unit")).isEqualTo(first.unitName());
        assertThat(Double.parseDouble(rows.getFirst().get("share_carriers"))).isEqualTo(first.prevalence());
        assertThat(rows).filteredOn(r -> r.get("unit").equals("Kultur")).singleElement()
                        .satisfies(r -> assertThat(r.get("status")).isEqualTo("excluded: no text"));
    }

    // ---- crosstab

    @Test
    void crosstabDefaultsToTheFirstNumericUnitScoreNotADate() {
        assertThat(vm.crosstab().variables()).as("the sample has other variables before it").first()
            .extracting(Variable::name).isNotEqualTo("psych_safety");
        assertThat(vm.crosstab().variableProperty().get().name()).isEqualTo("psych_safety");
        assertThat(vm.crosstab().splitProperty().get()).isEqualTo(Split.TERTILES);
    }

    @Test
    void crosstabByCategoryShowsTheCoresCellsAndTheMissingGroup() {
        vm.displayProperty().set(JointDisplaysViewModel.Display.CROSSTAB);
        CrosstabViewModel c = vm.crosstab();
        c.variableProperty().set(variable("sector"));
        assertThat(c.splits()).containsExactly(Split.LABELS);

        Crosstab core = session.mixed().crosstab(variable("sector"), null, List.of(), CodeAggregation.AGGREGATED);
        assertThat(c.groups()).extracting(GroupColumn::label, GroupColumn::size)
            .containsExactlyElementsOf(core.groups().stream().map(g -> tuple(g.label(), g.size())).toList());
        assertThat(c.groups().getLast().missing()).isTrue();
        assertThat(c.lines()).hasSize(core.rows().size());
        assertThat(c.lines().getFirst().cells()).extracting(GroupCell::carriers, GroupCell::columnPercent)
            .containsExactlyElementsOf(core.rows().getFirst().cells().stream().map(x -> tuple(x.carriers(), x.columnPercent())).toList());
        assertThat(c.chartLines()).containsExactly(c.lines().getFirst());
        assertThat(c.definitionProperty().get()).isEqualTo(core.definition());
    }

    @Test
    void crosstabSplitsANumberIntoTertilesOrAtAThreshold() throws Exception {
        vm.displayProperty().set(JointDisplaysViewModel.Display.CROSSTAB);
        CrosstabViewModel c = vm.crosstab();
        c.variableProperty().set(variable("psych_safety"));
        assertThat(c.splits()).containsExactly(Split.TERTILES, Split.THRESHOLD);
        assertThat(c.splitProperty().get()).isEqualTo(Split.TERTILES);
        assertThat(c.groups()).hasSize(4).first().extracting(GroupColumn::label).asString().startsWith("low (≤ ");

        c.splitProperty().set(Split.THRESHOLD);
        assertThat(c.stateProperty().get()).as("waits for a threshold").isEqualTo(Recompute.State.NEEDS_CHOICE);
        c.thresholdProperty().set(3.5);
        Crosstab core = session.mixed().crosstab(variable("psych_safety"), new GroupSplit.Threshold(3.5), List.of(), CodeAggregation.AGGREGATED);
        assertThat(c.groups()).extracting(GroupColumn::label).containsExactly("≤ 3.5", "> 3.5", "missing");
        assertThat(c.lines().get(2).total().carriers()).isEqualTo(core.rows().get(2).total().carriers());

        Path file = dir.resolve("crosstab.csv");
        dialogs.pathAnswers.add(file);
        c.exportCsv();
        List<CSVRecord> rows = readCsv(file);
        assertThat(rows).hasSize(core.rows().size() * 4);
        CSVRecord first = rows.getFirst();
        assertThat(first.get("code_path")).isEqualTo(core.rows().getFirst().codePath());
        assertThat(first.get("psych_safety")).isEqualTo("≤ 3.5");
        assertThat(Integer.parseInt(first.get("carriers"))).isEqualTo(core.rows().getFirst().cells().getFirst().carriers());
    }

    // ---- quantitize

    @Test
    void quantitizePreviewsTheTidyTableAndWritesUndoableVariables() throws Exception {
        vm.displayProperty().set(JointDisplaysViewModel.Display.QUANTITIZE);
        QuantitizeViewModel q = vm.quantitize();
        q.chooseAll(false);
        assertThat(q.stateProperty().get()).isEqualTo(Recompute.State.NEEDS_CHOICE);
        CodeChoice speakingUp = q.codes().stream().filter(c -> c.path().equals("Psychological safety/Speaking up")).findFirst().orElseThrow();
        CodeChoice peer = q.codes().stream().filter(c -> c.path().equals("Peer coaching")).findFirst().orElseThrow();
        q.chosenProperty(speakingUp).set(true);
        q.chosenProperty(peer).set(true);

        assertThat(q.preview()).hasSize(10 * 2);
        assertThat(q.scoreNames()).containsExactly("psych_safety", "sector");
        TidyLine kultur = q.preview().stream().filter(l -> l.unit().equals("Kultur")).findFirst().orElseThrow();
        assertThat(kultur.counts().shareChars()).isNull();
        assertThat(kultur.scores()).containsExactly("3.9", null);

        q.writeVariables();
        assertThat(dialogs.infos).singleElement().asString().contains("6 variables");
        List<String> names = SessionStores.of(session).database().<List<Variable>>read(a -> a.variables().list(VariableScope.UNIT)).stream()
                                    .map(Variable::name).toList();
        assertThat(names).contains("code:Psychological safety/Speaking up:share_carriers", "code:Peer coaching:segments");
        assertThat(vm.score().scores()).as("quantitized variables are no scores").extracting(Variable::name).containsExactly("psych_safety");

        session.history().undo();
        assertThat(SessionStores.of(session).database().<List<Variable>>read(a -> a.variables().list(VariableScope.UNIT))).extracting(Variable::name)
            .doesNotContain("code:Peer coaching:segments");

        Path file = dir.resolve("tidy.csv");
        dialogs.pathAnswers.add(file);
        q.exportCsv();
        assertThat(readCsv(file)).hasSize(20).extracting(r -> r.get("code_path")).contains("Peer coaching");
    }

    // ---- refreshing

    @Test
    void recomputesTheShownDisplayAfterACodingButNotAfterAMemo() {
        MatrixViewModel m = vm.matrix();
        long peer = code("Peer coaching");
        int before = m.lines().stream().filter(l -> !l.isTotal() && l.code().id() == peer).findFirst().orElseThrow().total().segments();
        long doc = session.caseOverview().documentCases().stream().filter(d -> d.unitId() != null).findFirst()
                          .orElseThrow().documentId();
        int titles = tasks.titles().size();

        session.coding().apply(doc, 0, 5, peer);

        assertThat(m.lines().stream().filter(l -> !l.isTotal() && l.code().id() == peer).findFirst().orElseThrow().total().segments())
            .isEqualTo(before + 1);
        assertThat(tasks.titles().subList(titles, tasks.titles().size())).containsExactly("Loading codes and variables",
                                                                                           "Counting codes by unit");
        int after = tasks.titles().size();
        session.memos().add(Memo.MemoTarget.PROJECT, null, "A thought", "about units");
        assertThat(tasks.titles()).hasSize(after);
    }

    @Test
    void hiddenDisplaysComputeOnlyWhenShown() {
        assertThat(vm.crosstab().stateProperty().get()).isEqualTo(Recompute.State.NEEDS_CHOICE);
        assertThat(tasks.titles()).noneMatch(t -> t.startsWith("Crosstab"));
        vm.displayProperty().set(JointDisplaysViewModel.Display.CROSSTAB);
        assertThat(tasks.titles()).anyMatch(t -> t.startsWith("Crosstab"));
        assertThat(vm.crosstab().stateProperty().get()).isEqualTo(Recompute.State.READY);
    }
}
