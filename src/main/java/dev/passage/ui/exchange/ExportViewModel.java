package dev.passage.ui.exchange;

import dev.passage.coding.Codebook;
import dev.passage.export.ExcerptFilter;
import dev.passage.export.ExportChoices;
import dev.passage.export.ExportService;
import dev.passage.export.ReportKind;
import dev.passage.model.Code;
import dev.passage.model.DocumentCase;
import dev.passage.model.Unit;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.DialogService.FileType;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.TaskHandle;
import dev.passage.files.CsvStyle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * File &gt; Export…: the format (excerpt table, report, REFI-QDA project or codebook), the excerpt filters (codes with or
 * without sub-codes, documents, units, coders; nothing checked = all) and the variable columns of a table; a live count of
 * what the filters select; then the file, written in the background (cancellable while a table or report streams) and a
 * report of what was written.
 */
public final class ExportViewModel {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final ObjectProperty<ReportKind> reportKind = new SimpleObjectProperty<>(ReportKind.EXCERPTS);
    private final BooleanProperty csvForExcel = new SimpleBooleanProperty(false);
    private final BooleanProperty includeSubcodes = new SimpleBooleanProperty(true);
    private final ChoiceList codes = new ChoiceList();
    private final ChoiceList documents = new ChoiceList();
    private final ChoiceList units = new ChoiceList();
    private final ChoiceList coders = new ChoiceList();
    private final ChoiceList variables = new ChoiceList();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ExportOutcome> lastOutcome = new ReadOnlyObjectWrapper<>();
    private final LatestOnly previews = new LatestOnly();

