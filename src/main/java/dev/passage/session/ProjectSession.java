package dev.passage.session;

import dev.passage.analysis.CoOccurrence;
import dev.passage.analysis.CodeFrequencies;
import dev.passage.backup.BackupService;
import dev.passage.backup.GuardedOpen;
import dev.passage.analysis.SegmentRetrieval;
import dev.passage.cases.CaseEditor;
import dev.passage.cases.CaseOverview;
import dev.passage.cases.ConditionResolver;
import dev.passage.cases.SurveyImport;
import dev.passage.cases.UnitImport;
import dev.passage.coding.AutoCoder;
import dev.passage.coding.CodebookService;
import dev.passage.coding.CodingService;
import dev.passage.coding.CommandHistory;
import dev.passage.coding.MemoService;
import dev.passage.errors.Notices;
import dev.passage.export.ExportService;
import dev.passage.importer.DocumentReaders;
import dev.passage.importer.ImportLimits;
import dev.passage.importer.ImportService;
import dev.passage.interop.Interop;
import dev.passage.mixed.MixedMethods;
import dev.passage.model.Language;
import dev.passage.model.ProjectInfo;
import dev.passage.search.SearchService;
import dev.passage.store.ChangeListener;
import dev.passage.security.ProjectKey;
import dev.passage.store.ProjectAddress;
import dev.passage.store.ProjectBackend;
import dev.passage.store.ProjectStore;
import dev.passage.store.ServerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * An open project with all its core services wired by constructor: the store (truth), the derived search index kept in step
 * with it, codebook/coding/memo services sharing one undo history, import, retrieval, co-occurrence and the mixed-methods displays,
 * and the read side (document queries, search choices, exports, REFI-QDA interop, backups). The command line and the workbench
 * both work through this and only this: the store itself is not handed out (of it they see only the change events).
 */
