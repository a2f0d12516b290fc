package dev.passage.ui.agreement;

import dev.passage.agreement.AgreementReport;
import dev.passage.agreement.AgreementReportWriter;
import dev.passage.agreement.AgreementRequest;
import dev.passage.agreement.AgreementUnit;
import dev.passage.agreement.DisagreementPassage;
import dev.passage.agreement.Interval;
import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.TextLocation;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyse › Inter-coder agreement: the chosen coders' agreement per code (a row each, and an overall row) in the chosen unit
 * of analysis, recomputed in the background when a choice or the data change (a result the choices have moved on from is
 * never shown). Choosing a code lists its documents and the passages where the coders differ; choosing a document narrows
 * the passages to it; opening a passage shows it in the transcript. The report can be saved as CSV or HTML.
 */
public final class AgreementViewModel {
    /** A row of the table: a code (or the overall row, {@code codeId} -1), its units and measures with their intervals. */
    public record Row(long codeId, String code, long units, Double percentAgreement, Double cohenKappa, Double krippendorffAlpha,
                      Double brennanPrediger, AgreementReport.Intervals ci95, boolean overall) {
    }

    /** A document of the chosen code: its measures, and (document unit) each coder's value. */
    public record DocumentRow(long documentId, String document, long units, Double percentAgreement, Double cohenKappa,
                              Double krippendorffAlpha, Double brennanPrediger, String values) {
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> chosenCoders = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementUnit> unit = new SimpleObjectProperty<>(AgreementUnit.CHARACTER);
    private final DoubleProperty overlap = new SimpleDoubleProperty(AgreementRequest.DEFAULT_OVERLAP);
    private final BooleanProperty codedByAll = new SimpleBooleanProperty(true);
    private final ObservableList<String> domains = FXCollections.observableArrayList();
    private final ObjectProperty<String> domain = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<DocumentRow> documents = FXCollections.observableArrayList();
    private final ObservableList<DisagreementPassage> passages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passagesTitle = new ReadOnlyStringWrapper("");
    private final LatestOnly reports = new LatestOnly();
    private final LatestOnly passageLoads = new LatestOnly();
    private final ChangeListener<Number> onData = (o, a, b) -> refresh();
    private AgreementReport shown;
    private AgreementRequest shownRequest;
    private Row chosenRow;

    public AgreementViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        ChangeListener<Object> recompute = (o, a, b) -> compute();
        unit.addListener((o, a, b) -> {
            if (b != AgreementUnit.DOCUMENT) {
                domain.set(null);
            }
            compute();
        });
        overlap.addListener(recompute);
        codedByAll.addListener(recompute);
        domain.addListener(recompute);
        chosenCoders.addListener((ListChangeListener<String>) c -> compute());
        context.dataVersionProperty().addListener(onData);
    }

    /** Everyone who has coded in the project. */
    public ObservableList<String> coders() {
        return coders;
    }

    /** The coders compared (at least two for a result), in the order of {@link #coders()}. */
    public ObservableList<String> chosenCoders() {
        return chosenCoders;
    }

    public ObjectProperty<AgreementUnit> unitProperty() {
        return unit;
    }

    /** Segment unit: the share of the longer segment a match needs. */
    public DoubleProperty overlapProperty() {
        return overlap;
    }

    /** Only the documents every chosen coder has coded in (on at first). */
    public BooleanProperty codedByAllProperty() {
        return codedByAll;
    }

    /** Codes with at least two sub-codes, by path: the domains a document unit can compare. */
    public ObservableList<String> domains() {
        return domains;
    }

    /** Document unit: the domain whose sub-codes are the values (null: each code coded or not). */
    public ObjectProperty<String> domainProperty() {
        return domain;
    }

    /** A row per code, then the overall row. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The documents of the code last chosen. */
    public ObservableList<DocumentRow> documents() {
        return documents;
    }

    /** Where the coders differ on the code (and document) last chosen. */
    public ObservableList<DisagreementPassage> passages() {
        return passages;
    }

    /** What the table shows, or why it is empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What one unit is and each measure's chance model, in words. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** "Theme in Long: 2 passages where the coders differ", or a hint. */
    public ReadOnlyStringProperty passagesTitleProperty() {
        return passagesTitle.getReadOnlyProperty();
    }

    /** The report shown (null before the first). */
    public AgreementReport report() {
        return shown;
    }