    public ExportViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        format.addListener((o, a, b) -> changed());
        reportKind.addListener((o, a, b) -> changed());
        includeSubcodes.addListener((o, a, b) -> changed());
        for (ChoiceList list : List.of(codes, documents, units, coders)) {
            list.checkedCountProperty().addListener((o, a, b) -> changed());
        }
        describe();
        load();
    }

    // ---- state for the view

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** Codebook or coded excerpts; for DOCX and HTML only. */
    public ObjectProperty<ReportKind> reportKindProperty() {
        return reportKind;
    }

    /** With a code checked: also the codes below it (on by default). */
    /** CSV for Excel (a byte-order mark; ";" and decimal commas where the system's locale writes them) instead of plain CSV. */
    public BooleanProperty csvForExcelProperty() {
        return csvForExcel;
    }

    public BooleanProperty includeSubcodesProperty() {
        return includeSubcodes;
    }

    /** Codes in codebook order: the value is the path, the label the name indented by depth. */
    public ChoiceList codes() {
        return codes;
    }

    /** Document names (label: name · unit). */
    public ChoiceList documents() {
        return documents;
    }

    public ChoiceList units() {
        return units;
    }

    public ChoiceList coders() {
        return coders;
    }

    /** Variables and document attributes that can become extra columns of a table. */
    public ChoiceList variables() {
        return variables;
    }

    /** What the chosen format holds, in a sentence. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** How much the filters select, e.g. "1,204 coded segments in 24 documents will be exported". */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True while the lists are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while an export runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last finished (or cancelled) export, or null. */
    public ReadOnlyObjectProperty<ExportOutcome> lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    public Messages messages() {
        return m;
    }

    // ---- what the dialog adds up to

    /** The excerpt filter the checked lists describe (nothing checked in a list = no restriction by it). */
    public ExcerptFilter filter() {
        return new ExcerptFilter(codes.checked(), includeSubcodes.get(), documents.checked(), units.checked(), coders.checked(), null);
    }

    public ExportRequest request() {
        return new ExportRequest(format.get(), reportKind.get(), filter(), variables.checked(),
                                 csvForExcel.get() ? CsvStyle.excel(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)) : CsvStyle.PLAIN);
    }

    /** "Learning culture 2026 - excerpts.csv", "… - codebook.docx", "Learning culture 2026.qdpx": no characters a file system refuses. */
    public String suggestedFileName() {
        ExportFormat f = format.get();
        String what = switch (f) {
            case CSV, XLSX, JSON -> m.get("exchange.file.excerpts");
            case DOCX, HTML -> reportKind.get() == ReportKind.CODEBOOK ? m.get("exchange.file.codebook") : m.get("exchange.file.report");
            case QDPX -> null;
            case QDC -> m.get("exchange.file.codebook");
        };
        String project = safe(context.session().info().name());
        return (what == null ? project : project + " - " + what) + "." + f.extension();
    }

    /** The file types the save dialog offers for the chosen format. */
    public List<FileType> fileTypes() {
        ExportFormat f = format.get();
        return List.of(new FileType(m.get("exchange.type." + f.name().toLowerCase(Locale.ROOT)), f.extension()));
    }

    // ---- actions

    /**
     * Asks where to write, then exports in the background; the status bar shows progress (and Cancel for tables and
     * reports). Afterwards a dialog says what was written, or why not. Returns false when the user chose no file.
     */
    public boolean export() {
        if (running.get()) {
            return false;
        }
        ExportRequest request = request();
        String title = m.get("exchange.saveTitle." + request.format().name().toLowerCase(Locale.ROOT));
        Path target = dialogs.chooseFileToSave(title, suggestedFileName(), fileTypes()).orElse(null);
        if (target == null) {
            return false;
        }
        ProjectSession session = context.session();
        running.set(true);
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = context.tasks().submit(m.get("exchange.task.export", target.getFileName()),
            progress -> ExportJob.run(session, request, target, progress, bytes -> m.get("exchange.task.written", ExchangeTexts.size(bytes))),
            outcome -> {
                running.set(false);
                lastOutcome.set(outcome);
                if (outcome.cancelled()) {
                    dialogs.showInfo(m.get("exchange.cancelledTitle"), m.get("exchange.cancelled", target.getFileName()));
                } else {
                    dialogs.showInfo(m.get("exchange.doneTitle"), ExchangeTexts.exported(outcome, m));
                }
            },
            error -> {
                running.set(false);
                dialogs.showError(m.get("exchange.exportFailedTitle", target.getFileName()), ExchangeTexts.failure(target, error, m));
            });
        return true;
    }

    /** Reads the codes, documents, units, coders and variables to choose from (in the background). */
    public void load() {
        loading.set(true);
        ProjectSession session = context.session();
        context.tasks().submit(m.get("exchange.task.load"), progress -> Lists.read(session, m), lists -> {
            codes.replace(lists.codes());
            documents.replace(lists.documents());
            units.replace(lists.units());
            coders.replace(lists.coders());
            variables.replace(lists.variables());
            loading.set(false);
            changed();
        }, error -> {
            loading.set(false);
            dialogs.showError(m.get("exchange.loadFailedTitle"), ExchangeTexts.failure(null, error, m));
        });
    }

    // ---- internals

    private void changed() {
        describe();
        countSelection();
    }

    private void describe() {
        ExportFormat f = format.get();
        String key = switch (f) {
            case CSV, XLSX, JSON -> "exchange.describe.table";
            case DOCX, HTML -> reportKind.get() == ReportKind.CODEBOOK ? "exchange.describe.codebookReport" : "exchange.describe.excerptsReport";
            case QDPX -> "exchange.describe.qdpx";
            case QDC -> "exchange.describe.qdc";
        };
        description.set(m.get(key));
    }

    /** Counts what the filters select (no text is read, so this is quick) and says so in {@link #previewProperty()}. */
    private void countSelection() {
        if (loading.get()) {
            return;
        }
        LatestOnly.Ticket gen = previews.start();
        ExportRequest request = request();
        ProjectSession session = context.session();
        context.tasks().submit(m.get("exchange.task.count"), progress -> {
            Codebook book = session.codebook().codebook();
            if (!request.format().takesFilters()) {
                int docs = session.documents().count();
                return request.format() == ExportFormat.QDC ? m.get("exchange.preview.qdc", book.size())
                                                            : m.get("exchange.preview.qdpx", docs, book.size());
            }
            var reader = session.exports().reader();
            var counts = reader.counts(request.filter());
            int segments = counts.values().stream().mapToInt(c -> c.segments()).sum();
            if (request.reportKind() == ReportKind.CODEBOOK) {
                int shown = reader.codes(request.filter()).size(); // the chosen codes (all when none is) with their counts
                return m.get("exchange.preview.codebook", shown, segments);
            }
            return m.get("exchange.preview.excerpts", segments, counts.size());
        }, text -> {
            if (gen.isCurrent()) {
                preview.set(text);
            }
        }, error -> {
            if (gen.isCurrent()) {
                preview.set(ExchangeTexts.failure(null, error, m));
            }
        });
    }

    static String safe(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        clean = clean.replaceAll("^\\.+", "").strip();
        return clean.isEmpty() ? "passage-export" : clean;
    }

    /** The choices, read in one go on the worker thread. */
    private record Lists(List<Choice> codes, List<Choice> documents, List<Choice> units, List<Choice> coders, List<Choice> variables) {
        static Lists read(ProjectSession session, Messages m) {
            Codebook book = session.codebook().codebook();
            List<Choice> codes = book.all().stream()
                .map(c -> new Choice(book.path(c.id()), "    ".repeat(book.depth(c.id())) + c.name())).toList();
            ExportChoices choices = session.exports().choices();
            List<Unit> unitList = choices.units();
            Map<Long, String> unitNames = unitList.stream().collect(Collectors.toMap(Unit::id, Unit::name));
            List<Choice> docs = new ArrayList<>();
            for (DocumentCase d : choices.documents()) {
                String unit = d.unitId() == null ? null : unitNames.get(d.unitId());
                docs.add(new Choice(d.name(), unit == null ? d.name() : d.name() + "  ·  " + unit));
            }
            List<Choice> units = unitList.stream().map(u -> new Choice(u.name(), u.name())).toList();
            List<Choice> coders = choices.coders().stream().map(c -> new Choice(c, c)).toList();
            return new Lists(codes, docs, units, coders, variables(choices.variables(), choices.attributeNames(), m));
        }

        /**
         * One choice per typed variable and per document attribute that no document variable shadows. The value is the bare
         * name when it is unique (so the column is headed by it), else scope:name as {@code ExportService} takes it.
         */
        static List<Choice> variables(List<Variable> vars, List<String> attributes, Messages m) {
            List<String> attrs = attributes.stream()
                .filter(a -> vars.stream().noneMatch(v -> v.scope() == VariableScope.DOCUMENT && v.name().equals(a))).toList();
            Function<String, Long> uses = name -> vars.stream().filter(v -> v.name().equalsIgnoreCase(name)).count()
                                                  + attrs.stream().filter(a -> a.equalsIgnoreCase(name)).count();
            List<Choice> out = new ArrayList<>();
            for (Variable v : vars) {
                String scope = v.scope().name().toLowerCase(Locale.ROOT);
                String value = uses.apply(v.name()) > 1 ? scope + ":" + v.name() : v.name();
                out.add(new Choice(value, m.get("exchange.variable", v.name(), m.get("exchange.scope." + scope),
                                                m.get("exchange.vtype." + v.type().name().toLowerCase(Locale.ROOT)))));
            }
            for (String a : attrs) {
                out.add(new Choice(uses.apply(a) > 1 ? "document:" + a : a, m.get("exchange.attribute", a)));
            }
            return out;
        }
    }
}
