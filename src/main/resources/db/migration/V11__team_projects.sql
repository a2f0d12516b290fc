-- Team projects (docs/decisions/0019-team-projects-on-postgresql.md). Plain SQL for H2 2.x and PostgreSQL 15+.
-- change_log: one row per committed write of a project on a server, keyed by the data version that write made; each
-- workbench and its local search index catch up from it (what changed is the JSON of a ChangeSet). origin is the
-- session that wrote it, so a session skips its own changes. Folder projects do not write it.
CREATE TABLE change_log (
    version BIGINT PRIMARY KEY,
    origin  VARCHAR(36)  NOT NULL,
    actor   VARCHAR(200) NOT NULL,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changes TEXT NOT NULL
);

-- Shared objects carry a row version: an edit states the version it was made on, and one made on a stale version is
-- refused (no silent last-writer-wins when two coders edit the same code at once).
ALTER TABLE code ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE memo ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE unit ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE variable ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;

-- Who may edit the codebook on a server (see TeamRoles): the project's record of its leads. The server's grants enforce
-- it; this table is what the workbench shows and what `passage roles` reads.
CREATE TABLE team_member (
    name VARCHAR(200) PRIMARY KEY,
    role VARCHAR(10)  NOT NULL,
    CONSTRAINT team_member_role CHECK (role IN ('lead', 'coder'))
);
