package dev.passage.store;

import dev.passage.errors.Text;
import dev.passage.model.Language;
import dev.passage.model.ProjectInfo;

import java.time.Instant;

/** The project's single row: name, language, data version. */
public final class ProjectRepository {
    private final StoreAccess access;

    ProjectRepository(StoreAccess access) {
        this.access = access;
    }

    public ProjectInfo info() {
        return Jdbc.one(access.connection(), "SELECT name, language, created, data_version FROM project WHERE id = 1",
                        rs -> new ProjectInfo(rs.getString("name"), Language.fromCode(rs.getString("language")),
                                              Jdbc.instant(rs, "created"), rs.getLong("data_version")))
                   .orElseThrow(() -> new StoreException(Text.of("store.projectDatabaseProjectRow")));
    }

    public long dataVersion() {
        return Jdbc.one(access.connection(), "SELECT data_version FROM project WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    void create(String name, Language language, Instant created) {
        Jdbc.update(access.tx().connection(), "INSERT INTO project (id, name, language, created, data_version) VALUES (1, ?, ?, ?, 0)",
                    name, language.code(), created);
    }

    public void rename(String name) {
        Jdbc.update(access.tx().connection(), "UPDATE project SET name = ? WHERE id = 1", name);
    }

    /** The blind-mode lock, or empty when the project is not in blind mode. */
    public java.util.Optional<dev.passage.model.BlindLock> blindLock() {
        return Jdbc.one(access.connection(), "SELECT blind_lead, blind_since FROM project WHERE id = 1 AND blind_lead IS NOT NULL",
                        rs -> new dev.passage.model.BlindLock(rs.getString(1), Jdbc.instant(rs, "blind_since")));
    }

    /** Locks the project into blind mode for {@code lock}, or lifts it when {@code lock} is null. */
    public void setBlindLock(dev.passage.model.BlindLock lock) {
        Jdbc.update(access.tx().connection(), "UPDATE project SET blind_lead = ?, blind_since = ? WHERE id = 1",
                    lock == null ? null : lock.lead(), lock == null ? null : lock.since());
    }

    long bumpDataVersion() {
        Jdbc.update(access.tx().connection(), "UPDATE project SET data_version = data_version + 1 WHERE id = 1");
        return dataVersion();
    }
}
