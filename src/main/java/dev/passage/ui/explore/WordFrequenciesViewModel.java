package dev.passage.ui.explore;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Unit;
import dev.passage.search.WordFrequencies;
import dev.passage.session.ProjectSession;
import dev.passage.session.SearchChoices;
import dev.passage.session.WordQueries;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Analyse › Word frequencies: the most frequent words (or stems) of the project, without stop words, narrowed by a code,
 * a document, a unit and a speaker (null: all). Recounts when a choice or the data change; a click on a word asks the
 * Search tab to search it.
 */
public final class WordFrequenciesViewModel {
    /** How many words the list and the cloud show. */
    public static final int TOP = 100;

    /** A document to choose: shown by name, asked for by id (names may repeat). */
    public record DocumentChoice(long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final ProjectContext context;
    private final Consumer<String> searchWord;
    private final BooleanProperty stems = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> code = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentChoice> document = new SimpleObjectProperty<>();
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<String> speaker = new SimpleObjectProperty<>();
    private final ObservableList<WordRow> words = FXCollections.observableArrayList();
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final ObservableList<DocumentChoice> documents = FXCollections.observableArrayList();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final LatestOnly latest = new LatestOnly();
    private final ChangeListener<Number> onData = (o, a, b) -> refresh();

    /** {@code searchWord} runs a search for a word in the Search tab. */
    public WordFrequenciesViewModel(ProjectContext context, Consumer<String> searchWord) {
        this.context = context;
        this.searchWord = searchWord;
        ChangeListener<Object> recount = (o, a, b) -> count();
        stems.addListener(recount);
        code.addListener(recount);
        document.addListener(recount);
        unit.addListener(recount);
        speaker.addListener(recount);
        context.dataVersionProperty().addListener(onData);
    }

    public BooleanProperty stemsProperty() {
        return stems;
    }

    public ObjectProperty<String> codeProperty() {
        return code;
    }

    public ObjectProperty<DocumentChoice> documentProperty() {
        return document;
    }

    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    public ObjectProperty<String> speakerProperty() {
        return speaker;
    }

    public ObservableList<WordRow> words() {
        return words;
    }

    public ObservableList<String> codes() {
        return codes;
    }

    public ObservableList<DocumentChoice> documents() {
        return documents;
    }

    public ObservableList<String> units() {
        return units;
    }

    public ObservableList<String> speakers() {
        return speakers;
    }

    /** What the list shows (how many words, of how much text) or why it is empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Reloads the choices, then recounts. */
    public void refresh() {
        ProjectSession session = context.session();
        record Choices(List<String> codes, List<DocumentChoice> docs, List<String> units, List<String> speakers) {
        }
        context.tasks().submit(context.messages().get("explore.words.choicesTask"), p -> {
            Codebook book = session.codebook().codebook();
            List<String> paths = new ArrayList<>();
            for (Code c : book.all()) {
                paths.add(book.path(c.id()));
            }
            SearchChoices choices = session.searchChoices();
            return new Choices(paths, choices.documents().stream().map((DocumentSummary d) -> new DocumentChoice(d.id(), d.name())).toList(),
                               choices.units().stream().map(Unit::name).toList(), choices.speakers());
        }, c -> {
            codes.setAll(c.codes());
            documents.setAll(c.docs());
            units.setAll(c.units());
            speakers.setAll(c.speakers());
            // a choice that is gone (renamed, deleted) is dropped, and the list says so by showing all again
            if (code.get() != null && !codes.contains(code.get())) {
                code.set(null);
            }
            if (document.get() != null && documents.stream().noneMatch(d -> d.id() == document.get().id())) {
                document.set(null);
            }
            if (unit.get() != null && !units.contains(unit.get())) {
                unit.set(null);
            }
            if (speaker.get() != null && !speakers.contains(speaker.get())) {
                speaker.set(null);
            }
            count();
        }, e -> status.set(context.messages().message(e)));
    }

    /** Counts the words for the choices as they are now (an older count still running is dropped when it ends). */
    public void count() {
        ProjectSession session = context.session();
        WordQueries.Request request = new WordQueries.Request(
                code.get() == null ? List.of() : List.of(code.get()),
                document.get() == null ? List.of() : List.of(Long.toString(document.get().id())),
                unit.get() == null ? List.of() : List.of(unit.get()),
                speaker.get() == null ? List.of() : List.of(speaker.get()),
                stems.get(), TOP, stopLanguages(session));
        LatestOnly.Ticket ticket = latest.start();
        status.set(context.messages().get("explore.words.counting"));
        context.tasks().submit(context.messages().get("explore.words.task"), p -> session.words().top(request).stream().map(WordFrequenciesViewModel::row).toList(), result -> {
            if (!ticket.isCurrent()) {
                return;
            }
            words.setAll(result);
            status.set(result.isEmpty() ? context.messages().get("explore.words.none")
                                        : context.messages().get("explore.words.shown", result.size(),
                                                  session.words().language().locale().getDisplayLanguage(context.messages().locale())));
        }, e -> {
            if (ticket.isCurrent()) {
                words.clear();
                status.set(context.messages().message(e));
            }
        });
    }

    /**
     * The project's language's stop words and English's: interviews in Danish or Swedish projects are often partly in
     * English (the sample is), and until each document has its own language both lists are left out.
     */
    static java.util.Set<dev.passage.model.Language> stopLanguages(ProjectSession session) {
        return java.util.Set.of(session.words().language(), dev.passage.model.Language.EN);
    }

    /** Asks the Search tab to search this word (a stem's shown form finds all its forms: search stems too). */
    public void search(WordRow word) {
        if (word != null) {
            searchWord.accept(word.word());
        }
    }

    private static WordRow row(WordFrequencies.Word w) {
        return new WordRow(w.word(), w.count(), w.documents(), w.forms());
    }

    /** Clears every filter (all text). */
    public void clearFilters() {
        code.set(null);
        document.set(null);
        unit.set(null);
        speaker.set(null);
    }

    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
        latest.supersede();
    }
}