    /** Reads the coders and domains, keeping the coders chosen that still exist (the first two at first), then computes. */
    public void refresh() {
        ProjectSession session = context.session();
        record Choices(List<String> coders, List<String> domains) {
        }
        context.tasks().submit(m.get("agreement.choicesTask"), p -> {
            Codebook book = session.codebook().codebook();
            List<String> domainPaths = book.all().stream().filter(c -> book.children(c.id()).size() >= 2)
                                           .map(Code::id).map(book::path).toList();
            return new Choices(session.agreement().coders(), domainPaths);
        }, c -> {
            coders.setAll(c.coders());
            domains.setAll(c.domains());
            if (domain.get() != null && !domains.contains(domain.get())) {
                domain.set(null);
            }
            List<String> keep = chosenCoders.stream().filter(coders::contains).toList();
            if (keep.isEmpty()) {
                keep = coders.stream().limit(2).toList();
            }
            if (keep.equals(chosenCoders)) {
                compute();
            } else {
                chosenCoders.setAll(keep);
            }
        }, e -> status.set(m.message(e)));
    }

    /** Chooses or leaves out a coder (kept in the order of {@link #coders()}). */
    public void choose(String coder, boolean chosen) {
        if (chosen == chosenCoders.contains(coder)) {
            return;
        }
        List<String> next = coders.stream().filter(c -> c.equals(coder) ? chosen : chosenCoders.contains(c)).toList();
        chosenCoders.setAll(next);
    }

    /** Computes the report for the choices as they are now. */
    public void compute() {
        LatestOnly.Ticket ticket = reports.start();
        passageLoads.supersede();
        documents.clear();
        passages.clear();
        chosenRow = null;
        passagesTitle.set(m.get("agreement.passages.hint"));
        if (chosenCoders.size() < 2) {
            rows.clear();
            shown = null;
            explanation.set("");
            status.set(coders.size() < 2 ? m.get("agreement.fewCodersInProject", coders.size()) : m.get("agreement.chooseTwo"));
            return;
        }
        AgreementRequest request = request();
        ProjectSession session = context.session();
        status.set(m.get("agreement.computing"));
        context.tasks().submit(m.get("agreement.task"), p -> session.agreement().report(request), r -> {
            if (ticket.isCurrent()) {
                show(r, request);
            }
        }, e -> {
            if (ticket.isCurrent()) {
                rows.clear();
                shown = null;
                explanation.set("");
                status.set(m.message(e));
            }
        });
    }

    private AgreementRequest request() {
        return new AgreementRequest(List.copyOf(chosenCoders), unit.get(), List.of(), List.of(),
                                    unit.get() == AgreementUnit.DOCUMENT ? domain.get() : null, overlap.get(), codedByAll.get());
    }

    private void show(AgreementReport r, AgreementRequest request) {
        shown = r;
        shownRequest = request;
        List<Row> out = new ArrayList<>();
        for (AgreementReport.CodeAgreement c : r.codes()) {
            out.add(new Row(c.codeId(), c.code(), c.units(), c.percentAgreement(), c.cohenKappa(), c.krippendorffAlpha(),
                            c.brennanPrediger(), c.ci95(), false));
        }
        AgreementReport.Overall o = r.overall();
        if (!r.codes().isEmpty()) {
            out.add(new Row(-1, m.get("agreement.overall"), o.units(), o.percentAgreement(), o.cohenKappa(), o.krippendorffAlpha(),
                            o.brennanPrediger(), o.ci95(), true));
        }
        rows.setAll(out);
        explanation.set(explain(r));
        status.set(r.codes().isEmpty() ? m.get("agreement.none")
                       : m.get("agreement.shown", r.codes().size(), r.documents().size(), String.join(", ", r.coders())));
    }

    private String explain(AgreementReport r) {
        String key = r.domain() != null ? "domain" : r.unit();
        String unitText = m.get("agreement.explain." + key, r.overlap() == null ? 0 : Math.round(r.overlap() * 100), r.domain() == null ? ""
            : r.domain());
        String ci = r.bootstrapSamples() > 0 ? m.get("agreement.explain.ci", r.bootstrapSamples()) : m.get("agreement.explain.noCi");
        String kappa = r.chance().cohenKappa() == null && !"segment".equals(r.unit()) && !"unitized".equals(r.unit())
            ? " " + m.get("agreement.explain.noKappa") : "";
        return unitText + kappa + " " + ci;
    }