public final class ProjectSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);

    private final ProjectBackend store;
    private final CommandHistory history;
    private final CodebookService codebook;
    private final CodingService coding;
    private final MemoService memos;
    private final ImportService imports;
    private final SearchService search;
    private final AutoCoder autoCoder;
    private final SegmentRetrieval retrieval;
    private final CoOccurrence coOccurrence;
    private final CodeFrequencies codeFrequencies;
    private final MixedMethods mixed;
    private final UnitImport unitImport;
    private final SurveyImport surveyImport;
    private final CaseEditor caseEditor;
    private final dev.passage.documents.DocumentEditor documentEditor;
    private final CaseOverview caseOverview;
    private final ConditionResolver conditions;
    private final DocumentQueries documents;
    private final Interop interop;
    private final BackupService backups;
    private final Notices notices = new Notices();
    private final dev.passage.coders.Coders coders;
    private final dev.passage.team.TeamActivity team;
    /** A team project's hold on its local index folder (null for a folder project). */
    private final IndexClaim indexClaim;
    /** A team project's live feed of the other sessions' changes (null for a folder project; started by {@link #wrap}). */
    private dev.passage.team.ChangeFeed feed;

    private ProjectSession(ProjectBackend store, String coder, ImportLimits limits, ProjectKey key) throws IOException {
        this.store = store;
        var db = store.database();
        Language language = store.info().language();
        this.history = new CommandHistory(db);
        // whose codings every read below shows: "Show codings of", narrowed to the session's own coder in blind mode
        this.coders = new dev.passage.coders.Coders(db, history, this::currentCoder);
        java.util.function.Supplier<dev.passage.model.CoderScope> scope = coders::scope;
        this.codebook = new CodebookService(db, history, scope);
        this.coding = new CodingService(db, history, codebook, coder);
        if (store.shared()) {
            coding.keepToOwnCodings(); // a team project's codings are their coder's own
        }
        db.setActor(coding::coder);
        this.memos = new MemoService(db, history, coding);
        this.imports = new ImportService(db, new DocumentReaders(limits), store.shared() ? null : store.folder());
        this.conditions = new ConditionResolver(db);
        this.indexClaim = store.shared() ? IndexClaim.claim(store.indexFolder()) : null;
        Path indexFolder = indexClaim != null ? indexClaim.folder() : store.indexFolder();
        this.search = new SearchService(db, EncryptedIndex.openerFor(store, indexFolder, language, key), codebook::selfAndDescendants,
                                        conditions::matchingDocuments, language, notices, scope);
        this.autoCoder = new AutoCoder(db, coding, codebook, language);
        this.retrieval = new SegmentRetrieval(db, scope);
        this.coOccurrence = new CoOccurrence(db, retrieval);
        this.codeFrequencies = new CodeFrequencies(db, retrieval);
        this.mixed = new MixedMethods(db, codebook, retrieval, history);
        this.unitImport = new UnitImport(db);
        this.surveyImport = new SurveyImport(db);
        this.caseEditor = new CaseEditor(db, history);
        this.documentEditor = new dev.passage.documents.DocumentEditor(db, history);
        this.caseOverview = new CaseOverview(db);
        this.documents = new DocumentQueries(db, scope);
        this.interop = new Interop(db, scope);
        this.backups = store instanceof ProjectStore folderStore ? new BackupService(folderStore) : null;
        this.team = store.shared() ? new dev.passage.team.ServerPresence() : dev.passage.team.TeamActivity.alone();
        db.addListener(search);
    }

    private String currentCoder() {
        return coding.coder();
    }

    public static ProjectSession create(Path folder, String name, Language language, String coder) throws IOException {
        return wrap(ProjectStore.create(folder, name, language), coder, null);
    }

    /** Creates a project encrypted with {@code key} (plain when it is null). */
    public static ProjectSession create(Path folder, String name, Language language, String coder, ProjectKey key)
            throws IOException {
        return wrap(ProjectStore.create(folder, name, language, key), coder, key);
    }

    /**
     * Opens a project; a missing or stale search index is rebuilt before this returns. A damaged project is refused with a
     * {@link dev.passage.errors.DamagedProjectException} that names its newest good backup.
     */
    public static ProjectSession open(Path folder, String coder) throws IOException {
        return wrap(GuardedOpen.open(folder, null), coder, null);
    }

    /** Opens a project that may be encrypted; {@code key} may be null for a plain project. */
    public static ProjectSession open(Path folder, String coder, ProjectKey key) throws IOException {
        return wrap(GuardedOpen.open(folder, key), coder, key);
    }

    /**
     * Opens the team project in the database {@code address} names; {@code password} may be null when the server needs
     * none (see {@link dev.passage.store.ServerCredentials}). Its search index lives in the user's cache folder and catches
     * up with the other coders' changes.
     */
    public static ProjectSession openServer(ProjectAddress.Server address, char[] password, String coder) throws IOException {
        return wrap(ServerStore.open(address, password, dev.passage.errors.UserDataFolder.cache()), coder, null);
    }

    /** Creates a project in the empty database {@code address} names (see {@link ServerStore#init}). */
    public static ProjectSession initServer(ProjectAddress.Server address, char[] password, String name, Language language,
                                            String coder) throws IOException {
        return wrap(ServerStore.init(address, password, name, language, dev.passage.errors.UserDataFolder.cache()), coder, null);
    }

    private static ProjectSession wrap(ProjectBackend store, String coder, ProjectKey key) throws IOException {
        ProjectSession s = null;
        try {
            s = new ProjectSession(store, coder, ImportLimits.defaults(), key);
            // a team project's index catches up from the server's change log when it can, instead of a rebuild
            boolean rebuilt = store instanceof ServerStore ? IndexCatchUp.bringUpToDate(s.search, store.database())
                                                           : s.search.ensureFresh(n -> { });
            if (rebuilt) {
                LOG.info("rebuilt the search index of {}", store.folder());
            }
            if (store instanceof ServerStore server) {
                s.feed = dev.passage.team.ChangeFeed.start(server, s.search.indexedVersion(), s.coding::coder, s.notices,
                                                           (dev.passage.team.ServerPresence) s.team);
            }
            return s;
        } catch (IOException | RuntimeException e) {
            // once the session is made, closing it also closes its index (and a team project's feed and index folder)
            if (s != null) {
                s.close();
            } else {
                store.close();
            }
            throw e;
        }
    }

    public static String defaultCoder() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "coder" : user;
    }

    public ProjectInfo info() {
        return store.info();
    }

    /**
     * The project's local folder: the project folder, or for a team project on a server its folder in the user's cache (the
     * search index, the window layout). What identifies the project is {@link #address()}.
     */
    public Path folder() {
        return store.folder();
    }

    /** Where the project lives: its folder, or its database on a server. */
    public ProjectAddress address() {
        return store.address();
    }

    /** True for a team project on a server, which others may be working in now. */
    public boolean shared() {
        return store.shared();
    }

    /** A team project's live feed of the other sessions' changes; null for a folder project. */
    public dev.passage.team.ChangeFeed feed() {
        return feed;
    }

    /** Who else is working in the project now (nobody, for a folder project). */
    public dev.passage.team.TeamActivity team() {
        return team;
    }

    /**
     * The leads and coders of a team project on a server and the SQL that sets up its roles (see
     * {@link dev.passage.team.TeamRoles}); a folder project has none, and this refuses.
     */
    public dev.passage.team.TeamRoles roles() {
        if (!(store instanceof ServerStore server)) {
            throw new dev.passage.errors.PassageException(dev.passage.errors.ErrorKind.BAD_INPUT,
                dev.passage.errors.Text.of("team.needsServer", store.address().display()));
        }
        return new dev.passage.team.TeamRoles(server);
    }

    /** The folder store, for this package (and its tests, through a test helper); everything else goes through the services. */
    ProjectStore store() {
        if (store instanceof ProjectStore folderStore) {
            return folderStore;
        }
        throw new IllegalStateException("a team project has no folder store: " + store.address().display());
    }

    /** True when the project's database is encrypted (its search index then lives only in memory). */
    public boolean encrypted() {
        return store.encrypted();
    }

    /** Hears every committed change (on the committing thread). */
    public void addChangeListener(ChangeListener listener) {
        store.database().addListener(listener);
    }

    public void removeChangeListener(ChangeListener listener) {
        store.database().removeListener(listener);
    }

    /** The documents' read side: lists, names, texts, transcript snapshots, counts. */
    public DocumentQueries documents() {
        return documents;
    }

    /** What a search can be narrowed to (documents, speakers, units), read now. */
    public SearchChoices searchChoices() {
        return SearchChoices.read(store.database());
    }

    /** The most frequent words or stems, narrowed by code, document, unit and speaker named as the user names them. */
    public WordQueries words() {
        return new WordQueries(store.database(), codebook::codebook, names(),
                               new dev.passage.search.WordFrequencies(store.database(), store.info().language(), coders.scope()));
    }

    /** Units, speakers, documents and codes as the user names them, checked against the project (unknown: bad input). */
    public ProjectNames names() {
        return new ProjectNames(store.database(), codebook::codebook);
    }

    /** Excerpt tables and reports of the project, over the codebook as it is now. */
    public ExportService exports() {
        return new ExportService(store.database(), codebook.codebook(), info().name(), coders.scope());
    }

    /** REFI-QDA exchange: the project or its codebook out, a codebook in. */
    public Interop interop() {
        return interop;
    }

    /** Backups of the project: make, list, prune, restore, and the automatic ones. */
    public BackupService backups() {
        if (backups == null) {
            throw new dev.passage.errors.PassageException(dev.passage.errors.ErrorKind.BAD_INPUT,
                dev.passage.errors.Text.of("server.noBackups", store.address().display()));
        }
        return backups;
    }

    /** What the user must be told that is not an error (e.g. the search index was damaged and rebuilt). */
    public Notices notices() {
        return notices;
    }

    public CommandHistory history() {
        return history;
    }

    public CodebookService codebook() {
        return codebook;
    }

    public CodingService coding() {
        return coding;
    }

    /** The project's audit trail: every edit with who, when and before/after (read-only; the edits write it). */
    public dev.passage.history.EditHistory editHistory() {
        // in blind mode the history would tell who coded what: the session sees only its own coder's edits
        return new dev.passage.history.EditHistory(store.database(), coders.blind() ? coding.coder() : null);
    }

    public MemoService memos() {
        return memos;
    }

    public ImportService imports() {
        return imports;
    }

    public SearchService search() {
        return search;
    }

    /** "Code all hits": codes the hits {@link #search()} found, as one undoable edit. */
    public AutoCoder autoCoder() {
        return autoCoder;
    }

    public SegmentRetrieval retrieval() {
        return retrieval;
    }

    public CoOccurrence coOccurrence() {
        return coOccurrence;
    }

    /** How often each code is applied, by document, unit or coder. */
    public CodeFrequencies codeFrequencies() {
        return codeFrequencies;
    }

    /** Unit scores from a CSV or spreadsheet file. */
    public UnitImport unitImport() {
        return unitImport;
    }

    /** Open-ended surveys: respondents, their answers as documents, their other columns as variables. */
    public SurveyImport surveyImport() {
        return surveyImport;
    }

    /** Undoable links of documents to units and DOCUMENT variable edits (through {@link #history()}). */
    public CaseEditor caseEditor() {
        return caseEditor;
    }

    /** Undoable document management: rename, delete, move, and document sets (through {@link #history()}). */
    public dev.passage.documents.DocumentEditor documentEditor() {
        return documentEditor;
    }

    public CaseOverview caseOverview() {
        return caseOverview;
    }

    /** Resolves variable conditions ({@code psych_safety >= 4}) to document ids. */
    public ConditionResolver conditions() {
        return conditions;
    }

    /** Joint displays and statistics over units, their texts and scores (matrix, correlation, crosstab, quotes, quantitize). */
    public MixedMethods mixed() {
        return mixed;
    }

    /**
     * Merging a coder's copy (a project folder or a .qdpx) into this project, as one undoable step; refused in blind mode
     * unless this session's coder is the lead ({@link #requireFullView()}).
     */
    public dev.passage.merge.MergeService merge() {
        requireFullView();
        return new dev.passage.merge.MergeService(store.database(), history, store.folder());
    }

    /** Each document's language (detected at import): read, the languages present, and changed as an undoable edit. */
    public dev.passage.language.DocumentLanguages languages() {
        return new dev.passage.language.DocumentLanguages(store.database(), history);
    }

    /**
     * Adjudication: the passages where two coders differ, and resolving them into the consensus coder's codings (undoable);
     * refused in blind mode unless this session's coder is the lead ({@link #requireFullView()}).
     */
    public dev.passage.adjudication.Adjudicator adjudication() {
        requireFullView();
        return new dev.passage.adjudication.Adjudicator(store.database(), history, codebook::codebook, coding::coder);
    }

    /**
     * Inter-coder agreement: reports and the passages where coders differ. It reads every coder's codings; in blind mode it
     * refuses unless this session's coder is the lead ({@link #requireFullView()}).
     */
    public dev.passage.agreement.AgreementService agreement() {
        ProjectNames names = names();
        return new dev.passage.agreement.AgreementService(store.database(), codebook::codebook,
            new dev.passage.agreement.AgreementService.Names() {
                @Override
                public java.util.List<String> documents(java.util.List<String> typed) {
                    return names.documents(typed);
                }

                @Override
                public java.util.List<String> codePaths(java.util.List<String> typed) {
                    return names.codePaths(typed);
                }
            }, this::requireFullView);
    }

    /**
     * Who sees whose codings: "Show codings of" (me, chosen coders, everyone) and blind mode (lock, lift, status). Every read
     * service of this session (segments, search code filters, word counts, frequencies, co-occurrence, the mixed-methods
     * displays, exports, the transcript's and the lists' codings and counts) shows only {@link dev.passage.coders.Coders#scope()}.
     */
    public dev.passage.coders.Coders coders() {
        return coders;
    }

    /**
     * Refuses (bad input, with who locked it) when the project is in blind mode and this session's coder is not the lead who
     * locked it: the check of every feature that reads all coders' codings side by side (agreement, disagreements, merge).
     */
    public void requireFullView() {
        coders.requireFullView();
    }

    public void rebuildIndex(IntConsumer progress) {
        search.rebuild(progress);
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        try {
            search.close();
        } catch (IOException e) {
            LOG.warn("closing the search index of {}: {}", store.folder(), e.getMessage());
        } finally {
            releaseIndexClaim();
            store.close();
        }
    }

    private void releaseIndexClaim() {
        if (indexClaim != null) {
            try {
                indexClaim.close();
            } catch (IOException e) {
                LOG.warn("releasing the index folder {}: {}", indexClaim.folder(), e.getMessage());
            }
        }
    }
}
