package dev.passage.store;

import java.sql.Connection;

/** Read access to the project inside one connection; hands out repositories bound to it. */
public class StoreAccess {
    private final Connection connection;

    StoreAccess(Connection connection) {
        this.connection = connection;
    }

    final Connection connection() {
        return connection;
    }

    /** The write transaction this access belongs to; repositories call it before writing. */
    Tx tx() {
        throw new IllegalStateException("This change needs a write transaction (Database.write), not a read");
    }

    public ProjectRepository project() {
        return new ProjectRepository(this);
    }

    public DocumentRepository documents() {
        return new DocumentRepository(this);
    }

    public CodeRepository codes() {
        return new CodeRepository(this);
    }

    public CodingRepository codings() {
        return new CodingRepository(this);
    }

    /** The codings as {@code scope} sees them: every read leaves out the codings of coders outside it. */
    public CodingRepository codings(dev.passage.model.CoderScope scope) {
        return new CodingRepository(this, scope);
    }

    public MemoRepository memos() {
        return new MemoRepository(this);
    }

    public UnitRepository units() {
        return new UnitRepository(this);
    }

    public VariableRepository variables() {
        return new VariableRepository(this);
    }

    /** The audit trail of edits. */
    public EditHistoryRepository editHistory() {
        return new EditHistoryRepository(this);
    }

    /** Named sets of documents (a document can be in several). */
    public DocumentSetRepository documentSets() {
        return new DocumentSetRepository(this);
    }

    public RespondentRepository respondents() {
        return new RespondentRepository(this);
    }

    /** Decisions on passages where two coders differ (adjudication). */
    public AdjudicationRepository adjudications() {
        return new AdjudicationRepository(this);
    }
}