    /** Lists the documents of a code row and the passages where the coders differ on it; the overall row clears them. */
    public void choose(Row row) {
        chosenRow = row;
        documents.clear();
        passages.clear();
        if (row == null || row.overall() || shown == null) {
            passageLoads.supersede();
            passagesTitle.set(m.get("agreement.passages.hint"));
            return;
        }
        shown.codes().stream().filter(c -> c.codeId() == row.codeId()).findFirst().ifPresent(c -> {
            for (AgreementReport.DocumentAgreement d : c.documents()) {
                documents.add(new DocumentRow(d.documentId(), d.document(), d.units(), d.percentAgreement(), d.cohenKappa(),
                                              d.krippendorffAlpha(), d.brennanPrediger(), d.values() == null ? "" : values(d.values())));
            }
        });
        loadPassages(row, null);
    }

    /** Narrows the passages to one document of the chosen code (null: all its documents). */
    public void chooseDocument(DocumentRow document) {
        if (chosenRow != null && !chosenRow.overall()) {
            loadPassages(chosenRow, document);
        }
    }

    private void loadPassages(Row row, DocumentRow document) {
        LatestOnly.Ticket ticket = passageLoads.start();
        AgreementRequest request = shownRequest;
        ProjectSession session = context.session();
        String where = document == null ? m.get("agreement.passages.allDocuments") : document.document();
        passagesTitle.set(m.get("agreement.passages.loading"));
        context.tasks().submit(m.get("agreement.passages.task", row.code()),
                               p -> session.agreement().passages(request, row.code(), document == null ? null : document.document()), list -> {
                if (ticket.isCurrent()) {
                    passages.setAll(list);
                    passagesTitle.set(m.get("agreement.passages.title", row.code(), where, list.size()));
                }
            }, e -> {
                if (ticket.isCurrent()) {
                    passages.clear();
                    passagesTitle.set(m.message(e));
                }
            });
    }

    /** Shows a passage in the transcript. */
    public void open(DisagreementPassage passage) {
        if (passage != null) {
            context.navigateTo(new TextLocation(passage.documentId(), passage.start(), passage.end()));
        }
    }

    /** Asks where, then writes the report shown as CSV. */
    public void exportCsv() {
        export("csv", m.get("agreement.export.csvType"), (r, file) -> AgreementReportWriter.writeCsv(r, file));
    }

    /** Asks where, then writes the report shown as an HTML page. */
    public void exportHtml() {
        String project = context.session().info().name();
        export("html", m.get("agreement.export.htmlType"), (r, file) -> AgreementReportWriter.writeHtml(r, project, file));
    }

    private interface Writer {
        void write(AgreementReport report, Path file) throws Exception;
    }

    private void export(String extension, String typeName, Writer writer) {
        AgreementReport r = shown;
        if (r == null) {
            dialogs.showInfo(m.get("agreement.export.title"), m.get("agreement.export.nothing"));
            return;
        }
        dialogs.chooseFileToSave(m.get("agreement.export.title"), "agreement-" + r.unit() + "." + extension,
                                 List.of(new DialogService.FileType(typeName, extension)))
               .ifPresent(file -> context.tasks().submit(m.get("agreement.export.task"), p -> {
                   writer.write(r, file);
                   return file;
               }, f -> status.set(m.get("agreement.export.done", f.getFileName())),
                   e -> dialogs.showError(m.get("agreement.export.title"), m.message(e))));
    }

    private String values(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(v == null ? m.get("agreement.value.none") : switch (v) {
                case "coded" -> m.get("agreement.value.coded");
                case "not coded" -> m.get("agreement.value.notCoded");
                default -> v;
            });
        }
        return String.join(" / ", out);
    }

    /** A measure with three decimals, or a dash when undefined. */
    public static String number(Double value) {
        return AgreementReportWriter.shown(value);
    }

    /** "[0.81, 0.90]", or "" without an interval. */
    public static String interval(Interval i) {
        return i == null ? "" : "[" + AgreementReportWriter.number(i.low(), 3) + ", " + AgreementReportWriter.number(i.high(), 3) + "]";
    }

    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
        reports.supersede();
        passageLoads.supersede();
    }
}
